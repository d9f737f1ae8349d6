import { describe, expect, it, vi } from 'vitest'
import { NetworkError } from '@/api/http'
import type { AnswerCommand, AnswerResult, RefresherItem, RefresherSession } from '@/api/refresher'
import { useRefresherAnswer } from './answerAttempt'

const item = (id: string, type: RefresherItem['type'], options: string[]): RefresherItem => ({
  id,
  moduleId: 'm',
  competency: 'signal-recognition',
  type,
  vignette: null,
  prompt: '',
  options: options.map((option) => ({ id: option, text: option })),
  answered: false,
  correct: null,
  fromCase: null,
})

const single = item('single', 'single', ['a', 'b', 'c'])
const multiple = item('multiple', 'multiple', ['a', 'b', 'c'])
const trueFalse = item('tf', 'true-false', ['true', 'false'])

const session: RefresherSession = { id: 's', startedAt: '', finishedAt: null, items: [], locale: 'nl', untranslated: false }
const resultFor = (command: AnswerCommand): AnswerResult => ({
  itemId: command.itemId,
  correct: true,
  correctOptionIds: command.optionIds,
  explanation: '',
  betterExplanation: null,
  session,
  lessons: [],
})

function setup(send = vi.fn(async (command: AnswerCommand) => resultFor(command))) {
  let counter = 0
  const answer = useRefresherAnswer(send, () => `id-${++counter}`)
  return { answer, send }
}

const failingOnce = () =>
  vi
    .fn<(command: AnswerCommand) => Promise<AnswerResult>>()
    .mockRejectedValueOnce(new NetworkError(new TypeError('offline')))
    .mockImplementation(async (command) => resultFor(command))

describe('useRefresherAnswer', () => {
  it('does not submit without a choice', async () => {
    const { answer, send } = setup()
    answer.show(single)
    expect(answer.complete.value).toBe(false)
    await answer.submit()
    expect(send).not.toHaveBeenCalled()
  })

  it('replaces the choice of a radio item, true-false included', () => {
    const { answer } = setup()
    answer.show(trueFalse)
    answer.choose('true', true)
    answer.choose('false', true)
    expect(answer.chosen.value).toEqual(['false'])
    expect(answer.multiple.value).toBe(false)
  })

  it('adds and removes options of a multiple-choice item and sends them in item order', async () => {
    const { answer, send } = setup()
    answer.show(multiple)
    answer.choose('c', true)
    answer.choose('a', true)
    answer.choose('b', true)
    answer.choose('b', false)
    await answer.submit()
    expect(send).toHaveBeenCalledWith({ clientAnswerId: 'id-1', itemId: 'multiple', optionIds: ['a', 'c'] })
  })

  it('reuses the client answer id when a failed submit is retried', async () => {
    const send = failingOnce()
    const { answer } = setup(send)
    answer.show(single)
    answer.choose('b', true)
    await answer.submit()
    expect(answer.error.value).toBeInstanceOf(NetworkError)
    expect(answer.result.value).toBeNull()
    await answer.submit()
    expect(send.mock.calls.map(([command]) => command.clientAnswerId)).toEqual(['id-1', 'id-1'])
    expect(answer.error.value).toBeNull()
    expect(answer.result.value?.itemId).toBe('single')
  })

  it('makes a new id when the choice changes after a failed submit', async () => {
    const send = failingOnce()
    const { answer } = setup(send)
    answer.show(single)
    answer.choose('b', true)
    await answer.submit()
    answer.choose('c', true)
    await answer.submit()
    expect(send.mock.calls.map(([command]) => command.clientAnswerId)).toEqual(['id-1', 'id-2'])
  })

  it('makes a new id for the next item and forgets the feedback', async () => {
    const { answer, send } = setup()
    answer.show(single)
    answer.choose('a', true)
    await answer.submit()
    expect(answer.result.value).not.toBeNull()
    answer.show(trueFalse)
    expect(answer.result.value).toBeNull()
    expect(answer.chosen.value).toEqual([])
    answer.choose('true', true)
    await answer.submit()
    expect(send.mock.calls.map(([command]) => [command.clientAnswerId, command.itemId])).toEqual([
      ['id-1', 'single'],
      ['id-2', 'tf'],
    ])
  })

  it('locks the choice once answered and does not send twice', async () => {
    const { answer, send } = setup()
    answer.show(single)
    answer.choose('a', true)
    await answer.submit()
    answer.choose('b', true)
    await answer.submit()
    expect(answer.chosen.value).toEqual(['a'])
    expect(send).toHaveBeenCalledTimes(1)
  })
})
