/**
 * The authoring pages (issue #15) as one lazy chunk, so the router names one file for every authoring route and the
 * entry script (first-load budget) does not grow per page. The editors themselves load on demand inside.
 */
export { default as AuthoringHomeView } from './views/AuthoringHomeView.vue'
export { default as AuthoredItemView } from './views/AuthoredItemView.vue'
