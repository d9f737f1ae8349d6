import type { Run, RunSummary } from '@/api/simulation'

/**
 * What the progress line of the player says (decision 0031). While a decision is open, or its feedback is on
 * screen, "Decision n of about m", with the server's estimate (never below n); at an ending or in a stopped run,
 * how many decisions were made. The marks are decorative: made, the current one, and the ones probably ahead.
 */
export interface DecisionProgressFigures {
  /** 'deciding': "Decision n of about total"; 'made': "n decisions made". */
  kind: 'deciding' | 'made'
  n: number
  total: number
  made: number
  current: boolean
  ahead: number
}

export function decisionProgress(run: Run, feedbackShown: boolean): DecisionProgressFigures {
  if (run.status !== 'ACTIVE') {
    return { kind: 'made', n: run.decisions, total: run.decisions, made: run.decisions, current: false, ahead: 0 }
  }
  const n = run.decision
  const total = Math.max(n, run.aboutDecisions)
  return {
    kind: 'deciding',
    n,
    total,
    made: feedbackShown ? n : n - 1,
    current: !feedbackShown,
    ahead: total - n,
  }
}

/**
 * The learner's unfinished run of a case (runs newest first, as the API lists them) and whether it is stale: older
 * than a run they finished later. Both then offer "continue" and "start again".
 */
export function unfinishedRun(runs: readonly RunSummary[]): { run: RunSummary; stale: boolean } | null {
  const run = runs.find((r) => r.status === 'ACTIVE')
  if (!run) return null
  const started = Date.parse(run.startedAt)
  const stale = runs.some((r) => r.status === 'FINISHED' && r.finishedAt !== null && Date.parse(r.finishedAt) > started)
  return { run, stale }
}
