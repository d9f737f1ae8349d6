import type { Role } from '@/api/identity'
import type { ScenarioSummary } from '@/api/simulation'
import type { ModuleCard } from '@/features/learning/progress'

/**
 * The one thing the home page offers first (issue #13 item 4, decision 0032). Work already begun comes
 * before anything new, so a learner finds where they were; a new learner gets a single place to begin.
 */
export type FirstStep =
  | { kind: 'continue-module'; moduleId: string; title: string }
  | { kind: 'continue-case'; runId: string; title: string }
  | { kind: 'refresh' }
  | { kind: 'begin'; moduleId: string; title: string }
  | { kind: 'next-module'; moduleId: string; title: string }
  | { kind: 'practise' }

export interface LearnerState {
  /** The learner's module cards in the server's order (own sector first). */
  cards: readonly ModuleCard[]
  /** Cases in the server's order; `activeRunId` marks one begun and not finished. */
  scenarios: readonly ScenarioSummary[]
  /** A refresher is suggested or a completed module is due (refresher/status.ts `offersRefresher`). */
  refresherDue: boolean
}

export function firstStep({ cards, scenarios, refresherDue }: LearnerState): FirstStep {
  const begun = cards.find((card) => card.progress?.status === 'IN_PROGRESS')
  if (begun) return { kind: 'continue-module', moduleId: begun.module.id, title: begun.module.title }
  const run = scenarios.find((scenario) => scenario.activeRunId !== null)
  if (run?.activeRunId) return { kind: 'continue-case', runId: run.activeRunId, title: run.title }
  if (refresherDue) return { kind: 'refresh' }
  const open = cards.find((card) => card.progress?.status !== 'COMPLETED')
  const nothingYet = cards.every((card) => (card.progress?.status ?? 'NOT_STARTED') === 'NOT_STARTED')
  const own = cards.find((card) => card.forYourSector && card.progress?.status !== 'COMPLETED') ?? open
  if (own) return { kind: nothingYet ? 'begin' : 'next-module', moduleId: own.module.id, title: own.module.title }
  return { kind: 'practise' }
}

/** The home page's own section per role, in the order shown; learners have none before their first step. */
export type RoleSection = 'admin' | 'team' | 'track' | 'facilitation'

/**
 * Each role sees its own work first: administrators their admin tasks, coordinators their team's freshness,
 * attention officers the train-the-trainer track and their live sessions, trainers their kits and sessions.
 * A person with several roles gets each section once, the most specific role first.
 */
export function roleSections(roles: readonly Role[]): RoleSection[] {
  const sections: RoleSection[] = []
  if (roles.includes('ADMIN')) sections.push('admin')
  if (roles.includes('COORDINATOR')) sections.push('team')
  if (roles.includes('ATTENTION_OFFICER')) sections.push('track', 'facilitation')
  if (roles.includes('TRAINER') && !sections.includes('facilitation')) sections.push('facilitation')
  return sections
}

/** A few cases for the home page: one already begun first, then ones not yet played, in the server's order. */
export function casesToOffer(scenarios: readonly ScenarioSummary[], count = 3): ScenarioSummary[] {
  const rank = (scenario: ScenarioSummary): number =>
    scenario.activeRunId !== null ? 0 : scenario.bestOutcome === null ? 1 : 2
  return scenarios
    .map((scenario, index) => ({ scenario, index }))
    .sort((a, b) => rank(a.scenario) - rank(b.scenario) || a.index - b.index)
    .slice(0, count)
    .map((entry) => entry.scenario)
}
