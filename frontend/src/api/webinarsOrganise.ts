import type { Kind } from './live'
import type { Sector } from './identity'
import { http } from './http'

/**
 * The organiser's side of webinars (issue #14, webinar contract "REST API"): trainers and attention officers schedule,
 * edit and cancel their organisation's webinars and follow who registered and attended. Times are ISO-8601 instants;
 * texts come per locale ({"nl": "...", "en": "..."}, Dutch required).
 */

export const MODES = ['ONLINE', 'IN_PERSON'] as const
export type Mode = (typeof MODES)[number]

export type WebinarStatus = 'SCHEDULED' | 'CANCELLED'
export type RegistrationStatus = 'REGISTERED' | 'WAITING' | 'CANCELLED'
export type AttendanceSource = 'LIVE' | 'CODE' | 'ORGANISER'

/** Texts per locale; a locale without text is absent. */
export type Texts = Partial<Record<string, string>>

export interface Material {
  title: string
  url: string
}

/** What the form sends (POST /api/webinars; PUT adds `version`). */
export interface WebinarCommand {
  title: Texts
  description: Texts
  language: string
  targetGroups: Sector[]
  startsAt: string
  endsAt: string
  mode: Mode
  meetingUrl?: string | null
  location?: string | null
  capacity: number
  /** Organisation ids; the organiser's own is always part of it. */
  audience: string[]
  /** "case:<id>" or "check:<id>", as GET /api/live/activities names them. */
  activities: string[]
  materials: Material[]
  recordingUrl?: string | null
  studyMinutes: number
}

export interface UpdateWebinarCommand extends WebinarCommand {
  version: number
}

export interface Counts {
  registered: number
  waiting: number
  attended: number
}

/** A row of GET /api/webinars/organised. Counts may come flat or nested; see `countsOf`. */
export interface OrganisedWebinar extends Partial<Counts> {
  id: string
  title: Texts | string
  startsAt: string
  endsAt: string
  mode: Mode
  location?: string | null
  capacity: number
  status: WebinarStatus
  over?: boolean
  counts?: Partial<Counts>
}

/** GET /api/webinars/{id}/organiser: every field of the command plus its state; the audience as organisations. */
export interface OrganiserWebinar extends Omit<WebinarCommand, 'audience'>, Partial<Counts> {
  id: string
  organisationId?: string
  organiserOrganisation?: string
  audience: (AudienceOption | string)[]
  status: WebinarStatus
  over?: boolean
  version: number
  sequence?: number
  counts?: Partial<Counts>
}

export interface Registration {
  id: string
  userId: string
  name: string
  email?: string | null
  organisation: string
  status: RegistrationStatus
  requestedAt: string
  registeredAt?: string | null
  cancelledAt?: string | null
  attended?: boolean | null
  attendanceSource?: AttendanceSource | null
}

export interface AudienceOption {
  id: string
  name: string
  sector: Sector
}

export interface LiveStart {
  sessionId: string
  code: string
}

/** One live session run in the webinar (GET summary, `live`). */
export interface LiveResult {
  sessionId: string
  kind: Kind
  activityId: string
  title: string
  status: string
  createdAt: string
  endedAt?: string | null
  participants: number
  decided: number
  followedRecommended: number
}

export interface SummaryCounts {
  registered: number
  attended: number
  noShow: number
  /** Places whose attendance is not known (neither seen nor corrected). */
  unknown: number
  waiting: number
  cancelled: number
}

export interface WebinarSummary {
  webinarId: string
  over: boolean
  counts: SummaryCounts
  live: LiveResult[]
}

/** The answer to an attendance correction. */
export interface AttendanceAnswer {
  registrationId: string
  attended: boolean | null
  attendanceSource: AttendanceSource | null
  at?: string | null
}

const webinarPath = (id: string) => `/api/webinars/${encodeURIComponent(id)}`

export const listOrganised = () => http<OrganisedWebinar[]>('/api/webinars/organised')

export const fetchAudienceOptions = () => http<AudienceOption[]>('/api/webinars/audience-options')

export const createWebinar = (command: WebinarCommand) =>
  http<OrganiserWebinar>('/api/webinars', { method: 'POST', body: command })

export const fetchOrganiserWebinar = (id: string) => http<OrganiserWebinar>(`${webinarPath(id)}/organiser`)

/** 409 with type ending in `webinar-edited` when someone else saved since `version`. */
export const updateWebinar = (id: string, command: UpdateWebinarCommand) =>
  http<OrganiserWebinar>(webinarPath(id), { method: 'PUT', body: command })

/** Idempotent; every registrant gets a cancellation mail. */
export const cancelWebinar = (id: string) => http<OrganiserWebinar | undefined>(`${webinarPath(id)}/cancel`, { method: 'POST' })

export const listRegistrations = (id: string) => http<Registration[]>(`${webinarPath(id)}/registrations`)

export const setAttendance = (id: string, registrationId: string, attended: boolean) =>
  http<AttendanceAnswer>(`${webinarPath(id)}/registrations/${encodeURIComponent(registrationId)}/attendance`, {
    method: 'PUT',
    body: { attended },
  })

export const startLivePart = (id: string, kind: Kind, activityId: string) =>
  http<LiveStart>(`${webinarPath(id)}/live-sessions`, { method: 'POST', body: { kind, activityId } })

export const showCheckinCode = (id: string) => http<{ code: string }>(`${webinarPath(id)}/checkin-code`, { method: 'POST' })

export const fetchWebinarSummary = (id: string) => http<WebinarSummary>(`${webinarPath(id)}/summary`)

/** For a plain download link (text/calendar attachment). */
export const invitationIcsUrl = (id: string) => `${webinarPath(id)}/invitation.ics`
