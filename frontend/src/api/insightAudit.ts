import { http } from './http'

/** Which individual view of insight was opened (docs/insight/exports.md). */
export const AUDIT_VIEWS = ['PEOPLE_LIST', 'PEOPLE_CSV', 'PEOPLE_XLSX'] as const
export type AuditViewKind = (typeof AUDIT_VIEWS)[number]

/** One view of people rows: who looked (as they were then), at what, how many rows. Viewer null: account erased. */
export interface AuditEntry {
  /** ISO instant */
  at: string
  viewerId: string | null
  viewerName: string | null
  viewerEmail: string | null
  viewerRole: string
  view: AuditViewKind | string
  /** "organisation" or e.g. "team=Ambulant team;role=LEARNER" */
  scope: string
  /** e.g. "module=signalen;status=OVERDUE", empty when none */
  filters: string
  rows: number
}

export interface AuditPage {
  entries: AuditEntry[]
  page: number
  pageSize: number
  total: number
  pages: number
}

export interface AuditQuery {
  /** ISO date (YYYY-MM-DD), included */
  from?: string
  /** ISO date (YYYY-MM-DD), included */
  to?: string
  page?: number
}

export const fetchInsightAudit = (organisationId: string, query: AuditQuery = {}) =>
  http<AuditPage>(`/api/organisations/${encodeURIComponent(organisationId)}/insight/audit`, {
    query: { from: query.from || undefined, to: query.to || undefined, page: query.page ?? 0 },
  })
