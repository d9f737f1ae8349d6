import { describe, expect, it } from 'vitest'
import type { ModuleSummary } from '@/api/learning'
import type { ProgressStatus } from '@/api/progress'
import type { ScenarioSummary } from '@/api/simulation'
import { toCards } from '@/features/learning/progress'
import { casesToOffer, firstStep, roleSections } from './home'

const module = (id: string, targetGroups: string[] = []): ModuleSummary => ({
  id,
  title: `Module ${id}`,
  summary: '',
  targetGroups,
  competencies: [],
  minutes: 20,
  lessonCount: 4,
  locale: 'nl',
  untranslated: false,
})

const scenario = (id: string, overrides: Partial<ScenarioSummary> = {}): ScenarioSummary => ({
  id,
  title: `Case ${id}`,
  summary: '',
  targetGroups: [],
  competencies: [],
  minutes: 15,
  sceneCount: 6,
  endingCount: 3,
  locale: 'nl',
  untranslated: false,
  bestOutcome: null,
  activeRunId: null,
  ...overrides,
})

/** Cards for modules a, b, c (b for the learner's sector) with the given statuses. */
function cards(statuses: Partial<Record<string, ProgressStatus>> = {}) {
  const modules = [module('a'), module('b', ['ZORG']), module('c')]
  const progress = Object.entries(statuses).map(([moduleId, status]) => ({
    moduleId,
    status: status ?? 'NOT_STARTED',
    lessonsViewed: [],
    lessonCount: 4,
    attempts: 0,
    lastScore: null,
    bestScore: null,
    completedAt: null,
  }))
  return toCards(modules, progress, 'ZORG')
}

describe('firstStep', () => {
  it('gives a new learner one place to begin: the first module for their sector', () => {
    expect(firstStep({ cards: cards(), scenarios: [scenario('x')], refresherDue: false })).toEqual({
      kind: 'begin',
      moduleId: 'b',
      title: 'Module b',
    })
  })

  it('without a module for the sector, begins with the first in the server order', () => {
    const general = toCards([module('a'), module('c')], [], 'ONDERWIJS')
    expect(firstStep({ cards: general, scenarios: [], refresherDue: false })).toMatchObject({ kind: 'begin', moduleId: 'a' })
  })

  it('sends a returning learner back to the module they began, before anything else', () => {
    const step = firstStep({
      cards: cards({ c: 'IN_PROGRESS' }),
      scenarios: [scenario('x', { activeRunId: 'run-1' })],
      refresherDue: true,
    })
    expect(step).toEqual({ kind: 'continue-module', moduleId: 'c', title: 'Module c' })
  })

  it('then to an unfinished case', () => {
    const step = firstStep({
      cards: cards({ b: 'COMPLETED' }),
      scenarios: [scenario('x'), scenario('y', { activeRunId: 'run-2' })],
      refresherDue: true,
    })
    expect(step).toEqual({ kind: 'continue-case', runId: 'run-2', title: 'Case y' })
  })

  it('then to a due refresher', () => {
    expect(firstStep({ cards: cards({ b: 'COMPLETED' }), scenarios: [], refresherDue: true })).toEqual({
      kind: 'refresh',
    })
  })

  it('offers the next module, not "begin here", once one is done', () => {
    expect(firstStep({ cards: cards({ b: 'COMPLETED' }), scenarios: [], refresherDue: false })).toEqual({
      kind: 'next-module',
      moduleId: 'a',
      title: 'Module a',
    })
  })

  it('suggests practising cases when every module is done', () => {
    const done = cards({ a: 'COMPLETED', b: 'COMPLETED', c: 'COMPLETED' })
    expect(firstStep({ cards: done, scenarios: [scenario('x')], refresherDue: false })).toEqual({ kind: 'practise' })
  })
})

describe('roleSections', () => {
  it('gives a learner no role section: the first step comes first', () => {
    expect(roleSections(['LEARNER'])).toEqual([])
  })

  it('shows an attention officer the train-the-trainer track, then their sessions', () => {
    expect(roleSections(['LEARNER', 'ATTENTION_OFFICER'])).toEqual(['track', 'facilitation'])
  })

  it('shows a trainer their kits and sessions', () => {
    expect(roleSections(['TRAINER'])).toEqual(['facilitation'])
  })

  it("shows a coordinator the team's freshness and an admin the admin tasks, once each", () => {
    expect(roleSections(['COORDINATOR'])).toEqual(['team'])
    expect(roleSections(['ADMIN'])).toEqual(['admin'])
    expect(roleSections(['ADMIN', 'COORDINATOR', 'ATTENTION_OFFICER', 'TRAINER'])).toEqual([
      'admin',
      'team',
      'track',
      'facilitation',
    ])
  })
})

describe('casesToOffer', () => {
  it('puts a begun case first, then unplayed ones, keeping the server order otherwise', () => {
    const offered = casesToOffer([
      scenario('played', { bestOutcome: 'GOOD' }),
      scenario('new-1'),
      scenario('begun', { activeRunId: 'run' }),
      scenario('new-2'),
    ])
    expect(offered.map((s) => s.id)).toEqual(['begun', 'new-1', 'new-2'])
  })

  it('offers at most the count asked', () => {
    expect(casesToOffer([scenario('a'), scenario('b')], 1).map((s) => s.id)).toEqual(['a'])
  })
})
