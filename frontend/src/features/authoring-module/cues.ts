import type { CueSet } from '@/api/authoring'

/**
 * Answer cues (content/AnswerCues.java): a learner who notices that the right answer is usually the longest can pass
 * without knowing anything. The server measures the whole set after each save; this file says the same for the one
 * question being typed, so the author sees it at once.
 */

/** The validator's limit: the correct option may be the longest in at most 35% of a set's questions. */
export const LONGEST_LIMIT = 0.35

export interface OptionLength {
  length: number
  correct: boolean
}

/** True when every correct option is longer than every wrong one (measurable questions only), as AnswerCues.Item. */
export function correctIsLongest(options: readonly OptionLength[]): boolean {
  const correct = options.filter((o) => o.correct).map((o) => o.length)
  const wrong = options.filter((o) => !o.correct).map((o) => o.length)
  if (options.length < 2 || correct.length === 0 || wrong.length === 0) return false
  return Math.min(...correct) > Math.max(...wrong)
}

/** The mirror image: every correct option is shorter than every wrong one. */
export function correctIsShortest(options: readonly OptionLength[]): boolean {
  const correct = options.filter((o) => o.correct).map((o) => o.length)
  const wrong = options.filter((o) => !o.correct).map((o) => o.length)
  if (options.length < 2 || correct.length === 0 || wrong.length === 0) return false
  return Math.max(...correct) < Math.min(...wrong)
}

/** Option lengths as the validator counts them: characters of the Dutch text, spaces at the ends left out. */
export const lengthOf = (text: string | undefined | null): number => [...(text ?? '').trim()].length

/** The server's answer as a list of sets, whether it sends the list or `{sets}`. */
export function cueSets(answer: CueSet[] | { sets: CueSet[] } | null | undefined): CueSet[] {
  if (!answer) return []
  return Array.isArray(answer) ? answer : (answer.sets ?? [])
}

/** The set of the knowledge check, and the one of the refresher items (kind names as `validate-content --cues`). */
export function checkSet(sets: readonly CueSet[]): CueSet | undefined {
  return sets.find((set) => /check|module/i.test(set.kind) && !/refresher/i.test(set.kind))
}

export function refresherSet(sets: readonly CueSet[]): CueSet | undefined {
  return sets.find((set) => /refresher/i.test(set.kind))
}

/** The places of the correct option in the set, in order: "1: 3, 2: 4, 3: 2". */
export function positionSpread(set: CueSet): { position: number; count: number }[] {
  return Object.entries(set.positions ?? {})
    .map(([position, count]) => ({ position: Number(position), count }))
    .sort((a, b) => a.position - b.position)
}

/** Whether the longest-option share is over the limit (the validator also needs at least 4 items to judge). */
export const longestOverLimit = (set: CueSet): boolean => set.size >= 4 && set.longest > LONGEST_LIMIT * set.size
