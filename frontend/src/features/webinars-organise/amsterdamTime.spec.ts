import { describe, expect, it } from 'vitest'
import { amsterdamOffsetMinutes, fromAmsterdamWall, toAmsterdamWall } from './amsterdamTime'

describe('Amsterdam wall time', () => {
  it('converts winter time (UTC+1) and summer time (UTC+2) to instants', () => {
    expect(fromAmsterdamWall('2026-12-07', '14:30')).toEqual({ instant: '2026-12-07T13:30:00Z' })
    expect(fromAmsterdamWall('2026-07-01', '09:00')).toEqual({ instant: '2026-07-01T07:00:00Z' })
  })

  it('switches offset on the last Sundays of March and October', () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST.
    expect(fromAmsterdamWall('2026-03-29', '01:30')).toEqual({ instant: '2026-03-29T00:30:00Z' })
    expect(fromAmsterdamWall('2026-03-29', '03:30')).toEqual({ instant: '2026-03-29T01:30:00Z' })
    // 25 October 2026: 03:00 CEST becomes 02:00 CET.
    expect(fromAmsterdamWall('2026-10-25', '01:30')).toEqual({ instant: '2026-10-24T23:30:00Z' })
    expect(fromAmsterdamWall('2026-10-25', '03:30')).toEqual({ instant: '2026-10-25T02:30:00Z' })
  })

  it('refuses the hour that is skipped in spring and takes the repeated autumn hour in summer time', () => {
    expect(fromAmsterdamWall('2026-03-29', '02:30')).toEqual({ problem: 'nonexistent' })
    expect(fromAmsterdamWall('2026-10-25', '02:30')).toEqual({ instant: '2026-10-25T00:30:00Z' })
  })

  it('refuses dates and times that are not there', () => {
    expect(fromAmsterdamWall('2026-02-30', '10:00')).toEqual({ problem: 'invalid' })
    expect(fromAmsterdamWall('2026-12-07', '24:00')).toEqual({ problem: 'invalid' })
    expect(fromAmsterdamWall('', '10:00')).toEqual({ problem: 'invalid' })
  })

  it('shows an instant as Amsterdam clocks do, and round-trips', () => {
    expect(toAmsterdamWall('2026-12-07T13:30:00Z')).toEqual({ date: '2026-12-07', time: '14:30' })
    expect(toAmsterdamWall('2026-10-24T23:30:00Z')).toEqual({ date: '2026-10-25', time: '01:30' })
    for (const instant of ['2026-03-29T01:00:00Z', '2026-06-30T22:15:00Z', '2027-01-01T00:00:00Z']) {
      const wall = toAmsterdamWall(instant)
      expect(fromAmsterdamWall(wall.date, wall.time)).toEqual({ instant: instant.replace(':00.000Z', ':00Z') })
    }
  })

  it('knows the offset either side of a change', () => {
    expect(amsterdamOffsetMinutes(Date.parse('2026-03-29T00:59:00Z'))).toBe(60)
    expect(amsterdamOffsetMinutes(Date.parse('2026-03-29T01:00:00Z'))).toBe(120)
  })
})
