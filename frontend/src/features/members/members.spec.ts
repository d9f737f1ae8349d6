import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import type { Member } from '@/api/members'
import { canManage, refusalKey, replaceMember } from './members'

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

    expect(refusalKey('change', conflict)).toBe('members.error.lastAdministrator')
    expect(refusalKey('erase', conflict)).toBe('members.error.lastAdministrator')
    expect(refusalKey('change', forbidden)).toBe('common.error.forbidden')
  })

  it('asks to reactivate a deactivated member before sending a reset link', () => {
    const conflict = new ApiError({ status: 409, title: 'Conflict', detail: 'deactivated' })

    expect(refusalKey('passwordReset', conflict)).toBe('members.error.resetDeactivated')
  })

  it('says so when the person is no longer a member, and leaves other answers to the general messages', () => {
    const notFound = new ApiError({ status: 404, title: 'Not Found' })

    expect(refusalKey('erase', notFound)).toBe('members.error.notMember')
    expect(refusalKey('passwordReset', notFound)).toBe('members.error.notMember')
    expect(refusalKey('change', notFound)).toBe('common.error.notFound')
  })
})
