import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import type { Member } from '@/api/members'
import { canManage, changeErrorKey, replaceMember } from './members'

const member = (id: string, overrides: Partial<Member> = {}): Member => ({
  id,
  displayName: `Member ${id}`,
  email: `${id}@example.org`,
  role: 'LEARNER',
  roles: ['LEARNER'],
  active: true,
  deactivatedAt: null,
  lastLoginAt: null,
  createdAt: '2026-12-01T10:00:00Z',
  ...overrides,
})

describe('members', () => {
  it('replaces the changed member in place', () => {
    const list = [member('a'), member('b'), member('c')]
    const changed = member('b', { role: 'TRAINER', roles: ['TRAINER'] })

    expect(replaceMember(list, changed).map((entry) => entry.role)).toEqual(['LEARNER', 'TRAINER', 'LEARNER'])
  })

  it('lets administrators manage others, never themselves, and coordinators nobody', () => {
    expect(canManage(true, member('a'), 'me')).toBe(true)
    expect(canManage(true, member('me'), 'me')).toBe(false)
    expect(canManage(false, member('a'), 'me')).toBe(false)
  })

  it('explains a refusal to remove the last administrator', () => {
    const conflict = new ApiError({ status: 409, title: 'Conflict', detail: 'last active administrator' })
    const forbidden = new ApiError({ status: 403, title: 'Forbidden' })

    expect(changeErrorKey(conflict)).toBe('members.error.lastAdministrator')
    expect(changeErrorKey(forbidden)).toBe('common.error.forbidden')
  })
})
