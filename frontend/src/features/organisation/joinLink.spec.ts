import { describe, expect, it } from 'vitest'
import { invitationState, joinLink } from './joinLink'

describe('joinLink', () => {
  it('points to the register page with the code', () => {
    expect(joinLink('AB12 x/y', 'https://signaal.example')).toBe('https://signaal.example/register?code=AB12%20x%2Fy')
  })
})

describe('invitationState', () => {
  const now = Date.parse('2026-03-01T10:00:00Z')

  it('is open while it has uses left and has not expired', () => {
    expect(invitationState({ uses: 1, maxUses: 5, expiresAt: '2026-03-10T00:00:00Z' }, now)).toBe('open')
  })

  it('is used up when every use is taken', () => {
    expect(invitationState({ uses: 5, maxUses: 5, expiresAt: '2026-03-10T00:00:00Z' }, now)).toBe('usedUp')
  })

  it('is expired after its date, whatever its uses', () => {
    expect(invitationState({ uses: 5, maxUses: 5, expiresAt: '2026-02-28T00:00:00Z' }, now)).toBe('expired')
  })
})
