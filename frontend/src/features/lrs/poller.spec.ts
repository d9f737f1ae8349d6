import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPoller } from './poller'

describe('createPoller', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('runs the task every interval once started, and no more once stopped', async () => {
    const task = vi.fn(() => Promise.resolve())
    const poller = createPoller(task, 5000)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(task).not.toHaveBeenCalled()

    poller.start()
    poller.start()
    expect(poller.running).toBe(true)
    await vi.advanceTimersByTimeAsync(15_000)
    expect(task).toHaveBeenCalledTimes(3)

    poller.stop()
    expect(poller.running).toBe(false)
    await vi.advanceTimersByTimeAsync(20_000)
    expect(task).toHaveBeenCalledTimes(3)
  })

  it('skips a round while the previous one has no answer yet', async () => {
    let answer: () => void = () => {}
    const task = vi.fn(() => new Promise<void>((resolve) => (answer = resolve)))
    const poller = createPoller(task, 1000)
    poller.start()
    await vi.advanceTimersByTimeAsync(3500)
    expect(task).toHaveBeenCalledTimes(1)
    answer()
    await vi.advanceTimersByTimeAsync(1000)
    expect(task).toHaveBeenCalledTimes(2)
    poller.stop()
  })

  it('goes on after a failed round', async () => {
    const task = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(undefined)
    const poller = createPoller(task, 1000)
    poller.start()
    await vi.advanceTimersByTimeAsync(2000)
    expect(task).toHaveBeenCalledTimes(2)
    poller.stop()
  })
})
