import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import type { AttemptCommand, CheckQuestion, CheckResult } from '@/api/learning'
import { NetworkError } from '@/api/http'
import { useCheckAttempt } from './checkAttempt'

const questions: CheckQuestion[] = [
  { id: 'single', prompt: '', multiple: false, untranslated: false, options: [{ id: 'a', text: '' }, { id: 'b', text: '' }] },
  { id: 'multi', prompt: '', multiple: true, untranslated: false, options: [{ id: 'x', text: '' }, { id: 'y', text: '' }] },
]
const single = questions[0] as CheckQuestion
const multi = questions[1] as CheckQuestion

const resultFor = (command: AttemptCommand): CheckResult => ({
  attemptId: command.attemptId,
  moduleId: 'm',
  score: 1,
  correctCount: 2,
  questionCount: 2,
  passThreshold: 0.7,
  passed: true,
  keyShown: true,
  completedAt: null,
  questions: [],
})

function setup(send = vi.fn(async (command: AttemptCommand) => resultFor(command))) {
  const attemptId = ref<string | null>('id-1')
  const attempt = useCheckAttempt(ref(questions), attemptId, send)
  return { attempt, send, attemptId }
}

function answerAll(attempt: ReturnType<typeof useCheckAttempt>): void {
  attempt.choose(single, 'a', true)
  attempt.choose(multi, 'x', true)
}

describe('useCheckAttempt', () => {
  it('is complete only when every question has an answer', () => {
    const { attempt } = setup()
    expect(attempt.complete.value).toBe(false)
    attempt.choose(single, 'a', true)
    expect(attempt.answeredCount.value).toBe(1)
    expect(attempt.complete.value).toBe(false)
    attempt.choose(multi, 'y', true)
    expect(attempt.answeredCount.value).toBe(2)
    expect(attempt.complete.value).toBe(true)
  })

  it('replaces the answer of a single-choice question', () => {
    const { attempt } = setup()
    attempt.choose(single, 'a', true)
    attempt.choose(single, 'b', true)
    expect(attempt.answers.value.single).toEqual(['b'])
  })

  it('adds and removes options of a multiple-choice question', () => {
    const { attempt } = setup()
    attempt.choose(multi, 'x', true)
    attempt.choose(multi, 'y', true)
    attempt.choose(multi, 'x', false)
    expect(attempt.answers.value.multi).toEqual(['y'])
    attempt.choose(multi, 'y', false)
    expect(attempt.complete.value).toBe(false)
  })

  it('does not submit an incomplete check but says which questions are open', async () => {
    const { attempt, send } = setup()
    attempt.choose(single, 'a', true)
    expect(attempt.missingShown.value).toBe(false)
    await attempt.submit()
    expect(send).not.toHaveBeenCalled()
    expect(attempt.missingShown.value).toBe(true)
    expect(attempt.unanswered.value.map((question) => question.id)).toEqual(['multi'])
    attempt.choose(multi, 'x', true)
    expect(attempt.unanswered.value).toEqual([])
    await attempt.submit()
    expect(send).toHaveBeenCalledOnce()
    expect(attempt.missingShown.value).toBe(false)
  })

  it('sends the answers with an attempt id and keeps the result', async () => {
    const { attempt, send } = setup()
    answerAll(attempt)
    await attempt.submit()
    expect(send).toHaveBeenCalledWith({ attemptId: 'id-1', answers: { single: ['a'], multi: ['x'] } })
    expect(attempt.result.value?.attemptId).toBe('id-1')
  })

  it('reuses the attempt id when a failed submit is retried', async () => {
    const send = vi
      .fn<(command: AttemptCommand) => Promise<CheckResult>>()
      .mockRejectedValueOnce(new NetworkError(new TypeError('offline')))
      .mockImplementation(async (command) => resultFor(command))
    const { attempt } = setup(send)
    answerAll(attempt)
    await attempt.submit()
    expect(attempt.error.value).toBeInstanceOf(NetworkError)
    expect(attempt.result.value).toBeNull()
    await attempt.submit()
    expect(send.mock.calls.map(([command]) => command.attemptId)).toEqual(['id-1', 'id-1'])
    expect(attempt.error.value).toBeNull()
    expect(attempt.result.value?.attemptId).toBe('id-1')
  })

  it('keeps the attempt id of the shown order when an answer changes after a failed submit', async () => {
    const send = vi
      .fn<(command: AttemptCommand) => Promise<CheckResult>>()
      .mockRejectedValueOnce(new NetworkError(new TypeError('offline')))
      .mockImplementation(async (command) => resultFor(command))
    const { attempt } = setup(send)
    answerAll(attempt)
    await attempt.submit()
    attempt.choose(single, 'b', true)
    await attempt.submit()
    expect(send.mock.calls.map(([command]) => command.attemptId)).toEqual(['id-1', 'id-1'])
  })

  it('does not submit before the check (and its attempt id) has loaded', async () => {
    const { attempt, send, attemptId } = setup()
    attemptId.value = null
    answerAll(attempt)
    await attempt.submit()
    expect(send).not.toHaveBeenCalled()
  })

  it('starts over with empty answers; the next attempt id comes with the newly loaded check', async () => {
    const { attempt, send, attemptId } = setup()
    answerAll(attempt)
    await attempt.submit()
    attempt.restart()
    expect(attempt.answers.value).toEqual({})
    expect(attempt.result.value).toBeNull()
    attemptId.value = 'id-2'
    answerAll(attempt)
    await attempt.submit()
    expect(send.mock.calls.map(([command]) => command.attemptId)).toEqual(['id-1', 'id-2'])
  })
})
