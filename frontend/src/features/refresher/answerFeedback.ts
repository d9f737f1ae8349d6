import type { AnswerResult, LessonLink, RefresherItem } from '@/api/refresher'

/** What the feedback after an answer says, as i18n keys and texts; a decision point speaks of choices, not answers. */
export interface AnswerFeedback {
  verdictKey: string
  /** Key of "the right answer / the better choice: {answer}", shown only after a wrong answer. */
  correctWasKey: string
  /** The texts of the right options (the recommended choice), in the item's order. */
  correctTexts: string[]
  explanation: string
  /** The explanation cut into plain text and the lesson titles it names, so those can be links. */
  explanationParts: FeedbackPart[]
  /** Label key beside the right option (the recommended choice), so it is told by text, not only by colour. */
  correctOptionKey: string
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
    explanationParts: linkLessons(result.explanation, result.lessons),
    correctOptionKey: decision ? 'refresher.session.bestChoice' : 'learning.check.result.correctOption',
    betterExplanation: decision && !result.correct ? result.betterExplanation : null,
  }
}

export interface FeedbackPart {
  text: string
  /** Set when this part is a lesson's title, to be shown as a link to the lesson. */
  lesson: LessonLink | null
}

/**
 * Splits feedback at the lesson titles it quotes (‘Title’, as the banks write "(les ‘Title’)"): the
 * title becomes a link part, the quotes and everything else stay text. Unquoted mentions stay text,
 * so a title that is also an ordinary phrase is not linked by accident.
 */
export function linkLessons(text: string, lessons: readonly LessonLink[]): FeedbackPart[] {
  const parts: FeedbackPart[] = []
  let rest = text
  for (;;) {
    let found: { index: number; lesson: LessonLink } | null = null
    for (const lesson of lessons) {
      const index = rest.indexOf(`‘${lesson.title}’`)
      if (index >= 0 && (found === null || index < found.index)) found = { index, lesson }
    }
    if (found === null) break
    const start = found.index + 1
    parts.push({ text: rest.slice(0, start), lesson: null })
    parts.push({ text: found.lesson.title, lesson: found.lesson })
    rest = rest.slice(start + found.lesson.title.length)
  }
  if (rest.length > 0) parts.push({ text: rest, lesson: null })
  return parts
}
