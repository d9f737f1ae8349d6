import { describe, expect, it } from 'vitest'
import type { ModuleSummary } from '@/api/learning'
import type { ModuleProgress } from '@/api/progress'
import { actionFor, lessonProgress, nextLesson, toCards } from './progress'

const module = (id: string, overrides: Partial<ModuleSummary> = {}): ModuleSummary => ({
  id,
  title: id,
  summary: '',
  targetGroups: [],
  competencies: [],
  minutes: 20,
  lessonCount: 4,
  locale: 'nl',
  untranslated: false,
  ...overrides,
})

const progress = (moduleId: string, overrides: Partial<ModuleProgress> = {}): ModuleProgress => ({
  moduleId,
  status: 'IN_PROGRESS',
  lessonsViewed: [],
  lessonCount: 4,
  attempts: 0,
  lastScore: null,
  bestScore: null,
  completedAt: null,
  ...overrides,
})

describe('lessonProgress', () => {
  it('counts viewed lessons against the lesson count', () => {
    expect(lessonProgress(['a', 'b'], 4)).toEqual({ viewed: 2, total: 4, percent: 50 })
  })

  it('counts a lesson viewed twice once', () => {
    expect(lessonProgress(['a', 'a', 'b'], 3)).toEqual({ viewed: 2, total: 3, percent: 67 })
  })

  it('never shows more than the module has', () => {
    expect(lessonProgress(['a', 'b', 'c'], 2)).toEqual({ viewed: 2, total: 2, percent: 100 })
  })

  it('shows 0% for a module without lessons', () => {
    expect(lessonProgress([], 0)).toEqual({ viewed: 0, total: 0, percent: 0 })
  })
})

describe('actionFor', () => {
  it.each([
    ['NOT_STARTED', 'start'],
    ['IN_PROGRESS', 'continue'],
    ['COMPLETED', 'review'],
  ] as const)('offers %s modules the action %s', (status, action) => {
    expect(actionFor(status)).toBe(action)
  })
})

describe('toCards', () => {
  it('keeps the order of the catalogue', () => {
    const cards = toCards([module('b'), module('a')], [], null)
    expect(cards.map((card) => card.module.id)).toEqual(['b', 'a'])
  })

  it('treats a module without progress as not started', () => {
    const [card] = toCards([module('a')], [], 'jeugdhulp')
    expect(card?.progress).toMatchObject({ status: 'NOT_STARTED', viewed: 0, total: 4, action: 'start' })
  })

  it('merges progress by module id', () => {
    const done = progress('a', {
      status: 'COMPLETED',
      lessonsViewed: ['1', '2', '3', '4'],
      bestScore: 0.8,
      completedAt: '2026-03-01T10:00:00Z',
    })
    const [card] = toCards([module('a')], [progress('other'), done], null)
    expect(card?.progress).toEqual({
      status: 'COMPLETED',
      viewed: 4,
      total: 4,
      percent: 100,
      bestScore: 0.8,
      completedAt: '2026-03-01T10:00:00Z',
      action: 'review',
    })
  })

  it('shows no progress to anonymous visitors', () => {
    expect(toCards([module('a')], null, null)[0]?.progress).toBeNull()
  })

  it('marks modules for the user’s own sector', () => {
    const cards = toCards(
      [module('mine', { targetGroups: ['onderwijs', 'buurtteam'] }), module('general'), module('other', { targetGroups: ['jeugdhulp'] })],
      [],
      'buurtteam',
    )
    expect(cards.map((card) => card.forYourSector)).toEqual([true, false, false])
  })

  it('marks nothing without a sector', () => {
    expect(toCards([module('a', { targetGroups: ['buurtteam'] })], null, null)[0]?.forYourSector).toBe(false)
  })
})

describe('nextLesson', () => {
  const lessons = ['one', 'two', 'three'].map((id) => ({ id, title: id, untranslated: false }))

  it('is the first lesson not viewed yet', () => {
    expect(nextLesson(lessons, ['one', 'three'])?.id).toBe('two')
  })

  it('is the first lesson when all are viewed', () => {
    expect(nextLesson(lessons, ['one', 'two', 'three'])?.id).toBe('one')
  })

  it('is null for a module without lessons', () => {
    expect(nextLesson([], [])).toBeNull()
  })
})
