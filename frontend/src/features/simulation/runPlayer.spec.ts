import { describe, expect, it, vi } from 'vitest'
import { nextTick, shallowRef } from 'vue'
import { ApiError, NetworkError } from '@/api/http'
import type { ChoiceCommand, ChoiceResult, Run } from '@/api/simulation'
import { useRunPlayer } from './runPlayer'

function runAt(nodeId: string | null, decisions: number, choiceIds: string[] = ['a', 'b']): Run {
  return {
    id: 'run-1',
    scenarioId: 's',
    scenarioVersion: 1,
    title: 'Case',
    status: nodeId ? 'ACTIVE' : 'FINISHED',
    decisions,
    startedAt: '2026-03-01T10:00:00Z',
    finishedAt: nodeId ? null : '2026-03-01T10:10:00Z',
    outcome: nodeId ? null : 'GOOD',
    scene: nodeId
      ? { nodeId, speaker: null, setting: null, html: '', choices: choiceIds.map((id) => ({ id, text: id })) }
      : null,
    ending: nodeId ? null : { nodeId: 'end', outcome: 'GOOD', html: '' },
    locale: 'nl',
    untranslated: false,
    decision: nodeId ? decisions + 1 : decisions,
    aboutDecisions: nodeId ? decisions + 3 : decisions,
  }
}

const answer = (command: ChoiceCommand, run: Run): ChoiceResult => ({
  choiceId: command.choiceId,
  text: command.choiceId,
  feedback: 'because',
  recommended: command.choiceId === 'a',
  run,
})

const offline = () => new NetworkError(new TypeError('offline'))
const conflict = (detail?: string) => new ApiError({ status: 409, title: 'Conflict', detail })

function setup(send: (command: ChoiceCommand) => Promise<ChoiceResult>, first: Run = runAt('one', 0)) {
  const loaded = shallowRef<Run | undefined>(first)
  const reload = vi.fn(async () => {
    loaded.value = runAt('two', 1)
  })
  let counter = 0
  const player = useRunPlayer(loaded, reload, send, () => `id-${++counter}`)
  return { player, loaded, reload }
}

const ids = (send: { mock: { calls: [ChoiceCommand][] } }) => send.mock.calls.map(([command]) => command.clientChoiceId)

