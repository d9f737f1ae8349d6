import { http } from './http'

/** What a signed link in a reminder e-mail does (docs/refreshers.md, "Links in reminder e-mail"). */
export type LinkPurpose = 'OPEN' | 'SNOOZE' | 'UNSUBSCRIBE'
export type ReminderChoice = 'ON' | 'OFF' | 'SNOOZE'

export interface ReminderPreference {
  remindersOn: boolean
  optedOut: boolean
  optedOutAt: string | null
  /** ISO instant; only while the snooze lies ahead. */
  snoozedUntil: string | null
}

export interface ReminderLinkView {
  purpose: LinkPurpose
  expiresAt: string
  /** The link's action holds already (snoozed, or unsubscribed). */
  done: boolean
  /** null when nobody is signed in. */
  forSignedInUser: boolean | null
  preference: ReminderPreference
}

export interface ReminderLinkResult {
  purpose: LinkPurpose
  alreadyDone: boolean
  preference: ReminderPreference
}

const linkPath = (token: string) => `/api/reminder-links/${encodeURIComponent(token)}`

export const fetchReminderLink = (token: string) => http<ReminderLinkView>(linkPath(token))

export const followReminderLink = (token: string) =>
  http<ReminderLinkResult>(linkPath(token), { method: 'POST', body: {} })

export const fetchReminderPreference = () => http<ReminderPreference>('/api/me/reminder-preference')

export const chooseReminderPreference = (choice: ReminderChoice) =>
  http<ReminderPreference>('/api/me/reminder-preference', { method: 'PUT', body: { choice } })
