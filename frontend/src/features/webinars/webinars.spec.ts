import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import type { WebinarSummary } from '@/api/webinars'
import {
  followUp,
  isStaleRefusal,
  nextWebinar,
  normaliseCheckinCode,
  phaseOf,
  placeAction,
  placesText,
  timeRange,
} from './webinars'

const webinar = (overrides: Partial<WebinarSummary> = {}): WebinarSummary => ({
  id: 'w1',
  title: 'Signalen herkennen',
  description: '',
  language: 'nl',
  targetGroups: [],
  startsAt: '2026-12-08T13:00:00Z',
  endsAt: '2026-12-08T14:30:00Z',
  mode: 'ONLINE',
  capacity: 10,
  placesLeft: 3,
  waitingCount: 0,
  status: 'SCHEDULED',
  over: false,
  organiserOrganisation: 'Demo',
  myStatus: null,
  ...overrides,
})

describe('phaseOf', () => {
  it('is upcoming before the start, live from the start, over once the server says so', () => {
    expect(phaseOf(webinar(), new Date('2026-12-08T12:59:59Z'))).toBe('upcoming')
    expect(phaseOf(webinar(), new Date('2026-12-08T13:00:00Z'))).toBe('live')
    expect(phaseOf(webinar({ over: true }), new Date('2026-12-08T13:30:00Z'))).toBe('over')
  })

  it('calls a cancelled webinar cancelled, never over', () => {
    expect(phaseOf(webinar({ status: 'CANCELLED', over: true }))).toBe('cancelled')
  })
})

describe('placesText and placeAction', () => {
  it('counts the places left, or names the waiting list when full', () => {
    expect(placesText(webinar({ placesLeft: 2 }))).toEqual({ key: 'webinars.places.left', params: { n: 2 } })
    expect(placesText(webinar({ placesLeft: 0, waitingCount: 4 }))).toEqual({
      key: 'webinars.places.waitingList',
      params: { n: 4 },
    })
  })

  it('offers register while places last, the waiting list when full, cancel when I am in', () => {
    expect(placeAction(webinar())).toBe('register')
    expect(placeAction(webinar({ placesLeft: 0 }))).toBe('wait')
    expect(placeAction(webinar({ myStatus: 'REGISTERED', placesLeft: 0 }))).toBe('cancel')
    expect(placeAction(webinar({ myStatus: 'WAITING', placesLeft: 0 }))).toBe('cancel')
  })

  it('offers nothing for a webinar that is over or cancelled', () => {
    expect(placeAction(webinar({ over: true }))).toBe('none')
    expect(placeAction(webinar({ status: 'CANCELLED', myStatus: 'REGISTERED' }))).toBe('none')
  })
})

describe('nextWebinar', () => {
  it('prefers the first one I am in over an earlier one open to me', () => {
    const list = [webinar({ id: 'a' }), webinar({ id: 'b', myStatus: 'WAITING' }), webinar({ id: 'c', myStatus: 'REGISTERED' })]
    expect(nextWebinar(list)?.id).toBe('b')
  })

  it('skips cancelled and past ones and is null when none is left', () => {
    expect(nextWebinar([webinar({ id: 'x', status: 'CANCELLED', myStatus: 'REGISTERED' }), webinar({ id: 'y' })])?.id).toBe('y')
    expect(nextWebinar([webinar({ over: true })])).toBeNull()
    expect(nextWebinar([])).toBeNull()
  })
})

describe('timeRange', () => {
  it('shows the start and end in the given time zone, the end as a time on the same day', () => {
    const text = timeRange('2026-12-08T13:00:00Z', '2026-12-08T14:30:00Z', 'nl', 'Europe/Amsterdam')
    expect(text).toContain('14:00')
    expect(text).toContain('15:30')
    expect(text).toContain('2026')
    expect(text.match(/dec/g)).toHaveLength(1)
  })

  it('follows the viewer zone across midnight: the end then names its own day', () => {
    const text = timeRange('2026-12-08T22:30:00Z', '2026-12-08T23:30:00Z', 'en', 'Europe/Amsterdam')
    expect(text).toMatch(/8 Dec 2026, 23:30 – .*9 Dec.*00:30/)
    expect(timeRange('2026-12-08T22:30:00Z', '2026-12-08T23:30:00Z', 'en', 'Asia/Tokyo')).toMatch(
      /9 Dec 2026, 07:30 – 08:30/,
    )
  })
})

describe('small helpers', () => {
  it('reads a typed check-in code without spaces or dashes, in capitals', () => {
    expect(normaliseCheckinCode(' ab3 k7-q ')).toBe('AB3K7Q')
  })

  it('treats a refusal because the webinar changed (409, gone) as stale; other failures not', () => {
    expect(isStaleRefusal(new ApiError({ status: 409 }))).toBe(true)
    expect(isStaleRefusal(new ApiError({ status: 404 }))).toBe(true)
    expect(isStaleRefusal(new ApiError({ status: 500 }))).toBe(false)
    expect(isStaleRefusal(new Error('offline'))).toBe(false)
  })

  it('shows the recording to place holders once over, and the certificate only when attended', () => {
    const over = { over: true, materials: [], recordingUrl: 'https://rec' }
    expect(followUp({ ...over, myStatus: 'REGISTERED', attended: true })).toEqual({
      attended: true,
      recording: 'https://rec',
      certificate: true,
    })
    expect(followUp({ ...over, myStatus: 'REGISTERED', attended: false }).certificate).toBe(false)
    expect(followUp({ ...over, myStatus: null, attended: null }).recording).toBeNull()
    expect(followUp({ ...over, over: false, myStatus: 'REGISTERED', attended: true }).attended).toBe(false)
  })
})
