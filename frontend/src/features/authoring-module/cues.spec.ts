import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchCues, type CueSet } from '@/api/authoring'
import { checkSet, correctIsLongest, correctIsShortest, cueSets, lengthOf, longestOverLimit, positionSpread, refresherSet } from './cues'

const set = (kind: string, size: number, longest: number): CueSet => ({
  kind: kind as CueSet['kind'],
  id: 'de-meldcode',
  size,
  longest,
  shortest: 0,
  positions: { '3': 1, '1': 2 },
  fails: false,
  items: [],
})

describe('answer cues', () => {
  it('sees the correct option is the longest while typing', () => {
    const options = (correct: number, ...lengths: number[]) => lengths.map((length, i) => ({ length, correct: i === correct }))
    expect(correctIsLongest(options(2, 10, 12, 30))).toBe(true)
    expect(correctIsLongest(options(2, 10, 30, 30))).toBe(false)
    expect(correctIsShortest(options(0, 5, 12, 30))).toBe(true)
    expect(correctIsLongest([{ length: 5, correct: true }])).toBe(false)
  })

  it('counts characters as the validator does', () => {
    expect(lengthOf('  één  ')).toBe(3)
    expect(lengthOf(undefined)).toBe(0)
  })

  it('reads the server’s sets, as a list or as {sets}', () => {
    const sets = [set('module check', 5, 4), set('refresher bank', 7, 1)]
    expect(cueSets(sets)).toBe(sets)
    expect(cueSets({ sets })).toBe(sets)
    expect(checkSet(sets)?.kind).toBe('module check')
    expect(refresherSet(sets)?.kind).toBe('refresher bank')
  })

  it('warns when the correct option is the longest in more than 35% of the questions', () => {
    expect(longestOverLimit(set('module check', 5, 4))).toBe(true)
    expect(longestOverLimit(set('module check', 10, 3))).toBe(false)
    expect(longestOverLimit(set('module check', 3, 3))).toBe(false) // too few to judge
  })

  it('lists the positions in order', () => {
    expect(positionSpread(set('module check', 3, 0))).toEqual([
      { position: 1, count: 2 },
      { position: 3, count: 1 },
    ])
  })
})

describe('the cues endpoint', () => {
  const fetchMock = vi.fn<typeof fetch>()
  beforeEach(() => {
    fetchMock.mockReset()
    vi.stubGlobal('fetch', fetchMock)
  })
  afterEach(() => vi.unstubAllGlobals())

  it('is read per item, and its check set says how often the correct option is the longest', async () => {
    fetchMock.mockResolvedValue(Response.json([set('module check', 5, 4), set('refresher bank', 7, 1)]))
    const sets = cueSets(await fetchCues('i1'))
    expect(String(fetchMock.mock.calls[0]?.[0])).toContain('/api/authoring/items/i1/cues')
    const check = checkSet(sets)!
    expect([check.longest, check.size, longestOverLimit(check)]).toEqual([4, 5, true])
  })
})
