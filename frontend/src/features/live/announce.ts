import type { ParticipantView } from '@/api/live'

/**
 * What changed between two views, for screen readers (an aria-live region reads it once): a new
 * step, voting closed, results revealed, the group's choice, the debrief, the end. Null when nothing
 * worth saying changed (a vote count going up is not read out on a phone).
 */
export type Change = 'started' | 'newStep' | 'closed' | 'reopened' | 'revealed' | 'decided' | 'debrief' | 'ended'

export function changeBetween(before: Pick<ParticipantView, 'status' | 'step'> | null, after: Pick<ParticipantView, 'status' | 'step'>): Change | null {
  if (!before) return null
  if (after.status !== before.status) {
    if (after.status === 'ENDED') return 'ended'
    if (after.status === 'DEBRIEF') return 'debrief'
    if (after.status === 'RUNNING' && before.status === 'LOBBY') return 'started'
  }
  const was = before.step
  const now = after.step
  if (!now) return null
  if (!was || was.index !== now.index) return 'newStep'
  if (was.phase === now.phase) return null
  switch (now.phase) {
    case 'CLOSED':
      return 'closed'
    case 'VOTING':
      return 'reopened'
    case 'REVEALED':
      return 'revealed'
    case 'DECIDED':
      return 'decided'
  }
}
