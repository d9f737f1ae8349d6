import { http } from './http'

export const ROLES = ['LEARNER', 'ATTENTION_OFFICER', 'TRAINER', 'COORDINATOR', 'ADMIN'] as const
export type Role = (typeof ROLES)[number]

/** The target groups of docs/api.md; an organisation's sector is one of them. */
export const SECTORS = [
  'jeugdhulp',
  'verslavingszorg',
  'maatschappelijke-opvang',
  'lvb-zorg',
  'forensische-zorg',
  'onderwijs',
  'buurtteam',
  'politie-jeugdreclassering',
] as const
export type Sector = (typeof SECTORS)[number]

export interface Organisation {
  id: string
  name: string
  sector: Sector
}

export interface Me {
  id: string
  email: string
  displayName: string
  roles: Role[]
  locale: string
  csrfToken: string
  organisation: Organisation
}

export interface InvitationPreview {
  code: string
  organisationName: string
  sector: Sector
  role: Role
  expiresAt: string
}

export interface Invitation {
  code: string
  role: Role
  maxUses: number
  uses: number
  expiresAt: string
  createdAt: string
  /** The team whoever registers with it joins (api/teams.ts), null for none. */
  team?: { id: string; name: string } | null
}

export interface RegisterCommand {
  invitationCode: string
  email: string
  password: string
  displayName: string
  locale: string
}

export interface CreateInvitationCommand {
  role: Role
  maxUses: number
  validDays: number
  /** A team of the organisation, or left out for none. */
  teamId?: string | null
}

export interface SetupCommand {
  token: string
  organisationName: string
  sector: Sector
  email: string
  password: string
  displayName: string
}

/** Passwords must have at least this many characters (docs/api.md). */
export const PASSWORD_MIN_LENGTH = 12

export const login = (email: string, password: string) =>
  http<Me>('/api/auth/login', { method: 'POST', body: { email, password } })

export const logout = () => http<void>('/api/auth/logout', { method: 'POST' })

/** The signed-in user, or null without a session (the server answers 204 then, not an error: docs/api.md). */
export const fetchMe = async (): Promise<Me | null> => (await http<Me | undefined>('/api/me')) ?? null

export const updateLocale = (locale: string) =>
  http<Me>('/api/me/locale', { method: 'PUT', body: { locale } })

export const fetchInvitationPreview = (code: string) =>
  http<InvitationPreview>(`/api/invitations/${encodeURIComponent(code)}`)

export const register = (command: RegisterCommand) =>
  http<Me>('/api/auth/register', { method: 'POST', body: command })

export const listInvitations = (organisationId: string) =>
  http<Invitation[]>(`/api/organisations/${encodeURIComponent(organisationId)}/invitations`)

export const createInvitation = (organisationId: string, command: CreateInvitationCommand) =>
  http<Invitation>(`/api/organisations/${encodeURIComponent(organisationId)}/invitations`, {
    method: 'POST',
    body: command,
  })

export const fetchSetupStatus = () => http<{ required: boolean }>('/api/setup')

export const setup = (command: SetupCommand) =>
  http<Me>('/api/setup', { method: 'POST', body: command })
