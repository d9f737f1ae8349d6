import { http, withQuery } from './http'

/**
 * Coordinator insight (issue 16): the shapes of docs/insight-contract.md. Aggregates over fewer than 5 people come
 * with `hidden: true` and their numbers `null` (the privacy floor); the UI says so instead of showing 0.
 */

/** A person's state for one mandatory module. */
export const PERSON_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'CURRENT', 'DUE_SOON', 'OVERDUE', 'LAPSED'] as const
export type PersonStatus = (typeof PERSON_STATUSES)[number]

/** The count fields of a mandatory module, in the order the bars show them. */
export const MODULE_COUNT_KEYS = ['notStarted', 'inProgress', 'current', 'dueSoon', 'overdue', 'lapsed'] as const
export type ModuleCountKey = (typeof MODULE_COUNT_KEYS)[number]
export const TRACK_COUNT_KEYS = ['notStarted', 'inProgress', 'completed'] as const
export type TrackCountKey = (typeof TRACK_COUNT_KEYS)[number]

/** The filters every insight endpoint takes (all optional). */
export interface InsightFilters {
  team?: string
  role?: string
  sector?: string
}

export interface PeopleFilters extends InsightFilters {
  module?: string
  status?: string
}

export interface InsightScopeView {
  team: { id: string; name: string } | null
  role: string | null
  sector: string | null
  /** null when hidden by the floor. */
  people: number | null
  hidden: boolean
}

export interface ModuleStatusView {
  moduleId: string
  title: string
  hidden: boolean
  counts: Record<ModuleCountKey, number> | null
}

export interface TrackStatusView {
  trackId: string
  title: string
  hidden: boolean
  counts: Record<TrackCountKey, number> | null
}

export interface InsightStatus {
  scope: InsightScopeView
  /** The organisation never chose its mandatory modules. */
  setupNeeded: boolean
  asOf: string
  modules: ModuleStatusView[]
  tracks: TrackStatusView[]
  /** 0..1; null when hidden. */
  refreshRate: number | null
}

export interface MonthRate {
  /** "2026-01" */
  month: string
  rate: number | null
  hidden: boolean
}

export interface CompetencyRetention {
  competency: string
  label: string
  retention: number | null
  hidden: boolean
}

export interface CaseInsight {
  scenarioId: string
  title: string
  hidden: boolean
  runs: number | null
  endings: { outcome: string; count: number }[]
  missedDecisions: { nodeId: string; label: string; missed: number; of: number }[]
}

export interface InsightPractice {
  /** 12 months, oldest first. */
  refreshRateByMonth: MonthRate[]
  competencies: CompetencyRetention[]
  cases: CaseInsight[]
  liveSessions: { held: number; participants: number | null; hidden: boolean }
  webinars: { registered: number | null; attended: number | null; noShow: number | null; hidden: boolean }
  certificatesExpiring: { within90Days: number | null; hidden: boolean }
}

export interface PersonModule {
  moduleId: string
  status: PersonStatus
  completedAt: string | null
  nextRefreshAt: string | null
}

export interface PersonRow {
  userId: string
  displayName: string
  email: string
  teams: string[]
  lastLoginAt: string | null
  modules: PersonModule[]
}

const insightPath = (organisationId: string) => `/api/organisations/${encodeURIComponent(organisationId)}/insight`

export const fetchInsightStatus = (organisationId: string, filters: InsightFilters, locale: string) =>
  http<InsightStatus>(`${insightPath(organisationId)}/status`, { query: { ...filters, locale } })

export const fetchInsightPractice = (organisationId: string, filters: InsightFilters, locale: string) =>
  http<InsightPractice>(`${insightPath(organisationId)}/practice`, { query: { ...filters, locale } })

export const fetchInsightPeople = (organisationId: string, filters: PeopleFilters) =>
  http<PersonRow[]>(`${insightPath(organisationId)}/people`, { query: { ...filters } })

/** A plain link target for the export (the browser downloads it with the session cookie), with the same filters. */
export const peopleExportUrl = (organisationId: string, format: 'csv' | 'xlsx', filters: PeopleFilters, locale: string) =>
  withQuery(`${insightPath(organisationId)}/people.${format}`, { ...filters, locale })
