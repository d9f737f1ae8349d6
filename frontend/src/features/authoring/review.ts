import type { DiffLine, DraftProblem, FileDiff, ItemView } from '@/api/authoring'

/**
 * The logic of the versions & review panel: what the signed-in trainer may do with the draft now, and the diff lines
 * as they are shown (sign, screen-reader word).
 */

export interface ReviewActions {
  /** The author may ask for review: a draft (not in review) without errors. */
  canAsk: boolean
  /** Why asking is not possible now (shown beside the disabled button), or null. */
  askBlocked: 'errors' | 'inReview' | null
  /** A second trainer reviews: the draft is in review and someone else asked. */
  canReview: boolean
  /** The person who asked waits: in review, asked by me. */
  waiting: boolean
}

export function reviewActions(item: Pick<ItemView, 'state' | 'reviewRequestedBy'>, errors: readonly DraftProblem[], me: string | undefined): ReviewActions {
  const inReview = item.state === 'IN_REVIEW'
  const askedByMe = inReview && item.reviewRequestedBy !== null && item.reviewRequestedBy === me
  return {
    canAsk: !inReview && errors.length === 0,
    askBlocked: inReview ? 'inReview' : errors.length > 0 ? 'errors' : null,
    canReview: inReview && !askedByMe,
    waiting: askedByMe,
  }
}

/** The sign in front of a diff line: shown, so the change does not depend on colour alone. */
export function diffSign(line: Pick<DiffLine, 'kind'>): '+' | '−' | ' ' {
  return line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : ' '
}

/** Counts of added and removed lines over all files: the summary above a diff. */
export function diffCounts(files: readonly FileDiff[]): { added: number; removed: number; files: number } {
  let added = 0
  let removed = 0
  let changed = 0
  for (const file of files) {
    if (file.status !== 'same') changed++
    for (const hunk of file.hunks) {
      for (const line of hunk.lines) {
        if (line.kind === 'added') added++
        else if (line.kind === 'removed') removed++
      }
    }
  }
  return { added, removed, files: changed }
}

/** True when the diff shows any change at all. */
export function hasChanges(files: readonly FileDiff[]): boolean {
  return files.some((file) => file.status !== 'same')
}

/** The tabs of the item page, in order; `?tab=` names one, anything else means the first. */
export const TABS = ['edit', 'translations', 'versions'] as const
export type Tab = (typeof TABS)[number]

export function tabFrom(query: unknown): Tab {
  return typeof query === 'string' && (TABS as readonly string[]).includes(query) ? (query as Tab) : 'edit'
}

/** The tab the arrow keys, Home and End move to (ARIA tabs pattern, automatic activation); RTL swaps the arrows. */
export function nextTab(current: Tab, key: string, rtl = false): Tab | null {
  const index = TABS.indexOf(current)
  const last = TABS.length - 1
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight'
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft'
  if (key === forward) return TABS[index === last ? 0 : index + 1]!
  if (key === backward) return TABS[index === 0 ? last : index - 1]!
  if (key === 'Home') return TABS[0]
  if (key === 'End') return TABS[last]!
  return null
}

/** A draft that was never published, shown as a diff in which every line is new (the reviewer reads it all). */
export function wholeFilesAsAdded(files: Record<string, string>): FileDiff[] {
  return Object.keys(files)
    .sort()
    .map((file) => {
      const text = files[file] ?? ''
      const lines = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n')
      return {
        file,
        status: 'added' as const,
        hunks: [{ lines: lines.map((line, index) => ({ kind: 'added' as const, oldLine: null, newLine: index + 1, text: line })) }],
      }
    })
}

/** Which known refusal an action met, by the problem type's last part and the status, for a message of our own. */
export type ActionRefusal = 'hasErrors' | 'stale' | 'published' | 'secondTrainer' | 'notInReview' | null

export function refusalOf(status: number, type: string | undefined): ActionRefusal {
  const kind = type?.split('/').pop() ?? ''
  if (kind === 'draft-has-errors') return 'hasErrors'
  if (kind === 'draft-edited') return 'stale'
  if (kind === 'item-published') return 'published'
  if (status === 403) return 'secondTrainer'
  if (status === 409) return 'notInReview'
  return null
}
