import { describe, expect, it } from 'vitest'
import type { Me, Role } from '@/api/identity'
import { accessFor, FACILITATOR_ROLES, safeRedirect } from './access'

const me = (...roles: Role[]): Me => ({
  id: 'u',
  email: 'a@b.nl',
  displayName: 'A',
  roles,
  locale: 'nl',
  csrfToken: 't',
  organisation: { id: 'o', name: 'O', sector: 'buurtteam' },
})

describe('accessFor', () => {
  it('lets anyone see public pages', () => {
    expect(accessFor({}, null)).toBe('allowed')
  })

  it('sends anonymous visitors of a protected page to log in', () => {
    expect(accessFor({ requiresAuth: true }, null)).toBe('login')
    expect(accessFor({ requiresAuth: true, roles: ['ADMIN'] }, null)).toBe('login')
  })

  it('lets a logged-in user see a protected page', () => {
    expect(accessFor({ requiresAuth: true }, me('LEARNER'))).toBe('allowed')
  })

  it('refuses a page for other roles', () => {
    expect(accessFor({ requiresAuth: true, roles: ['COORDINATOR', 'ADMIN'] }, me('LEARNER', 'TRAINER'))).toBe('forbidden')
  })

  it('allows a page when one of the user’s roles fits', () => {
    expect(accessFor({ requiresAuth: true, roles: ['COORDINATOR', 'ADMIN'] }, me('LEARNER', 'COORDINATOR'))).toBe('allowed')
  })
})

describe('live sessions', () => {
  const live = { requiresAuth: true, roles: FACILITATOR_ROLES }

  it('refuses learners', () => {
    expect(accessFor(live, me('LEARNER'))).toBe('forbidden')
  })

  it.each(['ATTENTION_OFFICER', 'TRAINER', 'COORDINATOR', 'ADMIN'] as const)('lets a %s facilitate', (role) => {
    expect(accessFor(live, me(role))).toBe('allowed')
  })
})

describe('safeRedirect', () => {
  it('keeps a path inside the app', () => {
    expect(safeRedirect('/learn/signalen-herkennen?x=1')).toBe('/learn/signalen-herkennen?x=1')
  })

  it.each([undefined, null, ['/a'], 'https://evil.example', '//evil.example', '/\\evil.example', 'learn'])(
    'sends %s to the start page',
    (value) => {
      expect(safeRedirect(value)).toBe('/')
    },
  )
})
