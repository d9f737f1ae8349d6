import { describe, expect, it } from 'vitest'
import { formatDate, formatMoment, formattingLocale } from './dates'

describe('dates', () => {
  it('writes English dates the British way, day before month', () => {
    expect(formattingLocale('en')).toBe('en-GB')
    expect(formatDate('2026-11-01T12:00:00Z', 'en')).toBe('1 November 2026')
    expect(formatMoment('2026-11-28T14:05:00Z', 'en')).toMatch(/^28 Nov 2026/)
  })

  it('keeps every other language its own format', () => {
    expect(formattingLocale('nl')).toBe('nl')
    expect(formatDate('2026-11-01T12:00:00Z', 'nl')).toBe('1 november 2026')
    expect(formatDate('2026-11-01T12:00:00Z', 'pl')).toBe('1 listopada 2026')
  })

  it('takes a Date as well as an ISO string', () => {
    expect(formatDate(new Date('2026-11-01T12:00:00Z'), 'en')).toBe(formatDate('2026-11-01T12:00:00Z', 'en'))
  })
})
