import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import type { Role } from '@/api/identity'
import { loadAllMessages } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import { accessFor, AUTHOR_ROLES, FACILITATOR_ROLES } from './access'

/** One page of the insight chunk (issue 16), loaded on first use. */
function insightPage(name: keyof typeof import('@/features/insight/pages')) {
  return import('@/features/insight/pages').then((pages) => pages[name])
}

declare module 'vue-router' {
  interface RouteMeta {
    requiresAuth?: boolean
    roles?: Role[]
    /** No header and footer: the presenter view fills a projector. */
    bare?: boolean
    /** Needs only the texts that come with the app (i18n/index.ts); every other page waits for all of them. */
    shellTexts?: boolean
  }
}

const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: () => import('@/features/learning/views/MyLearningView.vue'),
  },
  {
    path: '/login',
    name: 'login',
    component: () => import('@/features/auth/views/LoginView.vue'),
    meta: { shellTexts: true },
  },
  {
    path: '/register',
    name: 'register',
    component: () => import('@/features/auth/views/RegisterView.vue'),
    meta: { shellTexts: true },
  },
  {
    path: '/forgot-password',
    name: 'forgot-password',
    component: () => import('@/features/account/views/ForgotPasswordView.vue'),
    meta: { shellTexts: true },
  },
  {
    // The link in the reset e-mail: /reset-password?token=...
    path: '/reset-password',
    name: 'reset-password',
    component: () => import('@/features/account/views/ResetPasswordView.vue'),
    meta: { shellTexts: true },
  },
  {
    path: '/account',
    name: 'account',
    component: () => import('@/features/account/views/AccountView.vue'),
    meta: { requiresAuth: true },
  },
  {
    path: '/setup',
    name: 'setup',
    component: () => import('@/features/setup/views/SetupView.vue'),
    meta: { shellTexts: true },
  },
  {
    path: '/learn/:moduleId',
    name: 'module',
    component: () => import('@/features/learning/views/ModuleView.vue'),
    props: true,
    meta: { requiresAuth: true },
  },
  {
    path: '/learn/:moduleId/lessons/:lessonId',
    name: 'lesson',
    component: () => import('@/features/learning/views/LessonView.vue'),
    props: true,
    meta: { requiresAuth: true },
  },
  {
    // Public like GET /api/modules/{id}/flyer: a flyer is meant to be handed around.
    path: '/learn/:moduleId/flyer',
    name: 'flyer',
    component: () => import('@/features/learning/views/FlyerView.vue'),
    props: true,
  },
  {
    path: '/learn/:moduleId/check',
    name: 'check',
    component: () => import('@/features/learning/views/CheckView.vue'),
    props: true,
    meta: { requiresAuth: true },
  },
  {
    path: '/practice',
    name: 'practice',
    component: () => import('@/features/simulation/views/PracticeView.vue'),
  },
  {
    path: '/practice/:scenarioId',
    name: 'scenario',
    component: () => import('@/features/simulation/views/ScenarioView.vue'),
    props: true,
  },
  {
    // Static segments outrank parameters, so this wins over /practice/:scenarioId.
    path: '/practice/runs/:runId',
    name: 'run',
    component: () => import('@/features/simulation/views/RunView.vue'),
    props: true,
    meta: { requiresAuth: true },
  },
  {
    path: '/practice/runs/:runId/debrief',
    name: 'debrief',
    component: () => import('@/features/simulation/views/DebriefView.vue'),
    props: true,
    meta: { requiresAuth: true },
  },
  {
    path: '/organisation/invitations',
    name: 'invitations',
    component: () => import('@/features/organisation/views/InvitationsView.vue'),
    meta: { requiresAuth: true, roles: ['COORDINATOR', 'ADMIN'] },
  },
  {
    // Administrators manage members; coordinators see the list read-only (docs/decisions/0012).
    path: '/organisation/members',
    name: 'members',
    component: () => import('@/features/members/views/MembersView.vue'),
    meta: { requiresAuth: true, roles: ['COORDINATOR', 'ADMIN'] },
  },
  {
    // Makes a new refresher session and replaces itself with it.
    path: '/refresh',
    name: 'refresh',
    component: () => import('@/features/refresher/views/StartRefresherView.vue'),
    meta: { requiresAuth: true },
  },
  {
    path: '/refresh/:sessionId',
    name: 'refresh-session',
    component: () => import('@/features/refresher/views/RefresherSessionView.vue'),
    props: true,
    meta: { requiresAuth: true },
  },
  {
    // Snooze and unsubscribe links from reminder e-mail: no login needed, the link is signed.
    path: '/reminders/:token',
    name: 'reminder-link',
    component: () => import('@/features/reminders/views/ReminderLinkView.vue'),
    props: true,
  },
  {
    path: '/organisation/refreshers',
    name: 'organisation-refreshers',
    component: () => import('@/features/refresher/views/RefresherAdminView.vue'),
    meta: { requiresAuth: true, roles: ['COORDINATOR', 'ADMIN'] },
  },
  {
    // Coordinator insight (issue 16, docs/insight.md): dashboard, people, teams, audit, regions. One import site for
    // one lazy chunk (features/insight/pages.ts), so the entry script does not grow per page (first-load budget).
    path: '/insight',
    name: 'insight',
    component: () => insightPage('InsightDashboardView'),
    meta: { requiresAuth: true, roles: ['COORDINATOR', 'ADMIN'] },
  },
  {
    path: '/insight/people',
    name: 'insight-people',
    component: () => insightPage('InsightPeopleView'),
    meta: { requiresAuth: true, roles: ['COORDINATOR', 'ADMIN'] },
  },
  {
    path: '/organisation/teams',
    name: 'teams',
    component: () => insightPage('TeamsView'),
    meta: { requiresAuth: true, roles: ['COORDINATOR', 'ADMIN'] },
  },
  {
    path: '/organisation/audit',
    name: 'insight-audit',
    component: () => insightPage('InsightAuditView'),
    meta: { requiresAuth: true, roles: ['ADMIN'] },
  },
  {
    // Issue 17: API credentials for an LRS that fetches, and forwarding to one that receives. Its own lazy chunk.
    path: '/organisation/learning-records',
    name: 'learning-records',
    component: () => import('@/features/lrs/views/LearningRecordsView.vue'),
    meta: { requiresAuth: true, roles: ['ADMIN'] },
  },
  {
    path: '/organisation/regions',
    name: 'regions',
    component: () => insightPage('RegionsView'),
    meta: { requiresAuth: true, roles: ['COORDINATOR', 'ADMIN'] },
  },
  {
    path: '/regions/:regionId',
    name: 'region-insight',
    component: () => insightPage('RegionInsightView'),
    props: true,
    meta: { requiresAuth: true, roles: ['COORDINATOR', 'ADMIN'] },
  },
  {
    path: '/certificates',
    name: 'certificates',
    component: () => import('@/features/certification/views/MyCertificatesView.vue'),
    meta: { requiresAuth: true },
  },
  {
    path: '/tracks/:trackId',
    name: 'track',
    component: () => import('@/features/tracks/views/TrackView.vue'),
    meta: { requiresAuth: true },
  },
  {
    path: '/organisation/reflections',
    name: 'reflections-to-review',
    component: () => import('@/features/tracks/views/ReflectionsToReviewView.vue'),
    meta: { requiresAuth: true, roles: ['TRAINER', 'COORDINATOR', 'ADMIN'] },
  },
  {
    path: '/organisation/certificates',
    name: 'organisation-certificates',
    component: () => import('@/features/certification/views/ExpiringCertificatesView.vue'),
    meta: { requiresAuth: true, roles: ['COORDINATOR', 'ADMIN'] },
  },
  {
    // Where a certificate's QR code leads: public, no sign-in. Without a code it asks for one.
    path: '/verify/:code?',
    name: 'verify',
    component: () => import('@/features/certification/views/VerifyView.vue'),
    props: true,
  },
  {
    path: '/my-data',
    name: 'my-data',
    component: () => import('@/features/privacy/views/MyDataView.vue'),
    meta: { requiresAuth: true },
  },
  {
    // The one short address participants type: no account needed.
    path: '/j/:code?',
    name: 'live-join',
    component: () => import('@/features/live/views/JoinView.vue'),
    props: true,
  },
  {
    // Needs the participant cookie that joining sets, not a login.
    path: '/play/:sessionId',
    name: 'live-play',
    component: () => import('@/features/live/views/PlayView.vue'),
    props: true,
  },
  {
    path: '/trainer-kits',
    name: 'trainer-kits',
    component: () => import('@/features/trainerkit/views/TrainerKitsView.vue'),
    meta: { requiresAuth: true, roles: FACILITATOR_ROLES },
  },
  {
    path: '/trainer-kits/:scenarioId',
    name: 'trainer-kit',
    component: () => import('@/features/trainerkit/views/TrainerKitView.vue'),
    props: true,
    meta: { requiresAuth: true, roles: FACILITATOR_ROLES },
  },
  {
    path: '/live',
    name: 'live-home',
    component: () => import('@/features/live/views/LiveHomeView.vue'),
    meta: { requiresAuth: true, roles: FACILITATOR_ROLES },
  },
  {
    path: '/live/:id',
    name: 'live-control',
    component: () => import('@/features/live/views/ControlView.vue'),
    props: true,
    meta: { requiresAuth: true, roles: FACILITATOR_ROLES },
  },
  {
    path: '/live/:id/present',
    name: 'live-present',
    component: () => import('@/features/live/views/PresenterView.vue'),
    props: true,
    meta: { requiresAuth: true, roles: FACILITATOR_ROLES, bare: true },
  },
  {
    path: '/live/:id/summary',
    name: 'live-summary',
    component: () => import('@/features/live/views/SummaryView.vue'),
    props: true,
    meta: { requiresAuth: true, roles: FACILITATOR_ROLES },
  },
  {
    path: '/webinars/organise',
    name: 'webinars-organise',
    component: () => import('@/features/webinars-organise/pages').then((pages) => pages.OrganisedWebinarsView),
    meta: { roles: FACILITATOR_ROLES },
  },
  {
    path: '/webinars/organise/new',
    name: 'webinar-new',
    component: () => import('@/features/webinars-organise/pages').then((pages) => pages.WebinarFormView),
    meta: { roles: FACILITATOR_ROLES },
  },
  {
    path: '/webinars/organise/:id/edit',
    name: 'webinar-edit',
    component: () => import('@/features/webinars-organise/pages').then((pages) => pages.WebinarFormView),
    props: true,
    meta: { roles: FACILITATOR_ROLES },
  },
  {
    path: '/webinars/organise/:id',
    name: 'webinar-organiser',
    component: () => import('@/features/webinars-organise/pages').then((pages) => pages.OrganiserWebinarView),
    props: true,
    meta: { roles: FACILITATOR_ROLES },
  },
  {
    // Issue 14: the webinars open to me, and one webinar (my place, calendar, live part, follow-up).
    path: '/webinars',
    name: 'webinars',
    component: () => import('@/features/webinars/views/WebinarsView.vue'),
    meta: { requiresAuth: true },
  },
  {
    path: '/webinars/:id',
    name: 'webinar',
    component: () => import('@/features/webinars/views/WebinarView.vue'),
    props: true,
    meta: { requiresAuth: true },
  },
  {
    // Issue 15: authoring for trainers; one lazy chunk for every page (features/authoring/pages.ts).
    path: '/authoring',
    name: 'authoring',
    component: () => import('@/features/authoring/pages').then((pages) => pages.AuthoringHomeView),
    meta: { roles: AUTHOR_ROLES },
  },
  {
    // The item's page: ?tab=edit|translations|versions (the editor, translations side by side, review and versions).
    path: '/authoring/:id',
    name: 'authoring-item',
    component: () => import('@/features/authoring/pages').then((pages) => pages.AuthoredItemView),
    props: true,
    meta: { roles: AUTHOR_ROLES },
  },
  {
    path: '/no-access',
    name: 'forbidden',
    component: () => import('@/features/app/views/ForbiddenView.vue'),
    meta: { shellTexts: true },
  },
  {
    path: '/glossary',
    name: 'glossary',
    component: () => import('@/features/glossary/views/GlossaryView.vue'),
    meta: { requiresAuth: true },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/features/app/views/NotFoundView.vue'),
    meta: { shellTexts: true },
  },
]

export function createAppRouter() {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: (to, _from, saved) => saved ?? (to.hash ? { el: to.hash } : { top: 0 }),
  })

  router.beforeEach(async (to) => {
    const session = useSessionStore()
    await session.ensureLoaded()
    switch (accessFor(to.meta, session.me)) {
      case 'login':
        return { name: 'login', query: { redirect: to.fullPath } }
      case 'forbidden':
        return { name: 'forbidden' }
      default:
        break
    }
    if (!to.meta.shellTexts || session.isLoggedIn) {
      try {
        await loadAllMessages()
      } catch {
        // Offline: show the page with the texts there are rather than not at all (Dutch is the fallback).
      }
    }
    return true
  })

  return router
}
