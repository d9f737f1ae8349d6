import type { LiveOption } from '@/api/live'

/** One bar of a tally: the option, its votes and its share in whole percent. */
export interface TallyRow {
  id: string
  text: string
  votes: number
  percent: number
  /** One of the options with the most votes (several when tied; none when nobody voted). */
  leading: boolean
}

/**
 * The bars of a tally in the options' order. Percentages are rounded by the largest remainder so they
 * add up to exactly 100 (a projector showing 33 + 33 + 33 invites questions).
 */
export function tallyRows(options: readonly LiveOption[], tally: Record<string, number> | null | undefined): TallyRow[] {
  const votes = options.map((option) => Math.max(0, tally?.[option.id] ?? 0))
  const total = votes.reduce((sum, count) => sum + count, 0)
  const most = Math.max(0, ...votes)
  const exact = votes.map((count) => (total === 0 ? 0 : (count * 100) / total))
  const percents = exact.map(Math.floor)
  let missing = total === 0 ? 0 : 100 - percents.reduce((sum, value) => sum + value, 0)
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  for (const { index } of byRemainder) {
    if (missing <= 0) break
    percents[index] = (percents[index] ?? 0) + 1
    missing--
  }
  return options.map((option, index) => ({
    id: option.id,
    text: option.text,
    votes: votes[index] ?? 0,
    percent: percents[index] ?? 0,
    leading: most > 0 && votes[index] === most,
  }))
}

export type Majority = { kind: 'none' } | { kind: 'tie'; optionIds: string[] } | { kind: 'winner'; optionId: string }

/** Whether the votes name one path (the facilitator may then "follow the majority"), a tie, or nothing yet. */
export function majorityOf(options: readonly LiveOption[], tally: Record<string, number> | null | undefined): Majority {
  const leading = tallyRows(options, tally).filter((row) => row.leading)
  if (leading.length === 0) return { kind: 'none' }
  if (leading.length > 1) return { kind: 'tie', optionIds: leading.map((row) => row.id) }
  return { kind: 'winner', optionId: leading[0]?.id ?? '' }
}

/** Whole seconds left until `endsAt` (0 once passed), or null without a timer. */
export function secondsLeft(endsAt: string | null | undefined, now: number): number | null {
  if (!endsAt) return null
  const end = Date.parse(endsAt)
  if (Number.isNaN(end)) return null
  return Math.max(0, Math.ceil((end - now) / 1000))
}
