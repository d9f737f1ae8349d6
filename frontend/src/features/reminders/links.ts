import { ApiError } from '@/api/http'
import type { LinkPurpose, ReminderPreference } from '@/api/reminders'

/**
 * The confirmation page of a reminder link, as states: mail scanners open links, so the page only asks;
 * the button's POST does the work.
 */
export type LinkPage =
  | { kind: 'confirm'; purpose: LinkPurpose }
  | { kind: 'done'; purpose: LinkPurpose; already: boolean; preference: ReminderPreference }
  | { kind: 'expired' }
  | { kind: 'invalid' }
  | { kind: 'open' }

/** 410: the link's time is up; 400: forged, altered or cut short. Anything else is an ordinary failure. */
export function refusedLink(error: unknown): LinkPage | null {
  if (error instanceof ApiError && error.status === 410) return { kind: 'expired' }
  if (error instanceof ApiError && error.status === 400) return { kind: 'invalid' }
  return null
}

export function beforeFollowing(view: {
  purpose: LinkPurpose
  done: boolean
  preference: ReminderPreference
}): LinkPage {
  if (view.purpose === 'OPEN') return { kind: 'open' }
  if (view.done) return { kind: 'done', purpose: view.purpose, already: true, preference: view.preference }
  return { kind: 'confirm', purpose: view.purpose }
}

export type PreferenceState = 'on' | 'off' | 'snoozed'

export function preferenceState(preference: ReminderPreference): PreferenceState {
  if (preference.optedOut) return 'off'
  if (preference.snoozedUntil) return 'snoozed'
  return 'on'
}
