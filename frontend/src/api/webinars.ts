import { http } from './http'

/*
 * The learner's side of the webinar API (issue 14, docs/api.md "Webinars"). Instants are ISO strings in UTC; titles
 * and descriptions arrive in the asked locale (Dutch when it has none).
 */
export type WebinarMode = 'ONLINE' | 'IN_PERSON'
export type WebinarStatus = 'SCHEDULED' | 'CANCELLED'
/** My place: REGISTERED has a place, WAITING is on the waiting list; null: not registered (or cancelled). */
export type MyWebinarStatus = 'REGISTERED' | 'WAITING'

export interface WebinarSummary {
  id: string
  title: string
  description: string
  /** The language spoken, e.g. "nl". */
  language: string
  targetGroups: string[]
  startsAt: string
  endsAt: string
  mode: WebinarMode
  location?: string | null
  capacity: number
  placesLeft: number
  waitingCount: number
  status: WebinarStatus
  over: boolean
  organiserOrganisation: string
  myStatus: MyWebinarStatus | null
  /** 1 for the first in line; only while WAITING. */
  myWaitingPosition?: number | null
}

export interface WebinarMaterial {
  title: string
  url: string
}

export interface WebinarActivity {
  kind: string
  id: string
  title: string
}

/** The webinar's live session while it is open; only for people with a place. */
export interface WebinarLiveSession {
  id: string
  code: string
}

export interface WebinarDetail extends WebinarSummary {
  /** Only once I have a place. */
  meetingUrl?: string | null
  materials: WebinarMaterial[]
  /** Only for place holders, and only once the webinar is over. */
  recordingUrl?: string | null
  activities: WebinarActivity[]
  liveSession?: WebinarLiveSession | null
  attended?: boolean | null
  checkinOpen?: boolean
}

export interface RegistrationAnswer {
  status: MyWebinarStatus
  waitingPosition?: number | null
}

export interface CalendarFeed {
  url: string
}

const path = (id: string) => `/api/webinars/${encodeURIComponent(id)}`

export const listWebinars = (locale: string, past = false) =>
  http<WebinarSummary[]>('/api/webinars', { query: { locale, past: past || undefined } })

export const fetchWebinar = (id: string, locale: string) => http<WebinarDetail>(path(id), { query: { locale } })

export const register = (id: string) => http<RegistrationAnswer>(`${path(id)}/registration`, { method: 'POST' })

export const cancelRegistration = (id: string) => http<void>(`${path(id)}/registration`, { method: 'DELETE' })

export const checkIn = (id: string, code: string) =>
  http<{ attended: boolean }>(`${path(id)}/check-in`, { method: 'POST', body: { code } })

/** The ICS invitation to download (text/calendar; only for people with a place). */
export const invitationUrl = (id: string) => `${path(id)}/invitation.ics`

export const fetchCalendarFeed = () => http<CalendarFeed>('/api/calendar/feed')

export const renewCalendarFeed = () => http<CalendarFeed>('/api/calendar/feed/renew', { method: 'POST' })
