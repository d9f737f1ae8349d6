import { describe, expect, it } from 'vitest'
import { MODULE_COUNT_KEYS } from '@/api/insight'
import { hasGaps, monthLabel, nextIndex, segmentsOf, totalOf, TREND_GEOMETRY, trendPath, trendPoints, yOf } from './charts'

const counts = { notStarted: 1, inProgress: 1, current: 4, dueSoon: 2, overdue: 0, lapsed: 0 }

describe('stacked bar segments', () => {
  it('keeps the order of the states and shares that add up to the whole bar', () => {
    const segments = segmentsOf(counts, MODULE_COUNT_KEYS)
    expect(segments.map((segment) => segment.key)).toEqual([...MODULE_COUNT_KEYS])
    expect(segments.find((segment) => segment.key === 'current')?.share).toBe(0.5)
    expect(segments.reduce((sum, segment) => sum + segment.share, 0)).toBeCloseTo(1)
    expect(totalOf(counts, MODULE_COUNT_KEYS)).toBe(8)
  })

  it('gives an empty bar (nobody in scope) no shares instead of dividing by zero', () => {
    const zero = { notStarted: 0, inProgress: 0, current: 0, dueSoon: 0, overdue: 0, lapsed: 0 }
    expect(segmentsOf(zero, MODULE_COUNT_KEYS).every((segment) => segment.share === 0)).toBe(true)
  })
})

const months = [
  { month: '2026-01', rate: 0.5, hidden: false },
  { month: '2026-02', rate: null, hidden: true },
  { month: '2026-03', rate: 1, hidden: false },
  { month: '2026-04', rate: 0.75, hidden: false },
]

describe('trend line', () => {
  const { width, inset } = TREND_GEOMETRY

  it('puts the oldest month at the start: left, or right in a right-to-left language', () => {
    const ltr = trendPoints(months, false)
    expect(ltr[0]?.x).toBe(inset)
    expect(ltr[3]?.x).toBe(width - inset)
    const rtl = trendPoints(months, true)
    expect(rtl[0]?.x).toBe(width - inset)
    expect(rtl[3]?.x).toBe(inset)
  })

  it('maps 0 % to the bottom and 100 % to the top of the plot', () => {
    expect(yOf(0)).toBeGreaterThan(yOf(1))
    expect(yOf(1)).toBe(inset)
    expect(yOf(1.4)).toBe(yOf(1))
  })

  it('leaves a hidden month without a value and breaks the line there', () => {
    const points = trendPoints(months, false)
    expect(points[1]).toMatchObject({ month: '2026-02', rate: null, y: null, hidden: true })
    const path = trendPath(points)
    expect(path.match(/M/g)).toHaveLength(2)
    expect(path.startsWith('M')).toBe(true)
    expect(hasGaps(months)).toBe(true)
    expect(hasGaps([months[0]!])).toBe(false)
  })

  it('names months in the reader’s language', () => {
    expect(monthLabel('2026-03', 'nl')).toBe('maart 2026')
    expect(monthLabel('2026-03', 'en')).toBe('March 2026')
    expect(monthLabel('nonsense', 'en')).toBe('nonsense')
  })
})

describe('keyboard through a chart', () => {
  it('moves along the screen with the arrows, mirrored in right-to-left', () => {
    expect(nextIndex('ArrowRight', 3, 12, false)).toBe(4)
    expect(nextIndex('ArrowLeft', 3, 12, false)).toBe(2)
    expect(nextIndex('ArrowLeft', 3, 12, true)).toBe(4)
    expect(nextIndex('ArrowRight', 3, 12, true)).toBe(2)
  })

  it('stops at the ends and jumps with Home and End; other keys are not its business', () => {
    expect(nextIndex('ArrowRight', 11, 12, false)).toBe(11)
    expect(nextIndex('ArrowLeft', 0, 12, false)).toBe(0)
    expect(nextIndex('Home', 5, 12, false)).toBe(0)
    expect(nextIndex('End', 5, 12, false)).toBe(11)
    expect(nextIndex('Tab', 5, 12, false)).toBeNull()
    expect(nextIndex('ArrowRight', 0, 0, false)).toBeNull()
  })
})
