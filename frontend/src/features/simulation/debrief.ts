import type { CompetencyScore, DebriefDecision } from '@/api/simulation'

/** How a decision relates to the scene's recommended choice. */
export type Verdict = 'followed' | 'different' | 'none'

export interface TimelineItem {
  /** 1-based position in the path, as the learner reads it ("decision 2"). */
  number: number
  nodeId: string
  sceneExcerpt: string
  chosen: DebriefDecision['chosen']
  /** The recommended choice, only when the learner chose something else. */
  recommended: DebriefDecision['recommended']
  verdict: Verdict
  /** `fromStep` for "replay from this decision": the decisions before this one are repeated. */
  replayFromStep: number
}

/** Plain text cut at a word boundary, with an ellipsis when something was left out. */
export function excerpt(text: string, maxLength = 180): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= maxLength) return clean
  const cut = clean.slice(0, maxLength + 1)
  const lastSpace = cut.lastIndexOf(' ')
  const head = lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : clean.slice(0, maxLength)
  return `${head.replace(/[\s.,;:!?–-]+$/, '')}…`
}

/**
 * The path of a finished run as the debrief shows it, in the order the decisions were made.
 * `toText` turns the server's scene HTML into plain text (the browser's DOMParser in the app).
 */
export function buildTimeline(
  decisions: readonly DebriefDecision[],
  toText: (html: string) => string,
): TimelineItem[] {
  return [...decisions]
    .sort((a, b) => a.step - b.step)
    .map((decision, index) => {
      const verdict: Verdict = !decision.recommended
        ? 'none'
        : decision.followedRecommendation || decision.recommended.id === decision.chosen.id
          ? 'followed'
          : 'different'
      return {
        number: index + 1,
        nodeId: decision.nodeId,
        sceneExcerpt: excerpt(toText(decision.sceneHtml)),
        chosen: decision.chosen,
        recommended: verdict === 'different' ? decision.recommended : null,
        verdict,
        replayFromStep: index,
      }
    })
}

export type CompetencyRow =
  | (CompetencyScore & { practised: true; score: number; /** 0..100, rounded, for the bar. */ percent: number })
  /** Nothing was attainable on this path: no bar and no percentage, only the (signed) points if any were lost. */
  | (CompetencyScore & { practised: false; score: null; percent: null })

/**
 * Scores as bars (decision 0030): a practised competency's score kept within 0..1 whatever the server sends, so
 * negative points show as an empty bar with the signed points written out; one with nothing attainable gets no bar.
 */
export function competencyRows(scores: readonly CompetencyScore[]): CompetencyRow[] {
  return scores.map((score): CompetencyRow => {
    if (!score.practised || score.attainable <= 0) {
      return { ...score, practised: false, score: null, percent: null }
    }
    const raw = score.score ?? Number.NaN
    const clamped = Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : 0
    return { ...score, practised: true, score: clamped, percent: Math.round(clamped * 100) }
  })
}

/** What a competency row says in words (the bar never stands alone): the message key and its parameters. */
export function competencyText(row: CompetencyRow): { key: string; params: Record<string, number> } {
  if (row.practised) {
    // score as 0..1 for the caller's percent format; earned stays signed ("0 %: -2 of 3 points")
    return { key: 'simulation.debrief.competencyScore', params: { score: row.score, earned: row.earned, possible: row.attainable } }
  }
  return row.earned < 0
    ? { key: 'simulation.debrief.notPractisedLost', params: { earned: row.earned } }
    : { key: 'simulation.debrief.notPractised', params: {} }
}

export interface Mistake {
  /** The decision's number in the path, as the timeline shows it. */
  number: number
  chosen: DebriefDecision['chosen']
  best: DebriefDecision['best']
}

/**
 * "Why did it go this way?": exactly the choices the learner made that scored below the best choice on offer at
 * that decision, with that choice's feedback, in the order they were made; nothing the learner did not do.
 */
export function mistakes(decisions: readonly DebriefDecision[]): Mistake[] {
  return [...decisions]
    .sort((a, b) => a.step - b.step)
    .flatMap((decision, index) =>
      decision.belowBest ? [{ number: index + 1, chosen: decision.chosen, best: decision.best }] : [],
    )
}

/** The text of sanitised HTML, without running or loading anything (DOMParser documents are inert). */
export function htmlToText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? ''
}
