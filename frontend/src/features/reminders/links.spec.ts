import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError } from '@/api/http'
import type { ReminderPreference } from '@/api/reminders'
import { beforeFollowing, preferenceState, refusedLink } from './links'

const on: ReminderPreference = { remindersOn: true, optedOut: false, optedOutAt: null, snoozedUntil: null }
const snoozed: ReminderPreference = { ...on, remindersOn: false, snoozedUntil: '2026-12-26T10:00:00Z' }
const off: ReminderPreference = { ...on, remindersOn: false, optedOut: true, optedOutAt: '2026-11-28T10:00:00Z' }

describe('reminder link page', () => {
  it('asks before snoozing or unsubscribing, and says so when it already holds', () => {
    expect(beforeFollowing({ purpose: 'SNOOZE', done: false, preference: on })).toEqual({
      kind: 'confirm',
      purpose: 'SNOOZE',
    })
    expect(beforeFollowing({ purpose: 'UNSUBSCRIBE', done: true, preference: off })).toEqual({
      kind: 'done',
      purpose: 'UNSUBSCRIBE',
      already: true,
      preference: off,
    })
    expect(beforeFollowing({ purpose: 'OPEN', done: false, preference: on })).toEqual({ kind: 'open' })
  })

  it('tells an expired link from a forged one and leaves other failures alone', () => {
    expect(refusedLink(new ApiError({ status: 410 }))).toEqual({ kind: 'expired' })
    expect(refusedLink(new ApiError({ status: 400 }))).toEqual({ kind: 'invalid' })
    expect(refusedLink(new ApiError({ status: 500 }))).toBeNull()
    expect(refusedLink(new NetworkError(new Error('offline')))).toBeNull()
  })

  it('names the preference: off wins over a snooze', () => {
    expect(preferenceState(on)).toBe('on')
    expect(preferenceState(snoozed)).toBe('snoozed')
    expect(preferenceState({ ...off, snoozedUntil: snoozed.snoozedUntil })).toBe('off')
  })
})
