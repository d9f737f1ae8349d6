import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { load } from 'js-yaml'

/**
 * A decision point from a case simulation as the tests need it, read from content/scenarios/<id>/
 * (scenario.yaml for the choices and the recommended one, <locale>.yaml for texts, Dutch where a
 * text is missing, as the API does).
 */
const SCENARIOS_DIR = path.resolve(__dirname, '../../content/scenarios')

interface StructureFile {
  nodes: Record<string, { practice?: string; choices?: { id: string; recommended?: boolean }[] }>
}

interface LocaleFile {
  title?: string
  nodes?: Record<string, { text?: string; choices?: Record<string, { text?: string; feedback?: string }> }>
}

export interface DecisionPointContent {
  title: string
  /** The scene's Markdown text. */
  text: string
  competency: string
  choices: { id: string; text: string; feedback: string }[]
  recommended: string
}

const readYaml = <T>(file: string): T => load(readFileSync(file, 'utf8')) as T

/** The decision point with this key (`scenarios/<scenario>/nodes/<scene>`), in `locale`. */
export function readDecisionPoint(key: string, locale: string): DecisionPointContent {
  const match = /^scenarios\/([^/]+)\/nodes\/([^/]+)$/.exec(key)
  if (!match) throw new Error(`not a decision point key: ${key}`)
  const [, scenarioId, nodeId] = match as unknown as [string, string, string]
  const dir = path.join(SCENARIOS_DIR, scenarioId)
  const node = readYaml<StructureFile>(path.join(dir, 'scenario.yaml')).nodes[nodeId]
  if (!node?.practice || !node.choices) throw new Error(`${key} is not marked for practice`)
  const dutch = readYaml<LocaleFile>(path.join(dir, 'nl.yaml'))
  const localeFile = path.join(dir, `${locale}.yaml`)
  const own = existsSync(localeFile) ? readYaml<LocaleFile>(localeFile) : {}
  const pick = (choose: (texts: LocaleFile) => string | undefined): string => {
    const found = choose(own) ?? choose(dutch)
    if (found === undefined) throw new Error(`${key}: a text is missing`)
    return found.trim()
  }
  return {
    title: pick((texts) => texts.title),
    text: pick((texts) => texts.nodes?.[nodeId]?.text),
    competency: node.practice,
    choices: node.choices.map((choice) => ({
      id: choice.id,
      text: pick((texts) => texts.nodes?.[nodeId]?.choices?.[choice.id]?.text),
      feedback: pick((texts) => texts.nodes?.[nodeId]?.choices?.[choice.id]?.feedback),
    })),
    recommended: node.choices.find((choice) => choice.recommended)?.id ?? '',
  }
}
