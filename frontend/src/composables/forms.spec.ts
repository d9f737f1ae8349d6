import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import { submitErrors } from './forms'

const problem = (errors: { field: string; message: string }[]) =>
  new ApiError({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'invalid', errors })

describe('submitErrors', () => {
  it('puts field messages beside their fields and the rest above the form', () => {
    const errors: Partial<Record<'email' | 'password', string>> = {}
    const shown = submitErrors(
      problem([
        { field: 'email', message: 'is already registered' },
        { field: 'locale', message: 'must be one of nl, en' },
      ]),
      ['email', 'password'],
      errors,
      'Something went wrong',
    )
    expect(errors).toEqual({ email: 'is already registered' })
    expect(shown).toEqual(['must be one of nl, en'])
  })

  it('leads with the general message when no field of the form was named', () => {
    const errors: Partial<Record<'email', string>> = {}
    expect(submitErrors(new Error('network down'), ['email'], errors, 'Try again')).toEqual(['Try again'])
    expect(errors).toEqual({})
  })
})
