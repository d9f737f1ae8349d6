import { describe, expect, it } from 'vitest'
import type { Forwarding, ForwardingStatus } from '@/api/lrs'
import { xapiAddress } from '@/api/lrs'
import {
  canRetry,
  credentialNameProblem,
  deliveredShare,
  formValues,
  forwardingCommand,
  forwardingProblems,
  forwardingState,
  normaliseEndpoint,
} from './lrs'

const t = (key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)

const status = (changes: Partial<ForwardingStatus> = {}): ForwardingStatus => ({
  pending: 0,
  delivered: 0,
  rejected: 0,
  lastDeliveredAt: null,
  lastAttemptAt: null,
  lastError: null,
  nextAttemptAt: null,
  oldestPendingAt: null,
  ...changes,
})

const forwarding = (changes: Partial<Forwarding> = {}): Forwarding => ({
  configured: true,
  endpoint: 'https://lrs.example.org/xapi',
  username: 'signaal',
  passwordSet: true,
  enabled: true,
  startedAt: '2026-12-07T10:00:00Z',
  backfilledAt: null,
  status: status(),
  ...changes,
})

describe('credential names', () => {
  it('must have a name of at most 100 characters, counted as a reader counts them', () => {
    expect(credentialNameProblem('  ', t)).toBe('lrs.credentials.form.nameRequired')
    expect(credentialNameProblem('Learning Locker', t)).toBeUndefined()
    expect(credentialNameProblem('x'.repeat(100), t)).toBeUndefined()
    expect(credentialNameProblem('x'.repeat(101), t)).toBe('lrs.credentials.form.nameTooLong {"max":100}')
    // 100 emoji are 200 UTF-16 units but 100 characters.
    expect(credentialNameProblem('🙂'.repeat(100), t)).toBeUndefined()
  })
})

describe('the xAPI address', () => {
  it('is the public address with /api/xapi/', () => {
    expect(xapiAddress('https://signaal.example.org')).toBe('https://signaal.example.org/api/xapi/')
    expect(xapiAddress('https://signaal.example.org/')).toBe('https://signaal.example.org/api/xapi/')
  })
})

describe('the forwarding form', () => {
  it('starts empty and switched on, or as stored without the password', () => {
    expect(formValues(null)).toEqual({ endpoint: '', username: '', password: '', enabled: true })
    expect(formValues(forwarding({ enabled: false }))).toEqual({
      endpoint: 'https://lrs.example.org/xapi',
      username: 'signaal',
      password: '',
      enabled: false,
    })
  })

  it('names every missing field, and the password only while none is stored', () => {
    const empty = { endpoint: ' ', username: ' ', password: '', enabled: true }
    expect(forwardingProblems(empty, false, t)).toEqual({
      endpoint: 'lrs.forwarding.form.endpointRequired',
      username: 'lrs.forwarding.form.usernameRequired',
      password: 'lrs.forwarding.form.passwordRequired',
    })
    expect(forwardingProblems(empty, true, t).password).toBeUndefined()
  })

  it('takes http and https web addresses and leaves public-or-not to the server', () => {
    const check = (endpoint: string) =>
      forwardingProblems({ endpoint, username: 'u', password: 'p', enabled: true }, false, t).endpoint
    expect(check('https://lrs.example.org/xapi')).toBeUndefined()
    expect(check('http://127.0.0.1:4000/xapi')).toBeUndefined()
    expect(check('lrs.example.org/xapi')).toBe('lrs.forwarding.form.endpointInvalid')
    expect(check('ftp://lrs.example.org')).toBe('lrs.forwarding.form.endpointInvalid')
    expect(check('javascript:alert(1)')).toBe('lrs.forwarding.form.endpointInvalid')
  })

  it('sends the address without trailing slash and null for a kept password', () => {
    expect(normaliseEndpoint(' https://lrs.example.org/xapi// ')).toBe('https://lrs.example.org/xapi')
    expect(
      forwardingCommand({ endpoint: 'https://lrs.example.org/xapi/', username: ' key ', password: '', enabled: true }),
    ).toEqual({ endpoint: 'https://lrs.example.org/xapi', username: 'key', password: null, enabled: true })
    // A password is sent as typed: spaces may be part of it.
    expect(forwardingCommand({ endpoint: 'https://a.example', username: 'k', password: ' s ', enabled: false }).password).toBe(
      ' s ',
    )
  })
})

describe('the forwarding state', () => {
  it('puts the most urgent first', () => {
    expect(forwardingState(forwarding({ enabled: false, status: status({ rejected: 3 }) }))).toBe('paused')
    expect(forwardingState(forwarding({ status: status({ rejected: 1, pending: 4, lastError: 'HTTP 503' }) }))).toBe('rejected')
    expect(forwardingState(forwarding({ status: status({ pending: 4, lastError: 'HTTP 503 from the LRS' }) }))).toBe(
      'retrying',
    )
    expect(forwardingState(forwarding({ status: status({ pending: 4 }) }))).toBe('sending')
    expect(forwardingState(forwarding({ status: status({ delivered: 9 }) }))).toBe('upToDate')
    // An old error with nothing waiting is history, not a problem now.
    expect(forwardingState(forwarding({ status: status({ delivered: 9, lastError: 'HTTP 503' }) }))).toBe('upToDate')
  })

  it('shows delivered out of everything queued', () => {
    expect(deliveredShare(status({ delivered: 6, pending: 3, rejected: 1 }))).toEqual({ value: 6, max: 10 })
    expect(deliveredShare(status())).toEqual({ value: 0, max: 0 })
  })

  it('offers a retry for refused statements and for waiting ones that failed', () => {
    expect(canRetry(status())).toBe(false)
    expect(canRetry(status({ pending: 5 }))).toBe(false)
    expect(canRetry(status({ pending: 5, lastError: 'HTTP 503' }))).toBe(true)
    expect(canRetry(status({ rejected: 1 }))).toBe(true)
  })
})

describe('the forwarding form, against the server limits', () => {
  const values = { endpoint: 'https://lrs.example.org/xapi', username: 'key', password: 'secret', enabled: true }

  it('refuses a colon in the user name, which HTTP Basic cannot carry', () => {
    expect(forwardingProblems({ ...values, username: 'a:b' }, true, t).username).toBe('lrs.forwarding.form.usernameColon')
  })

  it('refuses what is longer than the server keeps', () => {
    const long = forwardingProblems(
      { ...values, endpoint: `https://lrs.example.org/${'x'.repeat(500)}`, username: 'k'.repeat(201), password: 'p'.repeat(501) },
      true,
      t,
    )
    expect(long).toEqual({
      endpoint: 'lrs.forwarding.form.tooLong {"max":500}',
      username: 'lrs.forwarding.form.tooLong {"max":200}',
      password: 'lrs.forwarding.form.tooLong {"max":500}',
    })
    expect(forwardingProblems(values, true, t)).toEqual({})
  })
})
