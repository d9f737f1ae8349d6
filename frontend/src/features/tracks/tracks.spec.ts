import { describe, expect, it } from 'vitest'
import type { TrackProgress } from '@/api/tracks'
import { canReview, canSubmitReflection, doneCount, nextStepLink, standingActions, wordCount } from './tracks'

function track(overrides: Partial<TrackProgress> = {}): TrackProgress {
  return {
    id: 'spoor',
    version: 1,
    title: 'Spoor',
    summary: '',
    studyHours: 8,
    validityYears: 2,
    keptValidByRefreshers: true,
    liveSessionsPerYear: 1,
    nextStep: 'MODULES',
    nextModuleId: 'eerste',
    complete: false,
    completedAt: null,
    validUntil: null,
    modules: [
      { id: 'eerste', title: 'Eerste', done: false },
      { id: 'tweede', title: 'Tweede', done: true },
    ],
    cases: { atLeast: 3, from: [], finished: [], done: false },
    facilitation: [{ id: 'sessies', title: 'Sessies', done: false }],
    liveSessions: { atLeast: 1, minParticipants: 3, sessions: [], done: false },
    reflection: {
      minWords: 3,
      status: 'NONE',
      id: null,
      text: null,
      submittedAt: null,
      reviewComment: null,
      done: false,
    },
    steps: {
      modulesHtml: '',
      casesHtml: '',
      facilitationHtml: '',
      liveSessionsHtml: '',
      reflectionHtml: '',
      keepValidHtml: '',
    },
    standing: null,
    untranslated: false,
    ...overrides,
  }
}

describe('reflection', () => {
  it('counts words as the server does', () => {
    expect(wordCount('')).toBe(0)
    expect(wordCount('   ')).toBe(0)
    expect(wordCount(' een  twee\ndrie\tvier ')).toBe(4)
  })

  it('may be sent when long enough and nothing waits or was approved', () => {
    expect(canSubmitReflection(track(), 'een twee')).toBe(false)
    expect(canSubmitReflection(track(), 'een twee drie')).toBe(true)
    const waiting = track()
    waiting.reflection.status = 'SUBMITTED'
    expect(canSubmitReflection(waiting, 'een twee drie')).toBe(false)
    const askedMore = track()
    askedMore.reflection.status = 'ASK_MORE'
    expect(canSubmitReflection(askedMore, 'een twee drie')).toBe(true)
  })

  it('asking for more needs a comment', () => {
    expect(canReview('APPROVE', '')).toBe(true)
    expect(canReview('ASK_MORE', '  ')).toBe(false)
    expect(canReview('ASK_MORE', 'Wat zou je anders doen?')).toBe(true)
  })
})

describe('progress', () => {
  it('counts every module and the three practical requirements', () => {
    expect(doneCount(track())).toEqual({ done: 1, total: 6 })
  })

  it('links the next step', () => {
    expect(nextStepLink(track())).toBe('/learn/eerste')
    expect(nextStepLink(track({ nextStep: 'CASES', nextModuleId: null }))).toBe('/practice')
    expect(nextStepLink(track({ nextStep: 'LIVE_SESSION', nextModuleId: null }))).toBe('/live')
    expect(nextStepLink(track({ nextStep: 'REFLECTION', nextModuleId: null }))).toBe('/tracks/spoor#reflection')
    expect(nextStepLink(track({ nextStep: 'DONE', nextModuleId: null }))).toBe('/certificates')
  })
})

describe('standingActions', () => {
  const standing = {
    status: 'AT_RISK' as const,
    reasons: ['REFRESHERS_OVERDUE' as const, 'LIVE_SESSION_DUE_SOON' as const],
    overdueModules: [{ id: 'eerste', title: 'Eerste', done: false }],
    liveSessionsPerYear: 1,
    liveSessionsInLastYear: 1,
    liveSessionDueBy: '2027-12-01T00:00:00Z',
  }

  it('offers nothing before completion or while current', () => {
    expect(standingActions(null)).toEqual([])
    expect(standingActions({ ...standing, status: 'CURRENT', reasons: [] })).toEqual([])
  })

  it('sends overdue refreshers to the refresher page and missing sessions to /live', () => {
    expect(standingActions(standing)).toEqual([
      { reason: 'REFRESHERS_OVERDUE', to: '/refresh' },
      { reason: 'LIVE_SESSION_DUE_SOON', to: '/live' },
    ])
    expect(standingActions({ ...standing, status: 'LAPSED', reasons: ['LIVE_SESSION_MISSED'] })).toEqual([
      { reason: 'LIVE_SESSION_MISSED', to: '/live' },
    ])
  })
})
