import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { load } from 'js-yaml'

/**
 * The shipped modules as the tests need them, read from content/modules/<id>/ (format:
 * module.yaml for structure and correct answers, <locale>.yaml for texts). Nothing about the
 * content is written into the tests, so they stay right when the content changes.
 */
const MODULES_DIR = path.resolve(__dirname, '../../content/modules')

interface ModuleFile {
  id: string
  lessons: string[]
  check: {
    passThreshold: number
    questions: { id: string; multiple: boolean; options: string[]; correct: string[] }[]
  }
}

interface LocaleFile {
  title?: string
  summary?: string
  lessons?: Record<string, { title?: string }>
  check?: {
    questions?: Record<string, { prompt?: string; options?: Record<string, { text?: string; feedback?: string }> }>
  }
}

export interface Option {
  id: string
  text: string
  feedback: string
  correct: boolean
}

export interface Question {
  id: string
  prompt: string
  multiple: boolean
  options: Option[]
}

export interface ModuleContent {
  id: string
  title: string
  /** True when the locale has no file of its own: the server then serves the Dutch texts. */
  untranslated: boolean
  lessons: { id: string; title: string }[]
  passThreshold: number
  questions: Question[]
}

function readYaml<T>(file: string): T {
  return load(readFileSync(file, 'utf8')) as T
}

/** The texts a learner sees in `locale`: each missing text falls back to Dutch, as the API does. */
export function readModule(id: string, locale: string): ModuleContent {
  const dir = path.join(MODULES_DIR, id)
  const structure = readYaml<ModuleFile>(path.join(dir, 'module.yaml'))
  const dutch = readYaml<LocaleFile>(path.join(dir, 'nl.yaml'))
  const localeFile = path.join(dir, `${locale}.yaml`)
  const own = existsSync(localeFile) ? readYaml<LocaleFile>(localeFile) : {}

  const text = (pick: (texts: LocaleFile) => string | undefined, what: string): string => {
    const value = pick(own) ?? pick(dutch)
    if (value === undefined) throw new Error(`content/modules/${id}: no text for ${what}`)
    return value.trim()
  }

  return {
    id: structure.id,
    title: text((t) => t.title, 'title'),
    untranslated: !existsSync(localeFile),
    lessons: structure.lessons.map((lessonId) => ({
      id: lessonId,
      title: text((t) => t.lessons?.[lessonId]?.title, `lesson ${lessonId}`),
    })),
    passThreshold: structure.check.passThreshold,
    questions: structure.check.questions.map((question) => ({
      id: question.id,
      multiple: question.multiple,
      prompt: text((t) => t.check?.questions?.[question.id]?.prompt, `prompt of ${question.id}`),
      options: question.options.map((optionId) => ({
        id: optionId,
        text: text((t) => t.check?.questions?.[question.id]?.options?.[optionId]?.text, `${question.id}/${optionId}`),
        feedback: text(
          (t) => t.check?.questions?.[question.id]?.options?.[optionId]?.feedback,
          `feedback of ${question.id}/${optionId}`,
        ),
        correct: question.correct.includes(optionId),
      })),
    })),
  }
}

/** Exactly the correct options: the question counts as right. */
export function rightAnswer(question: Question): Option[] {
  return question.options.filter((option) => option.correct)
}

/** One option that is not correct: the question counts as wrong, for single and multiple choice alike. */
export function wrongAnswer(question: Question): Option[] {
  const wrong = question.options.find((option) => !option.correct)
  if (!wrong) throw new Error(`Question ${question.id} has no wrong option to choose`)
  return [wrong]
}

/**
 * The shipped case simulations, read from content/scenarios/<id>/ (scenario.yaml for the structure and
 * the recommended choices, <locale>.yaml for texts), so the tests follow the content as it changes.
 */
const SCENARIOS_DIR = path.resolve(__dirname, '../../content/scenarios')

export type Outcome = 'GOOD' | 'PARTIAL' | 'POOR'

