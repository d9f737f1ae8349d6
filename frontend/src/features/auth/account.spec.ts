import { describe, expect, it } from 'vitest'
import { PASSWORD_MIN_LENGTH } from '@/api/identity'
import { accountErrors } from './account'

const t = (key: string) => key
const valid = { displayName: 'Sam', email: 'sam@example.nl', password: 'x'.repeat(PASSWORD_MIN_LENGTH) }

describe('accountErrors', () => {
  it('has no messages for a well filled-in account', () => {
    expect(accountErrors(valid, t)).toEqual({ displayName: undefined, email: undefined, password: undefined })
  })

  it('asks for a name and an e-mail address that are more than white space', () => {
    const errors = accountErrors({ ...valid, displayName: '  ', email: ' ' }, t)
    expect(errors.displayName).toBe('auth.field.displayNameRequired')
    expect(errors.email).toBe('auth.field.emailRequired')
  })

  it('refuses a password shorter than the minimum', () => {
    const errors = accountErrors({ ...valid, password: 'x'.repeat(PASSWORD_MIN_LENGTH - 1) }, t)
    expect(errors.password).toBe('auth.field.passwordTooShort')
  })
})
