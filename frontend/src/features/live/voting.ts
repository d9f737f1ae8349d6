import { computed, ref, shallowRef } from 'vue'
import { ApiError, NetworkError } from '@/api/http'
import type { VoteAnswer, VoteCommand } from '@/api/live'

/**
 * A participant's vote on the current step, sent until the server has it.
 *
 * Each choice gets its `voteId` when it is made; while it has not arrived (offline, server busy) it is
 * sent again with the same id, so the server counts it once however often it arrives. Choosing another
 * option makes a new id (the server replaces the vote); choosing the first one again makes a new id too,
 * because its old id would answer "no change". Votes go one at a time, in the order they were made, so
 * an older one can never overtake a newer one.
 *
 * `status`: 'sending' (first try), 'saved' (the server has the choice on screen), 'retrying' (not sent
 * yet, trying again), 'refused' (the server said no: voting closed, or the option is unknown; `refusal`
 * holds its reason).
 */
export type VoteStatus = 'idle' | 'sending' | 'saved' | 'retrying' | 'refused'

export interface VotingOptions {
  newId?: () => string
  sleep?: (ms: number) => Promise<void>
}

const RETRY_DELAYS = [1000, 2000, 4000, 8000]

/** Failures worth sending again: no answer at all, or the server was briefly unavailable. */
export function isTransient(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ApiError && (error.status >= 500 || error.status === 429))
}

export function useVoting(send: (command: VoteCommand) => Promise<VoteAnswer>, options: VotingOptions = {}) {
  const newId = options.newId ?? (() => crypto.randomUUID())
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))

  /** The newest choice, with the id it is sent under. */
  const wanted = shallowRef<VoteCommand | null>(null)
  /** What the server last confirmed. */
  const saved = shallowRef<VoteAnswer | null>(null)
  const status = ref<VoteStatus>('idle')
  const refusal = shallowRef<unknown>(null)
  let running = false
  let wake: (() => void) | null = null

  /** The option this participant chose on `step`, as far as this screen knows. */
  const choiceFor = (step: number): string | null =>
    wanted.value?.step === step ? wanted.value.optionId : saved.value?.step === step ? saved.value.optionId : null

  function choose(step: number, optionId: string): void {
    const current = wanted.value
    if (current?.step === step && current.optionId === optionId) {
      // The same choice again: a retry now (same id), or nothing when it is already saved.
      if (status.value === 'retrying') wake?.()
      if (status.value === 'refused') {
        status.value = 'sending'
        void pump()
      }
      return
    }
    wanted.value = { voteId: newId(), step, optionId }
    refusal.value = null
    status.value = 'sending'
    wake?.()
    void pump()
  }

  /** Sends the choice that is waiting at once (the network is back, the stream reconnected). */
  function retryNow(): void {
    wake?.()
  }

  /** A new step or a reload: forget the choice being sent unless it belongs to `step`. */
  function forgetOtherSteps(step: number | null): void {
    if (wanted.value && wanted.value.step !== step) {
      wanted.value = null
      status.value = 'idle'
      refusal.value = null
      wake?.()
    }
  }

  async function pump(): Promise<void> {
    if (running) return
    running = true
    let failures = 0
    try {
      for (;;) {
        const command = wanted.value
        if (!command) return
        if (saved.value?.step === command.step && saved.value.optionId === command.optionId && status.value === 'saved') return
        try {
          const answer = await send(command)
          failures = 0
          if (wanted.value === command) {
            saved.value = answer
            status.value = 'saved'
            return
          }
          // A newer choice came in meanwhile: send that one next.
        } catch (error) {
          if (wanted.value !== command) continue
          if (!isTransient(error)) {
            refusal.value = error
            status.value = 'refused'
            return
          }
          status.value = 'retrying'
          const delay = RETRY_DELAYS[Math.min(failures, RETRY_DELAYS.length - 1)] ?? 8000
          failures++
          await new Promise<void>((resolve) => {
            wake = resolve
            void sleep(delay).then(resolve)
          })
          wake = null
        }
      }
    } finally {
      running = false
    }
  }

  const pendingStep = computed(() => wanted.value?.step ?? null)

  return { wanted, saved, status, refusal, pendingStep, choiceFor, choose, retryNow, forgetOtherSteps }
}
