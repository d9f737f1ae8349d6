/**
 * The organiser's three webinar pages as one lazy chunk: the router then names one file for four routes, which keeps
 * the entry script (and so every first visit, budget 80 KB) smaller than a chunk per page would. Organisers who open
 * one of these pages usually open the others too.
 */
export { default as OrganisedWebinarsView } from './views/OrganisedWebinarsView.vue'
export { default as OrganiserWebinarView } from './views/OrganiserWebinarView.vue'
export { default as WebinarFormView } from './views/WebinarFormView.vue'
