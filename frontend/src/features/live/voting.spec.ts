import { describe, expect, it, vi } from 'vitest'
import { ApiError, NetworkError } from '@/api/http'
import type { VoteAnswer, VoteCommand } from '@/api/live'
import { useVoting } from './voting'

const offline = () => new NetworkError(new TypeError('offline'))
const answer = async (command: VoteCommand): Promise<VoteAnswer> => ({ step: command.step, optionId: command.optionId })

/** A sleep the test releases by hand, so retries happen when the test says. */
function manualSleep() {
  const waiting: (() => void)[] = []
  return {
    sleep: () => new Promise<void>((resolve) => waiting.push(resolve)),
    release: () => waiting.splice(0).forEach((resolve) => resolve()),
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

function setup(send: (command: VoteCommand) => Promise<VoteAnswer>) {
  let counter = 0
  const clock = manualSleep()
  const voting = useVoting(send, { newId: () => `vote-${++counter}`, sleep: clock.sleep })
  return { voting, clock }
}

const ids = (send: { mock: { calls: [VoteCommand][] } }) => send.mock.calls.map(([command]) => command.voteId)

describe('useVoting', () => {
  it('sends a choice and shows it as saved', async () => {
    const send = vi.fn(answer)
    const { voting } = setup(send)
    voting.choose(0, 'a')
    expect(voting.status.value).toBe('sending')
    await flush()
    expect(send).toHaveBeenCalledWith({ voteId: 'vote-1', step: 0, optionId: 'a' })
    expect(voting.status.value).toBe('saved')
    expect(voting.choiceFor(0)).toBe('a')
  })

  it('keeps the vote id when a lost vote is sent again, so it is counted once', async () => {
    const send = vi.fn<(command: VoteCommand) => Promise<VoteAnswer>>().mockRejectedValueOnce(offline()).mockRejectedValueOnce(offline()).mockImplementation(answer)
    const { voting, clock } = setup(send)
    voting.choose(2, 'b')
    await flush()
    expect(voting.status.value).toBe('retrying')
    clock.release()
    await flush()
    clock.release()
    await flush()
    expect(ids(send)).toEqual(['vote-1', 'vote-1', 'vote-1'])
    expect(voting.status.value).toBe('saved')
  })

  it('sends at once when asked (back online) instead of waiting for the pause', async () => {
    const send = vi.fn<(command: VoteCommand) => Promise<VoteAnswer>>().mockRejectedValueOnce(offline()).mockImplementation(answer)
    const { voting } = setup(send)
    voting.choose(0, 'a')
    await flush()
    voting.retryNow()
    await flush()
    expect(ids(send)).toEqual(['vote-1', 'vote-1'])
    expect(voting.status.value).toBe('saved')
  })

  it('gives another choice a new id, and the first choice again a new id too', async () => {
    const send = vi.fn(answer)
    const { voting } = setup(send)
    voting.choose(0, 'a')
    await flush()
    voting.choose(0, 'b')
    await flush()
    voting.choose(0, 'a')
    await flush()
    expect(ids(send)).toEqual(['vote-1', 'vote-2', 'vote-3'])
    expect(voting.choiceFor(0)).toBe('a')
  })

  it('sends nothing when the saved choice is tapped again', async () => {
    const send = vi.fn(answer)
    const { voting } = setup(send)
    voting.choose(0, 'a')
    await flush()
    voting.choose(0, 'a')
    await flush()
    expect(send).toHaveBeenCalledOnce()
  })

  it('sends the newest choice after a failed older one, never the older one again', async () => {
    const send = vi.fn<(command: VoteCommand) => Promise<VoteAnswer>>().mockRejectedValueOnce(offline()).mockImplementation(answer)
    const { voting } = setup(send)
    voting.choose(0, 'a')
    await flush()
    voting.choose(0, 'b')
    await flush()
    expect(send.mock.calls.map(([command]) => command.optionId)).toEqual(['a', 'b'])
    expect(voting.status.value).toBe('saved')
  })

  it('stops and says why when the server refuses (voting closed)', async () => {
    const closed = new ApiError({ status: 409, detail: 'voting is closed' })
    const send = vi.fn<(command: VoteCommand) => Promise<VoteAnswer>>().mockRejectedValue(closed)
    const { voting, clock } = setup(send)
    voting.choose(0, 'a')
    await flush()
    clock.release()
    await flush()
    expect(send).toHaveBeenCalledOnce()
    expect(voting.status.value).toBe('refused')
    expect(voting.refusal.value).toBe(closed)
  })

  it('retries when the server is briefly unavailable', async () => {
    const send = vi
      .fn<(command: VoteCommand) => Promise<VoteAnswer>>()
      .mockRejectedValueOnce(new ApiError({ status: 503 }))
      .mockImplementation(answer)
    const { voting, clock } = setup(send)
    voting.choose(0, 'a')
    await flush()
    clock.release()
    await flush()
    expect(ids(send)).toEqual(['vote-1', 'vote-1'])
  })

  it('forgets a choice that was not sent when the step moved on', async () => {
    const send = vi.fn<(command: VoteCommand) => Promise<VoteAnswer>>().mockRejectedValue(offline())
    const { voting, clock } = setup(send)
    voting.choose(0, 'a')
    await flush()
    voting.forgetOtherSteps(1)
    clock.release()
    await flush()
    expect(send).toHaveBeenCalledOnce()
    expect(voting.status.value).toBe('idle')
    expect(voting.choiceFor(1)).toBeNull()
  })
})
