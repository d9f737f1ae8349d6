import { TEAM_NAME_MAX } from '@/api/teams'

export type TeamField = 'name' | 'sector'

type Translate = (key: string, values?: Record<string, unknown>) => string

/** Why a team name is refused before asking the server (it checks the same and uniqueness), or undefined. */
export function teamNameProblem(name: string, t: Translate): string | undefined {
  const trimmed = name.trim()
  if (trimmed.length === 0) return t('teams.form.nameRequired')
  if ([...trimmed].length > TEAM_NAME_MAX) return t('teams.form.nameTooLong', { max: TEAM_NAME_MAX })
  return undefined
}
