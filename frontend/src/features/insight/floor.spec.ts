import { describe, expect, it } from 'vitest'
import type { InsightScopeView } from '@/api/insight'
import { isHidden, peopleShown, scopeParts } from './floor'

const scope = (overrides: Partial<InsightScopeView>): InsightScopeView => ({
  team: null,
  role: null,
  sector: null,
  people: 7,
  hidden: false,
  ...overrides,
})

describe('privacy floor on screen', () => {
  it('treats a hidden aggregate or a null number as not shown, and a real 0 as shown', () => {
    expect(isHidden({ hidden: true }, null)).toBe(true)
    expect(isHidden({ hidden: false }, null)).toBe(true)
    expect(isHidden({ hidden: false }, 0)).toBe(false)
    expect(isHidden({ hidden: false })).toBe(false)
  })

  it('does not tell how many people a hidden group has', () => {
    expect(peopleShown(scope({ hidden: true, people: null }))).toBeNull()
    expect(peopleShown(scope({ hidden: true, people: 4 }))).toBeNull()
    expect(peopleShown(scope({ people: 7 }))).toBe(7)
  })

  it('names the team, role and sector in the heading, else the organisation', () => {
    expect(scopeParts(scope({ team: { id: 't', name: 'Ambulant team' } }), 'Demo')).toEqual([{ kind: 'team', name: 'Ambulant team' }])
    expect(scopeParts(scope({ role: 'LEARNER', sector: 'jeugdhulp' }), 'Demo')).toEqual([
      { kind: 'role', value: 'LEARNER' },
      { kind: 'sector', value: 'jeugdhulp' },
    ])
    expect(scopeParts(scope({}), 'Demo')).toEqual([{ kind: 'organisation', name: 'Demo' }])
  })
})
