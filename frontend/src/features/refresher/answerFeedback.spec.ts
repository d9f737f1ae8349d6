import { describe, expect, it } from 'vitest'
import type { AnswerResult, RefresherItem, RefresherSession } from '@/api/refresher'
import { answerFeedback, linkLessons } from './answerFeedback'

const options = [
  { id: 'allebei', text: 'Both can be true' },
  { id: 'schorsen', text: 'Suspend her' },
]
const item: RefresherItem = {
  id: 'single',
  moduleId: 'm',
  competency: 'signal-recognition',
  type: 'single',
  vignette: null,
  prompt: 'Which?',
  options,
  answered: false,
  correct: null,
  fromCase: null,
}
const decision: RefresherItem = {
  ...item,
  id: 'scenarios/school/nodes/af',
  moduleId: null,
  type: 'decision',
  prompt: null,
  fromCase: { scenarioId: 'school', title: 'School', html: '<p>Sara</p>' },
}
const session: RefresherSession = { id: 's', startedAt: '', finishedAt: null, items: [], locale: 'en', untranslated: false }
const result = (correct: boolean, betterExplanation: string | null = null): AnswerResult => ({
  itemId: 'x',
  correct,
  correctOptionIds: ['allebei'],
  explanation: correct ? 'Right, because.' : 'Risky, because.',
  betterExplanation,
  session,
  lessons: [],
})

describe('answerFeedback', () => {
  it('speaks of right and wrong answers for an item from the bank', () => {
    expect(answerFeedback(item, result(true)).verdictKey).toBe('refresher.session.right')
    const wrong = answerFeedback(item, result(false))
    expect(wrong.verdictKey).toBe('refresher.session.wrong')
    expect(wrong.correctWasKey).toBe('refresher.session.correctWas')
    expect(wrong.correctTexts).toEqual(['Both can be true'])
    expect(wrong.betterExplanation).toBeNull()
  })

  it('speaks of a good or a better choice at a decision point', () => {
    const good = answerFeedback(decision, result(true))
    expect(good.verdictKey).toBe('practice.decision.good')
    expect(good.explanation).toBe('Right, because.')
    expect(good.betterExplanation).toBeNull()

    const other = answerFeedback(decision, result(false, 'Both at once is possible.'))
    expect(other.verdictKey).toBe('practice.decision.notBest')
    expect(other.correctWasKey).toBe('practice.decision.betterWas')
    expect(other.correctTexts).toEqual(['Both can be true'])
    expect(other.explanation).toBe('Risky, because.')
    expect(other.betterExplanation).toBe('Both at once is possible.')
  })
})

describe('linkLessons', () => {
  const regie = { moduleId: 'samenwerken-in-de-keten', lessonId: 'casusregie', title: 'Wie houdt de regie?' }
  const vast = { moduleId: 'samenwerken-in-de-keten', lessonId: 'vaste-contactpersonen', title: 'Vaste contactpersonen' }

  it('makes each quoted lesson title a link part and keeps the rest as text', () => {
    expect(linkLessons('Spreek het uit (les ‘Wie houdt de regie?’).', [regie])).toEqual([
      { text: 'Spreek het uit (les ‘', lesson: null },
      { text: 'Wie houdt de regie?', lesson: regie },
      { text: '’).', lesson: null },
    ])
  })

  it('links several titles in the order they appear, and the same title twice', () => {
    const parts = linkLessons('Zie ‘Vaste contactpersonen’ en ‘Wie houdt de regie?’ en ‘Vaste contactpersonen’.', [regie, vast])
    expect(parts.filter((part) => part.lesson).map((part) => part.lesson?.lessonId)).toEqual([
      'vaste-contactpersonen',
      'casusregie',
      'vaste-contactpersonen',
    ])
    expect(parts.map((part) => part.text).join('')).toBe(
      'Zie ‘Vaste contactpersonen’ en ‘Wie houdt de regie?’ en ‘Vaste contactpersonen’.',
    )
  })

  it('leaves text without quoted titles as one plain part', () => {
    expect(linkLessons('Wie houdt de regie? Dat spreek je af.', [regie])).toEqual([
      { text: 'Wie houdt de regie? Dat spreek je af.', lesson: null },
    ])
    expect(linkLessons('', [regie])).toEqual([])
  })

  it('labels the right option as the right answer, and the recommended choice as the best choice', () => {
    expect(answerFeedback(item, result(false)).correctOptionKey).toBe('learning.check.result.correctOption')
    expect(answerFeedback(decision, result(false)).correctOptionKey).toBe('refresher.session.bestChoice')
  })
})
