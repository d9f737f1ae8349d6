import { describe, expect, it } from 'vitest'
import type { AnswerResult, RefresherItem, RefresherSession } from '@/api/refresher'
import { answerFeedback } from './answerFeedback'

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
