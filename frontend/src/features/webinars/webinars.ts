import { ApiError } from '@/api/http'
import type { WebinarDetail, WebinarSummary } from '@/api/webinars'
import { formattingLocale } from '@/i18n/dates'

/**
 * Where a webinar stands for its viewer. "live" is from its start to its end: then the page offers the live part
 * and the check-in. A cancelled webinar never becomes "over": it did not happen.
 */
export type Phase = 'cancelled' | 'upcoming' | 'live' | 'over'

export function phaseOf(webinar: Pick<WebinarSummary, 'status' | 'over' | 'startsAt'>, now: Date = new Date()): Phase {
  if (webinar.status === 'CANCELLED') return 'cancelled'
  if (webinar.over) return 'over'
  return now.getTime() >= Date.parse(webinar.startsAt) ? 'live' : 'upcoming'
}

/** Places left, or (full) the waiting list: a translation key and its parameters for the list and the page. */
export function placesText(webinar: Pick<WebinarSummary, 'placesLeft' | 'waitingCount'>): {
  key: string
  params: Record<string, number>
} {
  if (webinar.placesLeft > 0) return { key: 'webinars.places.left', params: { n: webinar.placesLeft } }
  return { key: 'webinars.places.waitingList', params: { n: webinar.waitingCount } }
}

/** What I can do about my place: register (a place is free), join the waiting list (full), or cancel. */
export type PlaceAction = 'register' | 'wait' | 'cancel' | 'none'

export function placeAction(webinar: Pick<WebinarSummary, 'status' | 'over' | 'myStatus' | 'placesLeft'>): PlaceAction {
  if (webinar.status === 'CANCELLED' || webinar.over) return 'none'
  if (webinar.myStatus) return 'cancel'
  return webinar.placesLeft > 0 ? 'register' : 'wait'
}

/**
 * The home page's "next webinar": the first upcoming or running one I have a place for or wait for, else the first
 * open to me at all. The server lists upcoming ones first, soonest first.
 */
export function nextWebinar(list: readonly WebinarSummary[]): WebinarSummary | null {
  const open = list.filter((webinar) => webinar.status !== 'CANCELLED' && !webinar.over)
  return open.find((webinar) => webinar.myStatus !== null) ?? open[0] ?? null
}

/**
 * "Tue 8 Dec 2026, 14:00 – 15:30 CET" in the viewer's language and time zone; the end shows only its time when it is
 * on the same day there.
 */
export function timeRange(startsAt: string, endsAt: string, locale: string, timeZone?: string): string {
  const tag = formattingLocale(locale)
  const start = new Date(startsAt)
  const end = new Date(endsAt)
  const day = (date: Date) =>
    new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(date)
  const full = new Intl.DateTimeFormat(tag, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  })
  const endFormat =
    day(start) === day(end)
      ? new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone })
      : new Intl.DateTimeFormat(tag, {
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          hour: '2-digit',
          minute: '2-digit',
          timeZoneName: 'short',
          timeZone,
        })
  return `${full.format(start)} – ${endFormat.format(end)}`
}

/** The spoken language's own name ("Nederlands"), in the viewer's language when the browser knows it. */
export function spokenLanguage(language: string, locale: string): string {
  try {
    return new Intl.DisplayNames([formattingLocale(locale)], { type: 'language' }).of(language) ?? language
  } catch {
    return language
  }
}

/** The server refused to change my place because the webinar changed meanwhile (cancelled or over): reload. */
export function isStaleRefusal(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 409 || error.status === 404)
}

/** A check-in code as typed: six letters and digits, case and spaces do not matter ("ab3 k7q" → "AB3K7Q"). */
export function normaliseCheckinCode(value: string): string {
  return value.replace(/[\s-]+/g, '').toUpperCase().slice(0, 12)
}

/** Shows what the viewer has after a webinar: attended, recording, materials, certificate. */
export function followUp(webinar: Pick<WebinarDetail, 'over' | 'myStatus' | 'attended' | 'recordingUrl' | 'materials'>): {
  attended: boolean
  recording: string | null
  certificate: boolean
} {
  const attended = webinar.over && webinar.attended === true
  return {
    attended,
    recording: webinar.over && webinar.myStatus === 'REGISTERED' ? (webinar.recordingUrl ?? null) : null,
    certificate: attended,
  }
}