interface ScenarioFile {
  id: string
  start: string
  nodes: Record<
    string,
    {
      ending?: 'good' | 'partial' | 'poor'
      choices?: { id: string; to: string; if?: string; recommended?: boolean }[]
    }
  >
}

interface ScenarioLocaleFile {
  title?: string
  nodes?: Record<string, { choices?: Record<string, { text?: string; feedback?: string }> }>
}

export interface ScenarioChoice {
  id: string
  text: string
  feedback: string
  to: string
  recommended: boolean
  /** The source of its condition, if it has one: the choice is then only offered when it holds. */
  condition: string | null
}

export type ScenarioNode =
  | { kind: 'scene'; id: string; choices: ScenarioChoice[] }
  | { kind: 'ending'; id: string; outcome: Outcome }

export interface ScenarioContent {
  id: string
  title: string
  /** True when the locale has no file of its own: the server then serves the Dutch texts. */
  untranslated: boolean
  start: string
  nodes: Map<string, ScenarioNode>
}

export function readScenario(id: string, locale: string): ScenarioContent {
  const dir = path.join(SCENARIOS_DIR, id)
  const structure = readYaml<ScenarioFile>(path.join(dir, 'scenario.yaml'))
  const dutch = readYaml<ScenarioLocaleFile>(path.join(dir, 'nl.yaml'))
  const localeFile = path.join(dir, `${locale}.yaml`)
  const own = existsSync(localeFile) ? readYaml<ScenarioLocaleFile>(localeFile) : {}

  const text = (pick: (texts: ScenarioLocaleFile) => string | undefined, what: string): string => {
    const value = pick(own) ?? pick(dutch)
    if (value === undefined) throw new Error(`content/scenarios/${id}: no text for ${what}`)
    return value.trim()
  }

  const nodes = new Map<string, ScenarioNode>()
  for (const [nodeId, node] of Object.entries(structure.nodes)) {
    if (node.ending) {
      nodes.set(nodeId, { kind: 'ending', id: nodeId, outcome: node.ending.toUpperCase() as Outcome })
      continue
    }
    nodes.set(nodeId, {
      kind: 'scene',
      id: nodeId,
      choices: (node.choices ?? []).map((choice) => ({
        id: choice.id,
        to: choice.to,
        recommended: choice.recommended === true,
        condition: choice.if ?? null,
        text: text((t) => t.nodes?.[nodeId]?.choices?.[choice.id]?.text, `${nodeId}/${choice.id}`),
        feedback: text((t) => t.nodes?.[nodeId]?.choices?.[choice.id]?.feedback, `feedback of ${nodeId}/${choice.id}`),
      })),
    })
  }
  return {
    id: structure.id,
    title: text((t) => t.title, 'title'),
    untranslated: !existsSync(localeFile),
    start: structure.start,
    nodes,
  }
}

export interface RecommendedPath {
  steps: { scene: Extract<ScenarioNode, { kind: 'scene' }>; choice: ScenarioChoice }[]
  ending: Extract<ScenarioNode, { kind: 'ending' }>
}

/**
 * The route of always taking the recommended choice, from the start to an ending. It fails when a
 * scene on it has no recommended choice, or when the route loops.
 */
export function recommendedPath(scenario: ScenarioContent): RecommendedPath {
  const steps: RecommendedPath['steps'] = []
  const seen = new Set<string>()
  let nodeId = scenario.start
  for (;;) {
    const node = scenario.nodes.get(nodeId)
    if (!node) throw new Error(`${scenario.id}: unknown node ${nodeId}`)
    if (node.kind === 'ending') return { steps, ending: node }
    if (seen.has(nodeId)) throw new Error(`${scenario.id}: the recommended choices loop at ${nodeId}`)
    seen.add(nodeId)
    const choice = node.choices.find((candidate) => candidate.recommended)
    if (!choice) throw new Error(`${scenario.id}: scene ${nodeId} has no recommended choice`)
    steps.push({ scene: node, choice })
    nodeId = choice.to
  }
}
