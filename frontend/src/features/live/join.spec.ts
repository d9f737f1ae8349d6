import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError } from '@/api/http'
import { checkJoin, joinFailure } from './join'

describe('checkJoin', () => {
  it('accepts six digits and a nickname', () => {
    expect(checkJoin('123456', ' Sam ', false)).toEqual({})
  })

  it('wants exactly six digits', () => {
    expect(checkJoin('12345', 'Sam', false).code).toBe('live.join.error.codeFormat')
    expect(checkJoin('12345a', 'Sam', false).code).toBe('live.join.error.codeFormat')
  })

  it('wants a nickname of 1 to 24 characters without control characters', () => {
    expect(checkJoin('123456', '  ', false).nickname).toBe('live.join.error.nicknameEmpty')
    expect(checkJoin('123456', 'x'.repeat(25), false).nickname).toBe('live.join.error.nicknameLong')
    expect(checkJoin('123456', 'x'.repeat(24), false).nickname).toBeUndefined()
    expect(checkJoin('123456', 'a\u0007b', false).nickname).toBe('live.join.error.nicknameControl')
  })

  it('needs no nickname when joining as oneself', () => {
    expect(checkJoin('123456', '', true)).toEqual({})
  })
})

describe('joinFailure', () => {
  it('puts an unknown or ended code at the code field', () => {
    expect(joinFailure(new ApiError({ status: 404, errors: [{ field: 'code', message: 'no open session' }] })).problems).toEqual({
      code: 'live.join.error.codeUnknown',
    })
  })

  it('says how long to wait after too many attempts', () => {
    expect(joinFailure(new ApiError({ status: 429 }, 120))).toEqual({ problems: {}, general: 'live.join.error.tooMany', retryAfter: 120 })
  })

  it('puts a refused nickname at its field', () => {
    expect(joinFailure(new ApiError({ status: 400, errors: [{ field: 'nickname', message: 'bad' }] })).problems).toEqual({
      nickname: 'live.join.error.nicknameInvalid',
    })
  })

  it('leaves other failures to the general error message', () => {
    expect(joinFailure(new NetworkError(new TypeError('offline')))).toEqual({ problems: {}, general: null, retryAfter: null })
  })
})
