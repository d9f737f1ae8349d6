import { describe, expect, it } from 'vitest'
import { variationsFor } from './trainerKits'

describe('variationsFor', () => {
  const variations = [
    { sector: 'jeugdhulp', text: 'a' },
    { sector: 'onderwijs', text: 'b' },
    { sector: 'buurtteam', text: 'c' },
  ]

  it('puts the variation for the organisation’s sector first and keeps the others in order', () => {
    expect(variationsFor(variations, 'buurtteam').map((v) => v.sector)).toEqual(['buurtteam', 'jeugdhulp', 'onderwijs'])
  })

  it('keeps the authored order without a sector or when the kit has none for it', () => {
    expect(variationsFor(variations, undefined)).toEqual(variations)
    expect(variationsFor(variations, 'lvb-zorg')).toEqual(variations)
  })
})
