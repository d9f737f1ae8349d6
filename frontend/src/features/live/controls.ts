import type { FacilitatorView } from '@/api/live'
import { majorityOf } from './tally'

/**
 * Which step controls the facilitator sees, following the session's status and the step's phase
 * (live contract, "Facilitator routes"). Only actions the server can take now are offered, so a
 * button never leads to a 409 unless another device acted first.
 */
export type Control =
  | 'start'
  | 'close'
  | 'open'
  | 'timer'
  | 'reveal'
  | 'decideMajority'
  | 'decidePick'
  | 'decideAnswer'
  | 'next'
  | 'end'

export function controlsFor(view: Pick<FacilitatorView, 'status' | 'kind' | 'step'>): Control[] {
  switch (view.status) {
    case 'LOBBY':
      return ['start', 'end']
    case 'DEBRIEF':
      return ['end']
    case 'ENDED':
      return []
    case 'RUNNING':
      break
  }
  const step = view.step
  if (!step) return ['end']
  switch (step.phase) {
    case 'VOTING':
      return ['timer', 'close', 'reveal', 'end']
    case 'CLOSED':
      return ['open', 'reveal', 'end']
    case 'REVEALED':
      if (view.kind !== 'case') return ['decideAnswer', 'end']
      // A tie or no votes leaves no majority: the facilitator must pick the path.
      return majorityOf(step.options, step.tally).kind === 'winner'
        ? ['decideMajority', 'decidePick', 'end']
        : ['decidePick', 'end']
    case 'DECIDED':
      return ['next', 'end']
  }
}

/** The timer lengths offered while voting, in seconds. */
export const TIMER_CHOICES = [30, 60, 90] as const
