import { describe, expect, it } from 'vitest'
import { passwordLength } from '@/features/auth/account'
import { localiseReason, localiseReasons } from './messages'

const t = (key: string) => `<${key}>`

describe('the reasons of the password and name rules', () => {
  it('are shown in the user language when the server reason is known', () => {
    expect(localiseReason('is too easy to guess: use a longer sentence', t)).toBe('<account.rules.guessable>')
    expect(localiseReason('must not contain text direction overrides', t)).toBe('<account.rules.nameDirection>')
  })

  it('are shown as they come when unknown', () => {
    expect(localiseReason('must be a well-formed email address', t)).toBe('must be a well-formed email address')
  })

  it('are replaced in a form error object, leaving empty fields alone', () => {
    const errors: Partial<Record<'newPassword' | 'currentPassword', string>> = {
      newPassword: 'must be more than spaces',
    }
    localiseReasons(errors, t)
    expect(errors).toEqual({ newPassword: '<account.rules.onlySpaces>' })
  })
})

describe('password length', () => {
  it('counts an emoji as one character, as the server does', () => {
    expect(passwordLength('😀🐍🎉🚀🌍🔥')).toBe(6)
  })
})
