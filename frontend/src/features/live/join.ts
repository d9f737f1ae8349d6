import { ApiError } from '@/api/http'
import { CODE_LENGTH, NICKNAME_MAX } from '@/api/live'

/** What is wrong with a join form before it is sent (keys of live.join.error), per field. */
export interface JoinProblems {
  code?: string
  nickname?: string
}

// Control characters (C0, DEL, C1) are refused by the server too (live contract, "Participant routes").
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/

export function checkJoin(code: string, nickname: string, asSelf: boolean): JoinProblems {
  const problems: JoinProblems = {}
  if (!new RegExp(`^\\d{${CODE_LENGTH}}$`).test(code)) problems.code = 'live.join.error.codeFormat'
  if (!asSelf) {
    const name = nickname.trim()
    if (name.length === 0) problems.nickname = 'live.join.error.nicknameEmpty'
    else if ([...name].length > NICKNAME_MAX) problems.nickname = 'live.join.error.nicknameLong'
    else if (CONTROL.test(name)) problems.nickname = 'live.join.error.nicknameControl'
  }
  return problems
}

/** The server's refusal as translation keys per field, or a general key (with seconds to wait for 429). */
export function joinFailure(error: unknown): { problems: JoinProblems; general: string | null; retryAfter: number | null } {
  if (error instanceof ApiError) {
    if (error.status === 404) return { problems: { code: 'live.join.error.codeUnknown' }, general: null, retryAfter: null }
    if (error.status === 429) return { problems: {}, general: 'live.join.error.tooMany', retryAfter: error.retryAfterSeconds }
    if (error.status === 400) {
      const fields = error.fieldErrors
      const problems: JoinProblems = {}
      if (fields.code) problems.code = 'live.join.error.codeFormat'
      if (fields.nickname) problems.nickname = 'live.join.error.nicknameInvalid'
      if (problems.code || problems.nickname) return { problems, general: null, retryAfter: null }
    }
  }
  return { problems: {}, general: null, retryAfter: null }
}
