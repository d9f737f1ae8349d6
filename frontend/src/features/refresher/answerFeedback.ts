import type { AnswerResult, RefresherItem } from '@/api/refresher'

/** What the feedback after an answer says, as i18n keys and texts; a decision point speaks of choices, not answers. */
export interface AnswerFeedback {
  verdictKey: string
  /** Key of "the right answer / the better choice: {answer}", shown only after a wrong answer. */
  correctWasKey: string
  /** The texts of the right options (the recommended choice), in the item's order. */
  correctTexts: string[]
  explanation: string
  /** Why the recommended choice is better, after another choice at a decision point. */
  betterExplanation: string | null
}

export function answerFeedback(item: RefresherItem, result: AnswerResult): AnswerFeedback {
  const decision = item.type === 'decision'
  return {
    verdictKey: decision
      ? result.correct ? 'practice.decision.good' : 'practice.decision.notBest'
      : result.correct ? 'refresher.session.right' : 'refresher.session.wrong',
    correctWasKey: decision ? 'practice.decision.betterWas' : 'refresher.session.correctWas',
    correctTexts: item.options
      .filter((option) => result.correctOptionIds.includes(option.id))
      .map((option) => option.text),
    explanation: result.explanation,
    betterExplanation: decision && !result.correct ? result.betterExplanation : null,
  }
}
