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

export interface CompetencyRow extends CompetencyScore {
  /** 0..100, rounded, for the bar. */
  percent: number
}

/** Scores as bars: the score kept within 0..1 whatever the server sends. */
export function competencyRows(scores: readonly CompetencyScore[]): CompetencyRow[] {
  return scores.map((score) => {
    const clamped = Number.isFinite(score.score) ? Math.min(1, Math.max(0, score.score)) : 0
    return { ...score, score: clamped, percent: Math.round(clamped * 100) }
  })
}

/** The text of sanitised HTML, without running or loading anything (DOMParser documents are inert). */
export function htmlToText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? ''
}
