/**
 * Runs `task` every `intervalMs` while started, never two at once: a slow answer makes the next round wait instead
 * of piling requests up. `stop` is final for the round in flight too (its result is the caller's to ignore).
 */
export interface Poller {
  start(): void
  stop(): void
  readonly running: boolean
}

export function createPoller(task: () => Promise<void>, intervalMs: number): Poller {
  let timer: ReturnType<typeof setInterval> | undefined
  let busy = false

  async function tick(): Promise<void> {
    if (busy) return
    busy = true
    try {
      await task()
    } catch {
      // The task reports its own failures; polling goes on.
    } finally {
      busy = false
    }
  }

  return {
    start() {
      if (timer === undefined) timer = setInterval(() => void tick(), intervalMs)
    },
    stop() {
      if (timer !== undefined) clearInterval(timer)
      timer = undefined
    },
    get running() {
      return timer !== undefined
    },
  }
}
