import { describe, expect, it } from 'vitest'
import type { OrganisedWebinar, Registration } from '@/api/webinarsOrganise'
import { countsOf, groupedCode, orderRegistrations, parseActivity, replaceRegistration, splitByTime, textIn } from './organised'

const NOW = Date.parse('2026-12-07T12:00:00Z')
const row = (id: string, startsAt: string, endsAt: string, extra: Partial<OrganisedWebinar> = {}): OrganisedWebinar => ({
  id,
  title: { nl: id },
  startsAt,
  endsAt,
  mode: 'ONLINE',
  capacity: 10,
  status: 'SCHEDULED',
  ...extra,
})
const registration = (id: string, status: Registration['status'], requestedAt: string): Registration => ({
  id,
  userId: `u-${id}`,
  name: id,
  email: `${id}@example.org`,
  organisation: 'Demo',
  status,
  requestedAt,
})

describe('organised webinars', () => {
  it('splits upcoming (soonest first) from past (latest first); a running webinar is still upcoming', () => {
    const rows = [
      row('later', '2026-12-20T10:00:00Z', '2026-12-20T11:00:00Z'),
      row('running', '2026-12-07T11:30:00Z', '2026-12-07T12:30:00Z'),
      row('old', '2026-11-01T10:00:00Z', '2026-11-01T11:00:00Z'),
      row('recent', '2026-12-01T10:00:00Z', '2026-12-01T11:00:00Z'),
    ]
    const { upcoming, past } = splitByTime(rows, NOW)

    expect(upcoming.map((entry) => entry.id)).toEqual(['running', 'later'])
    expect(past.map((entry) => entry.id)).toEqual(['recent', 'old'])
    expect(splitByTime([row('flagged', '2026-12-20T10:00:00Z', '2026-12-20T11:00:00Z', { over: true })], NOW).past).toHaveLength(1)
  })

  it('reads counts flat or nested', () => {
    expect(countsOf({ registered: 3, waiting: 1 })).toEqual({ registered: 3, waiting: 1, attended: 0 })
    expect(countsOf({ counts: { registered: 5, waiting: 0, attended: 4 } })).toEqual({ registered: 5, waiting: 0, attended: 4 })
  })

  it('shows the reader’s language, then Dutch', () => {
    expect(textIn({ nl: 'Hallo', en: 'Hello' }, 'en')).toBe('Hello')
    expect(textIn({ nl: 'Hallo', en: '' }, 'ar')).toBe('Hallo')
    expect(textIn('plain', 'en')).toBe('plain')
  })

  it('lists places first, then the queue in order, then cancellations; a correction keeps the order', () => {
    const rows = [
      registration('c', 'CANCELLED', '2026-12-01T09:00:00Z'),
      registration('w2', 'WAITING', '2026-12-02T09:00:00Z'),
      registration('w1', 'WAITING', '2026-12-01T10:00:00Z'),
      registration('r', 'REGISTERED', '2026-12-03T09:00:00Z'),
    ]
    const ordered = orderRegistrations(rows)

    expect(ordered.map((entry) => entry.id)).toEqual(['r', 'w1', 'w2', 'c'])
    const corrected = replaceRegistration(ordered, { ...registration('r', 'REGISTERED', '2026-12-03T09:00:00Z'), attended: true })
    expect(corrected.map((entry) => [entry.id, entry.attended ?? null])).toEqual([['r', true], ['w1', null], ['w2', null], ['c', null]])
  })

  it('reads linked activities and groups codes', () => {
    expect(parseActivity('case:tikkies')).toEqual({ kind: 'case', id: 'tikkies' })
    expect(parseActivity('check:de-meldcode')).toEqual({ kind: 'check', id: 'de-meldcode' })
    expect(parseActivity('nonsense')).toBeNull()
    expect(groupedCode('482913')).toBe('482 913')
  })
})
