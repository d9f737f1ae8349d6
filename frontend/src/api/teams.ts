import { http } from './http'
import type { Role, Sector } from './identity'

/** A team of the organisation (docs/insight/teams.md); `members` counts its active members. */
export interface Team {
  id: string
  name: string
  sector: Sector
  members: number
}

export interface TeamCommand {
  name: string
  sector: Sector
}

export interface TeamMember {
  id: string
  displayName: string
  email: string
  roles: Role[]
}

/** Names are 1 to 120 characters once trimmed; the server has the last word. */
export const TEAM_NAME_MAX = 120

const teams = (organisationId: string) => `/api/organisations/${encodeURIComponent(organisationId)}/teams`
const team = (organisationId: string, teamId: string) => `${teams(organisationId)}/${encodeURIComponent(teamId)}`
const teamMember = (organisationId: string, teamId: string, memberId: string) =>
  `${team(organisationId, teamId)}/members/${encodeURIComponent(memberId)}`

export const listTeams = (organisationId: string) => http<Team[]>(teams(organisationId))

/** `409` when the organisation already has a team with that name (in any case). */
export const createTeam = (organisationId: string, command: TeamCommand) =>
  http<Team>(teams(organisationId), { method: 'POST', body: command })

export const changeTeam = (organisationId: string, teamId: string, command: TeamCommand) =>
  http<Team>(team(organisationId, teamId), { method: 'PUT', body: command })

/** The members stay in the organisation; invitations into the team go with it. */
export const deleteTeam = (organisationId: string, teamId: string) =>
  http<void>(team(organisationId, teamId), { method: 'DELETE' })

export const listTeamMembers = (organisationId: string, teamId: string) =>
  http<TeamMember[]>(`${team(organisationId, teamId)}/members`)

/** Idempotent: adding someone who is already in the team changes nothing. */
export const addTeamMember = (organisationId: string, teamId: string, memberId: string) =>
  http<void>(teamMember(organisationId, teamId, memberId), { method: 'PUT', body: {} })

/** Idempotent: removing someone who is not in the team changes nothing. */
export const removeTeamMember = (organisationId: string, teamId: string, memberId: string) =>
  http<void>(teamMember(organisationId, teamId, memberId), { method: 'DELETE' })
