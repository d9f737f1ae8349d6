import { http } from './http'
import type { Role } from './identity'

/** One member of the organisation as its administrators and coordinators see them (docs/api.md). */
export interface Member {
  id: string
  displayName: string
  email: string
  /** The highest of `roles`: the one shown and changed. */
  role: Role
  roles: Role[]
  active: boolean
  /** ISO instants, null when not applicable or not known. */
  deactivatedAt: string | null
  lastLoginAt: string | null
  createdAt: string
}

const members = (organisationId: string) => `/api/organisations/${encodeURIComponent(organisationId)}/members`
const member = (organisationId: string, memberId: string) =>
  `${members(organisationId)}/${encodeURIComponent(memberId)}`

export const listMembers = (organisationId: string) => http<Member[]>(members(organisationId))

export const changeMemberRole = (organisationId: string, memberId: string, role: Role) =>
  http<Member>(`${member(organisationId, memberId)}/role`, { method: 'PUT', body: { role } })

export const deactivateMember = (organisationId: string, memberId: string) =>
  http<Member>(`${member(organisationId, memberId)}/deactivate`, { method: 'POST', body: {} })

export const reactivateMember = (organisationId: string, memberId: string) =>
  http<Member>(`${member(organisationId, memberId)}/reactivate`, { method: 'POST', body: {} })

/** `202`: the member gets an e-mail with a link to set a new password (valid 30 minutes, once). */
export const sendMemberPasswordReset = (organisationId: string, memberId: string) =>
  http<void>(`${member(organisationId, memberId)}/password-reset`, { method: 'POST', body: {} })

/** `204`: the account and everything personal are gone; learning records stay under a pseudonym. */
export const eraseMember = (organisationId: string, memberId: string) =>
  http<void>(`${member(organisationId, memberId)}/erase`, { method: 'POST', body: {} })
