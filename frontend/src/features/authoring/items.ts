import type {
  ContentImportReport,
  DraftProblem,
  ItemKind,
  ItemRow,
  TwineImportResult,
} from '@/api/authoring'

/**
 * The logic of the authoring home, apart from the views so it is tested on its own: the state badge of an item, the
 * filters, the review queue, the content id's format and the import reports as one table.
 */

/** Where an item stands, as the badge says it: draft, in review, published vN, published vN with changes since. */
export type BadgeKind = 'draft' | 'review' | 'published' | 'changed'

export interface Badge {
  kind: BadgeKind
  version: number | null
}

/**
 * A published item whose draft is in review again shows "in review": the review is what needs attention. "Published
 * vN + changes" needs to know whether the draft differs from the live version: the list row may say so
 * (`changedSincePublished`); the item page knows it from the diff and passes it as `changed`.
 */
export function badgeOf(
  row: Pick<ItemRow, 'state' | 'publishedVersion'> & { changedSincePublished?: boolean },
  changed = row.changedSincePublished ?? false,
): Badge {
  if (row.state === 'IN_REVIEW') return { kind: 'review', version: row.publishedVersion }
  if (row.publishedVersion === null) return { kind: 'draft', version: null }
  return { kind: changed ? 'changed' : 'published', version: row.publishedVersion }
}

export type StateFilter = 'all' | 'draft' | 'review' | 'published'
export type KindFilter = 'all' | ItemKind

/** The rows the filters let through, in the server's order (last changed first). */
export function filterRows<T extends Pick<ItemRow, 'kind' | 'state' | 'publishedVersion'>>(
  rows: readonly T[],
  kind: KindFilter,
  state: StateFilter,
): T[] {
  return rows.filter((row) => {
    if (kind !== 'all' && row.kind !== kind) return false
    if (state === 'all') return true
    if (state === 'review') return row.state === 'IN_REVIEW'
    if (state === 'published') return row.publishedVersion !== null
    return row.state === 'DRAFT' && row.publishedVersion === null
  })
}

/** A list row may carry who asked for review (the item view always does). */
export type QueueRow = ItemRow

/**
 * "Waiting for your review": items in review that someone else asked for. When the list does not say who asked
 * (older servers), every item in review is listed: the server still refuses a self-publication.
 */
export function reviewQueue(rows: readonly QueueRow[], me: string | undefined): QueueRow[] {
  return rows.filter((row) => row.state === 'IN_REVIEW' && (row.reviewRequestedBy == null || row.reviewRequestedBy !== me))
}

/** What the "new" dialog makes: a scenario or module from the template, or a variant of a shipped case. */
export type NewWhat = 'SCENARIO' | 'MODULE' | 'VARIANT'

/** As the server checks it (content/Ids.java): lowercase letters, digits and single hyphens, at most 80. */
export const CONTENT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/
export const CONTENT_ID_MAX = 80

export type IdProblem = 'empty' | 'tooLong' | 'uppercase' | 'spaces' | 'hyphens' | 'characters' | null

/** What is wrong with a typed content id, for the live hint under the field; null when it is fine. */
export function contentIdProblem(id: string): IdProblem {
  const value = id.trim()
  if (value === '') return 'empty'
  if (value.length > CONTENT_ID_MAX) return 'tooLong'
  if (CONTENT_ID.test(value)) return null
  if (/[A-Z]/.test(value)) return 'uppercase'
  if (/\s/.test(value)) return 'spaces'
  if (/^-|-$|--/.test(value)) return 'hyphens'
  return 'characters'
}

/** A proposal for an id from a title: "Tikkies op school!" → "tikkies-op-school". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, CONTENT_ID_MAX)
    .replace(/-+$/, '')
}

/** One line of the import results table, whatever was imported. */
export interface ImportLine {
  severity: 'ERROR' | 'WARNING' | 'TODO' | null
  /** The item (content id) and, when known, passage or file and line. */
  item: string
  where: string
  message: string
}

/** One imported item with its status and its lines. */
export interface ImportOutcome {
  contentId: string
  itemId: string | null
  status: 'imported' | 'imported-with-problems' | 'updated' | 'refused'
  lines: ImportLine[]
}

function where(file: string | null, line: number | null, field?: string | null): string {
  const place = [file, line ? String(line) : null].filter(Boolean).join(':')
  return field ? `${place} (${field})` : place
}

/** A content-folder import as outcomes: created items with errors count as imported with problems. */
export function contentOutcomes(report: ContentImportReport): ImportOutcome[] {
  return report.items.map((item) => {
    const lines = item.problems.map((problem: DraftProblem) => ({
      severity: problem.severity,
      item: item.contentId,
      where: where(problem.file, problem.line, problem.field),
      message: problem.message,
    }))
    const errors = item.problems.some((problem) => problem.severity === 'ERROR')
    const status =
      item.status === 'refused' ? 'refused' : item.status === 'updated' ? 'updated' : errors ? 'imported-with-problems' : 'imported'
    return { contentId: item.contentId, itemId: item.itemId, status, lines }
  })
}

/** A Twine import as one outcome (not for `choose-story`, which asks a question instead). */
export function twineOutcome(result: TwineImportResult): ImportOutcome {
  const contentId = result.contentId ?? ''
  return {
    contentId,
    itemId: result.itemId ?? null,
    status: result.status === 'choose-story' ? 'imported-with-problems' : result.status,
    lines: result.report.map((line) => ({
      severity: line.severity,
      item: contentId,
      where: where(line.passage, line.line),
      message: line.message,
    })),
  }
}

/** Which import a chosen file is for, by its name. */
export function importKind(fileName: string): 'content' | 'twine' | null {
  const name = fileName.toLowerCase()
  if (name.endsWith('.zip')) return 'content'
  if (/\.(twee|tw|html|htm)$/.test(name)) return 'twine'
  return null
}
