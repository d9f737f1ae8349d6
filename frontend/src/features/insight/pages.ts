/**
 * The coordinator insight pages (issue 16) as one lazy chunk, so the router names one file for all of them and the
 * entry script (first-load budget) does not grow per page.
 */
export { default as InsightDashboardView } from './views/InsightDashboardView.vue'
export { default as InsightPeopleView } from './views/InsightPeopleView.vue'
export { default as TeamsView } from '@/features/teams/views/TeamsView.vue'
export { default as InsightAuditView } from '@/features/insight-audit/views/InsightAuditView.vue'
export { default as RegionsView } from '@/features/regions/views/RegionsView.vue'
export { default as RegionInsightView } from '@/features/regions/views/RegionInsightView.vue'
