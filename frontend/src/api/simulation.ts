import { http } from './http'

/**
 * Branching case simulations (docs: simulation spec, section 5). Scenario texts come in the asked
 * locale with `untranslated` set when some fall back to Dutch; choice texts and feedback are plain text,
 * scene, ending and debrief texts are HTML rendered and sanitised by the server.
 */

export const OUTCOMES = ['GOOD', 'PARTIAL', 'POOR'] as const
export type Outcome = (typeof OUTCOMES)[number]

/** ABANDONED: the learner stopped the run before an ending; kept for history, never continued. */
export type RunStatus = 'ACTIVE' | 'FINISHED' | 'ABANDONED'

export interface ScenarioSummary {
  id: string
  title: string
  summary: string
  /** Sectors this case is written for; empty means everyone. */
  targetGroups: string[]
  competencies: string[]
  minutes: number
  sceneCount: number
  endingCount: number
  locale: string
  untranslated: boolean
  /** The logged-in user's best finished run; null when none or anonymous. */
  bestOutcome: Outcome | null
  /** The logged-in user's unfinished run, to resume. */
  activeRunId: string | null
}

export interface Character {
  id: string
  name: string
}

export interface ScenarioDetail extends ScenarioSummary {
  characters: Character[]
}

export interface SceneChoice {
  id: string
  text: string
}

export interface Scene {
  nodeId: string
  speaker: Character | null
  setting: string | null
  html: string
  /** Only the choices whose condition holds now. */
  choices: SceneChoice[]
}

export interface RunEnding {
  nodeId: string
  outcome: Outcome
  html: string
}

export interface Run {
  id: string
  scenarioId: string
  scenarioVersion: number
  title: string
  status: RunStatus
  /** The number of decisions made so far. */
  decisions: number
  startedAt: string
  /** When it reached its ending, or when the learner stopped it. */
  finishedAt: string | null
  outcome: Outcome | null
  /** Null when finished; without choices once abandoned. */
  scene: Scene | null
  ending: RunEnding | null
  locale: string
  untranslated: boolean
  /** The decision being made now (at an ending: the number made). */
  decision: number
  /** Decisions made plus those on the recommended path from here: "decision 3 of about 8" (decision 0031). */
  aboutDecisions: number
}

export interface RunSummary {
  id: string
  scenarioId: string
  scenarioVersion: number
  status: RunStatus
  decisions: number
  startedAt: string
  finishedAt: string | null
  outcome: Outcome | null
}

export interface ChoiceCommand {
  /** Made by the client; the same id again returns the same result and records nothing. */
  clientChoiceId: string
  choiceId: string
}

export interface ChoiceResult {
  choiceId: string
  text: string
  feedback: string
  /** Whether this was the scene's recommended choice. */
  recommended: boolean
  run: Run
}

export interface DebriefDecision {
  step: number
  nodeId: string
  sceneHtml: string
  chosen: { id: string; text: string; feedback: string }
  recommended: { id: string; text: string } | null
  followedRecommendation: boolean
  /** The best choice on offer at this decision (the recommended one when it was on offer; decision 0030). */
  best: { id: string; text: string }
  /** The choice scored fewer points than the best on offer: one of the run's mistakes ("why did it go this way?"). */
  belowBest: boolean
}

export interface CompetencyScore {
  competency: string
  /** Signed: wrong choices cost points. */
  earned: number
  /** What the best choices at the decisions met on this path would have earned; never negative. */
  attainable: number
  /** Something was attainable in this competency on this path. */
  practised: boolean
  /** earned / attainable within 0..1; null when not practised ("0 of 0" is no score). */
  score: number | null
  weak: boolean
}

export interface ReadAgainLesson {
  moduleId: string
  lessonId: string
  moduleTitle: string
  lessonTitle: string
  /** A path inside this app: /learn/<module>/lessons/<lesson>. */
  href: string
}

export interface Debrief {
  runId: string
  scenarioId: string
  outcome: Outcome
  endingHtml: string
  debriefHtml: string
  decisions: DebriefDecision[]
  recommendedPath: { nodeId: string; choiceId: string; text: string }[]
  competencies: CompetencyScore[]
  readAgain: ReadAgainLesson[]
}

const scenarioPath = (scenarioId: string) => `/api/scenarios/${encodeURIComponent(scenarioId)}`
const runPath = (runId: string) => `/api/runs/${encodeURIComponent(runId)}`

export const listScenarios = (locale: string) => http<ScenarioSummary[]>('/api/scenarios', { query: { locale } })

export const fetchScenario = (scenarioId: string, locale: string) =>
  http<ScenarioDetail>(scenarioPath(scenarioId), { query: { locale } })

/** A new run on the scenario's current version. */
export const startRun = (scenarioId: string) =>
  http<Run>(`${scenarioPath(scenarioId)}/runs`, { method: 'POST', body: {} })

/** The user's own runs of a scenario, newest first. */
export const listRuns = (scenarioId: string) => http<RunSummary[]>('/api/runs', { query: { scenarioId } })

export const fetchRun = (runId: string, locale: string) => http<Run>(runPath(runId), { query: { locale } })

export const submitChoice = (runId: string, command: ChoiceCommand, locale: string) =>
  http<ChoiceResult>(`${runPath(runId)}/choices`, { method: 'POST', body: command, query: { locale } })

/** 409 while the run has not reached an ending. */
export const fetchDebrief = (runId: string, locale: string) =>
  http<Debrief>(`${runPath(runId)}/debrief`, { query: { locale } })

/** Stops an unfinished run (again: no change); 409 once it has reached an ending. */
export const abandonRun = (runId: string) => http<Run>(`${runPath(runId)}/abandon`, { method: 'POST', body: {} })

/** A new run that repeats the first `fromStep` decisions of this one (0: from the start). */
export const replayRun = (runId: string, fromStep: number) =>
  http<Run>(`${runPath(runId)}/replays`, { method: 'POST', body: { fromStep } })
