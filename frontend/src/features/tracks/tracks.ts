import type { ReviewDecision, StandingReason, TrackProgress, TrackStanding, TrackStep } from '@/api/tracks'

/** Words as the server counts them: runs of non-space characters. */
export function wordCount(text: string): number {
  const trimmed = text.trim()
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length
}

/** May the reflection be sent: long enough, and no earlier one waiting or approved. */
export function canSubmitReflection(track: TrackProgress, text: string): boolean {
  const status = track.reflection.status
  return (status === 'NONE' || status === 'ASK_MORE') && wordCount(text) >= track.reflection.minWords
}

/** Asking for more needs a comment that says what more; approving does not. */
export function canReview(decision: ReviewDecision, comment: string): boolean {
  return decision === 'APPROVE' || comment.trim() !== ''
}

/** Requirements done out of all, for a progress bar: every module, the cases, the sessions, the reflection. */
export function doneCount(track: TrackProgress): { done: number; total: number } {
  const modules = [...track.modules, ...track.facilitation]
  const done =
    modules.filter((module) => module.done).length +
    (track.cases.done ? 1 : 0) +
    (track.liveSessions.done ? 1 : 0) +
    (track.reflection.done ? 1 : 0)
  return { done, total: modules.length + 3 }
}

/** Where the next-step button leads. */
export function nextStepLink(track: TrackProgress): string | null {
  const step: TrackStep = track.nextStep
  switch (step) {
    case 'MODULES':
    case 'FACILITATION':
      return track.nextModuleId === null ? null : `/learn/${encodeURIComponent(track.nextModuleId)}`
    case 'CASES':
      return '/practice'
    case 'LIVE_SESSION':
      return '/live'
    case 'REFLECTION':
      return `/tracks/${encodeURIComponent(track.id)}#reflection`
    case 'DONE':
      return '/certificates'
  }
}

/** What to do about a standing that is not CURRENT: one action per reason, in the server's order. */
export function standingActions(standing: TrackStanding | null): { reason: StandingReason; to: string }[] {
  if (standing === null || standing.status === 'CURRENT') {
    return []
  }
  return standing.reasons.map((reason) => ({ reason, to: reason === 'REFRESHERS_OVERDUE' ? '/refresh' : '/live' }))
}
