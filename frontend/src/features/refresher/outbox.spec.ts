import { describe, expect, it } from 'vitest'
import type { ReminderDelivery } from '@/api/outbox'
import { canRetry, formatMoment, isDeliveryEmpty, outboxStatusKey, parseIsoWeek } from './outbox'

const delivery = (overrides: Partial<ReminderDelivery>): ReminderDelivery => ({
  weeks: [],
  undelivered: [],
  undeliveredTotal: 0,
  ...overrides,
})

describe('reminder delivery', () => {
  it('reads an ISO week as year and week number', () => {
    expect(parseIsoWeek('2026-W48')).toEqual({ year: 2026, week: 48 })
    expect(parseIsoWeek('2027-W01')).toEqual({ year: 2027, week: 1 })
  })

  it('does not read anything else as a week', () => {
    expect(parseIsoWeek('2026-48')).toBeNull()
    expect(parseIsoWeek('W48')).toBeNull()
  })

  it('is empty only without recent weeks and without anything undelivered', () => {
    expect(isDeliveryEmpty(delivery({}))).toBe(true)
    expect(isDeliveryEmpty(delivery({ weeks: [{ week: '2026-W48', pending: 0, sent: 3, failed: 0, withdrawn: 0 }] }))).toBe(false)
    // A reminder stuck since long ago still has to show, even with no recent week.
    expect(isDeliveryEmpty(delivery({ undeliveredTotal: 1 }))).toBe(false)
  })

  it('offers a retry for failed reminders only', () => {
    expect(canRetry('FAILED')).toBe(true)
    expect(canRetry('PENDING')).toBe(false)
    expect(canRetry('SENT')).toBe(false)
  })

  it('names each status through a translation key', () => {
    expect(outboxStatusKey('PENDING')).toBe('outbox.status.PENDING')
  })

  it('shows a moment with date and time in the UI language', () => {
    const text = formatMoment('2026-11-28T14:05:00Z', 'en')
    expect(text).toContain('2026')
    expect(text).toMatch(/\d{1,2}:05/)
  })
})