describe('useRunPlayer', () => {
  it('shows the loaded run', () => {
    const { player } = setup(vi.fn())
    expect(player.run.value?.scene?.nodeId).toBe('one')
  })

  it('keeps the scene on screen with the feedback until the learner continues', async () => {
    const send = vi.fn(async (command: ChoiceCommand) => answer(command, runAt('two', 1)))
    const { player } = setup(send)
    await player.choose('a')
    expect(send).toHaveBeenCalledWith({ clientChoiceId: 'id-1', choiceId: 'a' })
    expect(player.result.value?.recommended).toBe(true)
    expect(player.run.value?.scene?.nodeId).toBe('one')
    player.proceed()
    expect(player.result.value).toBeNull()
    expect(player.run.value?.scene?.nodeId).toBe('two')
  })

  it('does not send a second choice while feedback is shown', async () => {
    const send = vi.fn(async (command: ChoiceCommand) => answer(command, runAt('two', 1)))
    const { player } = setup(send)
    await player.choose('a')
    await player.choose('b')
    expect(send).toHaveBeenCalledOnce()
  })

  it('reuses the client choice id when a failed choice is sent again', async () => {
    const send = vi
      .fn<(command: ChoiceCommand) => Promise<ChoiceResult>>()
      .mockRejectedValueOnce(offline())
      .mockImplementation(async (command) => answer(command, runAt('two', 1)))
    const { player } = setup(send)
    await player.choose('a')
    expect(player.error.value).toBeInstanceOf(NetworkError)
    await player.retry()
    expect(ids(send)).toEqual(['id-1', 'id-1'])
    expect(player.error.value).toBeNull()
    expect(player.result.value?.choiceId).toBe('a')
  })

  it('reuses the id when the learner clicks the same choice again after a failure', async () => {
    const send = vi
      .fn<(command: ChoiceCommand) => Promise<ChoiceResult>>()
      .mockRejectedValueOnce(offline())
      .mockImplementation(async (command) => answer(command, runAt('two', 1)))
    const { player } = setup(send)
    await player.choose('b')
    await player.choose('b')
    expect(ids(send)).toEqual(['id-1', 'id-1'])
  })

  it('makes a new id when another choice is made after a failure', async () => {
    const send = vi
      .fn<(command: ChoiceCommand) => Promise<ChoiceResult>>()
      .mockRejectedValueOnce(offline())
      .mockImplementation(async (command) => answer(command, runAt('two', 1)))
    const { player } = setup(send)
    await player.choose('a')
    await player.choose('b')
    expect(ids(send)).toEqual(['id-1', 'id-2'])
  })

  it('makes a new id for each decision, even when choice ids repeat across scenes', async () => {
    const send = vi.fn(async (command: ChoiceCommand) => answer(command, runAt('two', 1)))
    const { player } = setup(send)
    await player.choose('a')
    player.proceed()
    await player.choose('a')
    expect(ids(send)).toEqual(['id-1', 'id-2'])
  })

  it('does not reuse the id of a failed choice once the run has moved on', async () => {
    const send = vi
      .fn<(command: ChoiceCommand) => Promise<ChoiceResult>>()
      .mockRejectedValueOnce(offline())
      .mockImplementation(async (command) => answer(command, runAt('three', 2)))
    const { player, loaded } = setup(send)
    await player.choose('a')
    // Reloading shows that the server did record it: the run is at the next scene.
    loaded.value = runAt('two', 1)
    await nextTick()
    await player.choose('a')
    expect(ids(send)).toEqual(['id-1', 'id-2'])
  })

  it('shows the reason of a 409 and reloads the run', async () => {
    const send = vi.fn<(command: ChoiceCommand) => Promise<ChoiceResult>>().mockRejectedValue(
      conflict("choice 'b' is not available now: its condition 'trust >= 3' does not hold"),
    )
    const { player, reload } = setup(send)
    await player.choose('b')
    await nextTick()
    expect(player.conflict.value).toBe("choice 'b' is not available now: its condition 'trust >= 3' does not hold")
    expect(reload).toHaveBeenCalledOnce()
    expect(player.run.value?.scene?.nodeId).toBe('two')
    expect(player.error.value).toBeNull()
  })

  it('notes a 409 without a reason as a conflict too', async () => {
    const send = vi.fn<(command: ChoiceCommand) => Promise<ChoiceResult>>().mockRejectedValue(conflict())
    const { player } = setup(send)
    await player.choose('a')
    expect(player.conflict.value).toBe('')
  })

  it('makes a new id after a conflict', async () => {
    const send = vi
      .fn<(command: ChoiceCommand) => Promise<ChoiceResult>>()
      .mockRejectedValueOnce(conflict('no'))
      .mockImplementation(async (command) => answer(command, runAt('three', 2)))
    const { player } = setup(send)
    await player.choose('a')
    await nextTick()
    await player.choose('a')
    expect(ids(send)).toEqual(['id-1', 'id-2'])
  })

  it('sends nothing for a finished run', async () => {
    const send = vi.fn()
    const { player } = setup(send, runAt(null, 3))
    await player.choose('a')
    expect(send).not.toHaveBeenCalled()
  })

  it('shows the ending after continuing from the last choice', async () => {
    const send = vi.fn(async (command: ChoiceCommand) => answer(command, runAt(null, 1)))
    const { player } = setup(send)
    await player.choose('a')
    player.proceed()
    expect(player.run.value?.status).toBe('FINISHED')
    expect(player.run.value?.ending?.outcome).toBe('GOOD')
  })
})
