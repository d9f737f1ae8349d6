import { isMap, isScalar, isSeq, type Document } from 'yaml'
import {
  asText,
  asTree,
  DUTCH,
  editYaml,
  localeFiles,
  renameKey,
  STRUCTURE,
  toJs,
  type Files,
  type Path,
} from './scenarioDocument'

/**
 * The case itself, beside its nodes (issue 15): title and summary (nl.yaml), minutes, competencies, target groups,
 * start and readAgain (scenario.yaml), and the characters and settings the scenes name (ids in scenario.yaml's
 * `speaker:`/`setting:`, Dutch names in nl.yaml). Edits go through the same Document API as the rest of the editor.
 */
export type CastKind = 'characters' | 'settings'

/** A character or setting: its id, its Dutch name and the scenes that name it. */
export interface CastMember {
  id: string
  name: string
  usedBy: string[]
}

export interface CaseModel {
  title: string
  summary: string
  minutes: string
  competencies: string[]
  targetGroups: string[]
  start: string
  /** Lesson references (`<module>/<lesson>`) per competency, in file order. */
  readAgain: Record<string, string[]>
  characters: CastMember[]
  settings: CastMember[]
}

/** Which node field names a character or a setting. */
const NODE_FIELD: Record<CastKind, 'speaker' | 'setting'> = { characters: 'speaker', settings: 'setting' }

const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map(asText).filter((text) => text !== '') : [])

/** Reads the case; tolerant like readScenario. Ids a scene names without a Dutch name are listed too (name ''). */
export function readCase(files: Files): CaseModel {
  const structure = toJs(files[STRUCTURE])
  const dutch = toJs(files[DUTCH])
  const nodes = Object.entries(asTree(structure.nodes)).map(([id, raw]) => ({ id, node: asTree(raw) }))
  const cast = (kind: CastKind): CastMember[] => {
    const names = asTree(dutch[kind])
    const members = new Map<string, CastMember>(
      Object.entries(names).map(([id, name]) => [id, { id, name: asText(name), usedBy: [] }]),
    )
    for (const { id, node } of nodes) {
      const named = asText(node[NODE_FIELD[kind]])
      if (!named) continue
      if (!members.has(named)) members.set(named, { id: named, name: '', usedBy: [] })
      members.get(named)!.usedBy.push(id)
    }
    return [...members.values()]
  }
  const readAgain: Record<string, string[]> = {}
  for (const [competency, lessons] of Object.entries(asTree(structure.readAgain))) readAgain[competency] = texts(lessons)
  return {
    title: asText(dutch.title),
    summary: asText(dutch.summary),
    minutes: asText(structure.minutes),
    competencies: texts(structure.competencies),
    targetGroups: texts(structure.targetGroups),
    start: asText(structure.start),
    readAgain,
    characters: cast('characters'),
    settings: cast('settings'),
  }
}

/**
 * Sets a list of words as a flow sequence (`[a, b]`, as the shipped files write them). An existing list is changed in
 * place (items that stay keep their comments); an empty list is removed when `removeEmpty`, else written as `[]`.
 */
export function setList(doc: Document, path: Path, values: string[], removeEmpty = false) {
  if (!values.length && removeEmpty) {
    if (doc.hasIn(path)) doc.deleteIn(path)
    return
  }
  const current = doc.getIn(path, true)
  if (isSeq(current)) {
    const kept = current.items.filter((item) => isScalar(item) && values.includes(asText(item.value)))
    const present = kept.map((item) => asText((item as { value: unknown }).value))
    current.items = [...kept, ...values.filter((value) => !present.includes(value)).map((value) => doc.createNode(value))]
    return
  }
  const created = doc.createNode(values)
  created.flow = true
  doc.setIn(path, created)
}

export function setCompetencies(files: Files, competencies: string[]): Files {
  return { [STRUCTURE]: editYaml(files[STRUCTURE], (doc) => setList(doc, ['competencies'], competencies)) }
}

export function setTargetGroups(files: Files, groups: string[]): Files {
  return { [STRUCTURE]: editYaml(files[STRUCTURE], (doc) => setList(doc, ['targetGroups'], groups)) }
}

/** The lessons to read again for one competency, from a text with one `<module>/<lesson>` per line or comma. */
export function setReadAgain(files: Files, competency: string, text: string): Files {
  const lessons = text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  return {
    [STRUCTURE]: editYaml(files[STRUCTURE], (doc) => {
      setList(doc, ['readAgain', competency], lessons, true)
      const rest = doc.getIn(['readAgain'], true)
      if (isMap(rest) && rest.items.length === 0) doc.deleteIn(['readAgain'])
    }),
  }
}

/**
 * Adds a top-level mapping key before `nodes:` (where the shipped files keep characters and settings), or sets the
 * value when the key exists.
 */
function setTopLevel(doc: Document, path: Path, value: unknown) {
  const [key] = path
  const root = doc.contents
  if (path.length > 1 && isMap(root) && !doc.hasIn([key!])) {
    const nodesAt = root.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === 'nodes')
    const pair = doc.createPair(key, {})
    root.items.splice(nodesAt < 0 ? root.items.length : nodesAt, 0, pair)
  }
  doc.setIn(path, value)
}

/** Gives a character or setting its Dutch name (and so declares it). */
export function setCastName(files: Files, kind: CastKind, id: string, name: string): Files {
  return { [DUTCH]: editYaml(files[DUTCH], (doc) => setTopLevel(doc, [kind, id], name)) }
}

/** Renames a character or setting: its key in every locale file and every scene's `speaker:` or `setting:`. */
export function renameCast(files: Files, kind: CastKind, from: string, to: string): Files {
  const member = readCase(files)[kind].find((m) => m.id === from)
  const changed: Files = {
    [STRUCTURE]: editYaml(files[STRUCTURE], (doc) => {
      for (const node of member?.usedBy ?? []) doc.setIn(['nodes', node, NODE_FIELD[kind]], to)
    }),
  }
  for (const name of localeFiles(files)) {
    changed[name] = editYaml(files[name], (doc) => {
      if (!renameKey(doc, [kind], from, to) && name === DUTCH) setTopLevel(doc, [kind, to], '')
    })
  }
  return changed
}

/** Removes a character or setting from every locale file (scenes that still name it keep it; the check names them). */
export function removeCast(files: Files, kind: CastKind, id: string): Files {
  const changed: Files = {}
  for (const name of localeFiles(files)) {
    changed[name] = editYaml(files[name], (doc) => {
      if (!doc.hasIn([kind, id])) return
      doc.deleteIn([kind, id])
      const rest = doc.getIn([kind], true)
      if (isMap(rest) && rest.items.length === 0) doc.deleteIn([kind])
    })
  }
  return changed
}

/** Top-level fields the case panel shows, per file: a problem at or below one of them belongs to the case. */
export const CASE_FIELDS: Record<string, readonly string[]> = {
  [STRUCTURE]: ['id', 'version', 'order', 'targetGroups', 'competencies', 'minutes', 'start', 'readAgain'],
  [DUTCH]: ['title', 'summary', 'characters', 'settings'],
}

export const isCaseProblem = (problem: { file: string; field: string | null }) =>
  (CASE_FIELDS[problem.file] ?? []).includes((problem.field ?? '').split('.')[0]!)
