import { describe, expect, it } from 'vitest'
import { majorityOf, secondsLeft, tallyRows } from './tally'

const options = [
  { id: 'a', text: 'A' },
  { id: 'b', text: 'B' },
  { id: 'c', text: 'C' },
]

describe('tallyRows', () => {
  it('gives votes and whole percentages that add up to 100', () => {
    const rows = tallyRows(options, { a: 1, b: 1, c: 1 })
    expect(rows.map((row) => row.percent)).toEqual([34, 33, 33])
    expect(rows.reduce((sum, row) => sum + row.percent, 0)).toBe(100)
  })

  it('gives the rounding to the largest remainders', () => {
    expect(tallyRows(options, { a: 2, b: 1, c: 4 }).map((row) => row.percent)).toEqual([29, 14, 57])
  })

  it('shows zero everywhere when nobody voted, and no leader', () => {
    const rows = tallyRows(options, {})
    expect(rows.map((row) => [row.votes, row.percent, row.leading])).toEqual([
      [0, 0, false],
      [0, 0, false],
      [0, 0, false],
    ])
  })

  it('treats a missing tally (participants before the reveal) as no votes', () => {
    expect(tallyRows(options, null).every((row) => row.votes === 0)).toBe(true)
  })

  it('marks every option with the most votes as leading', () => {
    expect(tallyRows(options, { a: 3, b: 3, c: 1 }).map((row) => row.leading)).toEqual([true, true, false])
  })
})

describe('majorityOf', () => {
  it('names the winner', () => {
    expect(majorityOf(options, { a: 1, b: 5 })).toEqual({ kind: 'winner', optionId: 'b' })
  })

  it('sees a tie', () => {
    expect(majorityOf(options, { a: 2, c: 2 })).toEqual({ kind: 'tie', optionIds: ['a', 'c'] })
  })

  it('sees no votes', () => {
    expect(majorityOf(options, { a: 0 })).toEqual({ kind: 'none' })
  })
})

describe('secondsLeft', () => {
  const now = Date.parse('2026-12-07T10:00:00Z')

  it('counts whole seconds up', () => {
    expect(secondsLeft('2026-12-07T10:00:29.200Z', now)).toBe(30)
  })

  it('stops at zero', () => {
    expect(secondsLeft('2026-12-07T09:59:00Z', now)).toBe(0)
  })

  it('has nothing without a timer', () => {
    expect(secondsLeft(null, now)).toBeNull()
  })
})
