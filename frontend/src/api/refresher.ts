import { http } from './http'

/** A completed module's refresher status (docs/refreshers.md); NOT_COMPLETED for modules not done yet. */
export const REFRESHER_STATUSES = ['CURRENT', 'DUE_SOON', 'OVERDUE', 'LAPSED', 'NOT_COMPLETED'] as const
export type RefresherStatus = (typeof REFRESHER_STATUSES)[number]

/** 'decision': a decision point from a case simulation (docs/refreshers.md). */
export const REFRESHER_ITEM_TYPES = ['single', 'multiple', 'true-false', 'vignette', 'decision'] as const
export type RefresherItemType = (typeof REFRESHER_ITEM_TYPES)[number]

export interface ModuleMemory {
  moduleId: string
  title: string
  status: RefresherStatus
  /** ISO instant; null when the server has no due date. */
  dueAt: string | null
  /** 0..1 */
  retrievability: number | null
  lastPractisedAt: string | null
}

export interface CompetencyMemory {
  competency: string
  retrievability: number | null
  dueAt: string | null
}

export interface MyRefreshers {
  modules: ModuleMemory[]
  competencies: CompetencyMemory[]
  suggested: boolean
}

export interface RefresherOption {
  id: string
  text: string
}

/** The case a decision point comes from. */
export interface RefresherCase {
  scenarioId: string
  title: string
  /** The scene's text as HTML, rendered and sanitised by the server. */
  html: string
}

export interface RefresherItem {
  /** An item id, or for a decision point `scenarios/<scenario>/nodes/<scene>`. */
  id: string
  /** null for a decision point. */
  moduleId: string | null
  competency: string
  type: RefresherItemType
  vignette: string | null
  /** null for a decision point (the UI asks "what do you do?"). */
  prompt: string | null
  /** true-false items: `[{id: "true"}, {id: "false"}]` with texts in the UI language; decision points: the choices. */
  options: RefresherOption[]
  answered: boolean
  correct: boolean | null
  /** Only for a decision point. */
  fromCase: RefresherCase | null
}

export interface RefresherSession {
  id: string
  startedAt: string
  finishedAt: string | null
  items: RefresherItem[]
  locale: string
  untranslated: boolean
}

export interface AnswerCommand {
  clientAnswerId: string
  itemId: string
  optionIds: string[]
}

export interface AnswerResult {
  itemId: string
  /** For a decision point: whether the recommended choice was made. */
  correct: boolean
  /** For a decision point: the recommended choice. */
  correctOptionIds: string[]
  /** For a decision point: the feedback on the chosen choice. */
  explanation: string
  /** Only for a decision point answered with another choice: the feedback on the recommended one. */
  betterExplanation: string | null
  session: RefresherSession
  /** Lessons the explanation names by their quoted title (‘Title’); empty for a decision point. */
  lessons: LessonLink[]
}

/** A lesson named in feedback, linked at /learn/:moduleId/lessons/:lessonId. */
export interface LessonLink {
  moduleId: string
  lessonId: string
  title: string
}

export interface RefresherPolicy {
  /** 0.7..0.97 */
  targetRetention: number
  /** 7..730 */
  maximumIntervalDays: number
  /** 1..36 */
  fullRefreshMonths: number
  mandatoryModules: string[]
}

/**
 * The policy in effect as the API answers it. `chosen` false: no coordinator ever chose the mandatory modules, so
 * every module counts (mandatoryModules lists them all) and the page asks which ones first.
 */
export interface RefresherPolicyView extends RefresherPolicy {
  chosen: boolean
}

const sessionPath = (sessionId: string) => `/api/refresher-sessions/${encodeURIComponent(sessionId)}`
const orgPath = (organisationId: string) => `/api/organisations/${encodeURIComponent(organisationId)}`

export const fetchMyRefreshers = (locale: string) => http<MyRefreshers>('/api/me/refreshers', { query: { locale } })

export const startRefresherSession = (locale: string) =>
  http<RefresherSession>('/api/refresher-sessions', { method: 'POST', body: {}, query: { locale } })

export const fetchRefresherSession = (sessionId: string, locale: string) =>
  http<RefresherSession>(sessionPath(sessionId), { query: { locale } })

export const submitRefresherAnswer = (sessionId: string, command: AnswerCommand, locale: string) =>
  http<AnswerResult>(`${sessionPath(sessionId)}/answers`, { method: 'POST', body: command, query: { locale } })

export const fetchRefresherPolicy = (organisationId: string) =>
  http<RefresherPolicyView>(`${orgPath(organisationId)}/refresher-policy`)

export const saveRefresherPolicy = (organisationId: string, policy: RefresherPolicy) =>
  http<RefresherPolicyView>(`${orgPath(organisationId)}/refresher-policy`, { method: 'PUT', body: policy })
