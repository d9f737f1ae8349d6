import { describe, expect, it } from 'vitest'
import type { Run, RunSummary } from '@/api/simulation'
import { decisionProgress, unfinishedRun } from './progress'

function run(overrides: Partial<Run>): Run {
  return {
    id: 'r1',
    scenarioId: 'buurtteam-tikkies',
    scenarioVersion: 3,
    title: 'Tikkies',
    status: 'ACTIVE',
    decisions: 2,
    startedAt: '2026-12-01T10:00:00Z',
    finishedAt: null,
    outcome: null,
    scene: null,
    ending: null,
    locale: 'nl',
    untranslated: false,
    decision: 3,
    aboutDecisions: 8,
    ...overrides,
  }
}

function summary(id: string, status: RunSummary['status'], startedAt: string, finishedAt: string | null = null): RunSummary {
  return { id, scenarioId: 'buurtteam-tikkies', scenarioVersion: 3, status, decisions: 1, startedAt, finishedAt, outcome: null }
}

describe('decisionProgress', () => {
  it('says decision n of about total while deciding, with the marks made, current and ahead', () => {
    expect(decisionProgress(run({}), false)).toEqual({ kind: 'deciding', n: 3, total: 8, made: 2, current: true, ahead: 5 })
  })

  it('counts the decision as made while its feedback is on screen', () => {
    expect(decisionProgress(run({}), true)).toEqual({ kind: 'deciding', n: 3, total: 8, made: 3, current: false, ahead: 5 })
  })

  it('never says fewer decisions in total than the one being made', () => {
    expect(decisionProgress(run({ decision: 9, decisions: 8, aboutDecisions: 7 }), false)).toMatchObject({ n: 9, total: 9, ahead: 0 })
  })

  it('counts the decisions made at an ending and in a stopped run', () => {
    expect(decisionProgress(run({ status: 'FINISHED', decisions: 7, decision: 7, aboutDecisions: 7 }), false)).toEqual({
      kind: 'made',
      n: 7,
      total: 7,
      made: 7,
      current: false,
      ahead: 0,
    })
    expect(decisionProgress(run({ status: 'ABANDONED', decisions: 2 }), false)).toMatchObject({ kind: 'made', made: 2, ahead: 0 })
  })
})

describe('unfinishedRun', () => {
  it('is the newest active run, not stale when nothing was finished after it', () => {
    const runs = [summary('new', 'ACTIVE', '2026-12-05T10:00:00Z'), summary('old', 'FINISHED', '2026-12-01T10:00:00Z', '2026-12-01T10:20:00Z')]
    expect(unfinishedRun(runs)).toEqual({ run: runs[0], stale: false })
  })

  it('is stale when a later run was finished', () => {
    const runs = [summary('done', 'FINISHED', '2026-12-05T10:00:00Z', '2026-12-05T10:20:00Z'), summary('old', 'ACTIVE', '2026-12-01T10:00:00Z')]
    expect(unfinishedRun(runs)).toEqual({ run: runs[1], stale: true })
  })

  it('ignores abandoned runs', () => {
    expect(unfinishedRun([summary('stopped', 'ABANDONED', '2026-12-01T10:00:00Z', '2026-12-02T10:00:00Z')])).toBeNull()
  })
})
