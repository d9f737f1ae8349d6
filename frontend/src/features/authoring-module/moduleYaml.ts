import { isMap, isScalar, isSeq, parseDocument, Scalar, stringify, YAMLMap, YAMLSeq, type Document } from 'yaml'
import type { DraftFilesMap } from '@/api/authoring'

/**
 * Editing a module draft's YAML files (docs/authoring-contract.md: the draft is the content files). Every change
 * parses the text with the `yaml` Document API, changes the nodes and prints it again, so comments, key order and
 * the author's quoting survive. Functions take and return texts (or a files map), which keeps them pure and testable;
 * the editor hands the results to `draft.setFile`.
 */

export type YamlPath = readonly (string | number)[]

/** The module's locale files: `nl.yaml`, `en.yaml`, … (not `module.yaml`, not the refresher files). */
export const localeFiles = (files: DraftFilesMap): string[] =>
  Object.keys(files).filter((name) => /^[a-z]{2}(-[A-Za-z]+)?\.yaml$/.test(name))

export const REFRESHER_ITEMS = 'refreshers/items.yaml'
export const refresherLocaleFile = (locale: string) => `refreshers/${locale}.yaml`

// Long lines stay long (lineWidth 0): the shipped files keep a paragraph on one line, and folding would change them.
const PRINT = { lineWidth: 0 } as const

function parse(text: string | undefined): Document {
  return parseDocument(text ?? '', { keepSourceTokens: false })
}

/** Parses, changes and prints one file. A file the parser cannot read is left as it is (the author fixes it first). */
export function editYaml(text: string | undefined, change: (doc: Document) => void): string {
  const doc = parse(text)
  if (doc.errors.length > 0) throw new YamlSyntaxError(doc.errors[0]?.message ?? 'invalid YAML')
  change(doc)
  return doc.toString(PRINT)
}

export class YamlSyntaxError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'YamlSyntaxError'
  }
}

/** The plain value at a path, or undefined (also for unreadable files). */
export function readYaml(text: string | undefined, path: YamlPath = []): unknown {
  const doc = parse(text)
  if (doc.errors.length > 0) return undefined
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true)
  if (node === undefined || node === null) return undefined
  if (isScalar(node)) return node.value
  return (node as { toJSON(): unknown }).toJSON()
}

const needsQuotes = (value: unknown) => typeof value === 'string' && /^["']/.test(stringify(value, PRINT))

/** A text becomes a literal block (`|`) when it spans lines, as lesson bodies are written by hand. */
function textNode(doc: Document, value: string, previous: unknown): Scalar {
  const node = isScalar(previous) ? previous : (doc.createNode(value) as Scalar)
  // Quotes the text needed (an empty text, a trailing space while typing) were not the author's choice: the new text
  // is written plain where YAML allows. Quotes around a text that could do without them are kept.
  if ((node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) && needsQuotes(node.value)) {
    node.type = undefined
  }
  node.value = value
  if (value.includes('\n')) node.type = Scalar.BLOCK_LITERAL
  else if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) node.type = Scalar.PLAIN
  return node
}

/** Sets a text at a path, creating the maps on the way (and the file when it was empty or missing). */
export function setText(doc: Document, path: YamlPath, value: string): void {
  const previous = doc.getIn(path, true)
  doc.setIn(path, textNode(doc, value, previous))
}

/** Sets any value; lists are written in flow style (`[a, b]`) as module.yaml writes its short lists. */
export function setValue(doc: Document, path: YamlPath, value: unknown): void {
  const previous = doc.getIn(path, true)
  if (typeof value === 'string') return setText(doc, path, value)
  if (isScalar(previous) && (typeof value === 'number' || typeof value === 'boolean')) {
    previous.value = value
    return
  }
  doc.setIn(path, doc.createNode(value, { flow: Array.isArray(value) }))
}

export function setTextIn(text: string | undefined, path: YamlPath, value: string): string {
  return editYaml(text, (doc) => setText(doc, path, value))
}

export function setValueIn(text: string | undefined, path: YamlPath, value: unknown): string {
  return editYaml(text, (doc) => setValue(doc, path, value))
}

function seqAt(doc: Document, path: YamlPath): YAMLSeq | null {
  const node = doc.getIn(path, true)
  return isSeq(node) ? node : null
}

function mapAt(doc: Document, path: YamlPath): YAMLMap | null {
  const node = doc.getIn(path, true)
  return isMap(node) ? node : null
}

function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : node
}

/** The index of the list item whose value (or `id:`) is the given id. */
function indexOf(seq: YAMLSeq, id: string): number {
  return seq.items.findIndex((item) => (isMap(item) ? scalarValue(item.get('id', true)) : scalarValue(item)) === id)
}

function renameKey(map: YAMLMap | null, from: string, to: string): void {
  const pair = map?.items.find((item) => scalarValue(item.key) === from)
  if (!pair) return
  if (isScalar(pair.key)) pair.key.value = to
  else pair.key = new Scalar(to)
}

function moveItem<T>(items: T[], from: number, to: number): void {
  if (from < 0 || to < 0 || from >= items.length || to >= items.length) return
  const [item] = items.splice(from, 1)
  items.splice(to, 0, item as T)
}

/** Applies `change` to each of the given files that exists; returns only the files that changed. */
function editFiles(files: DraftFilesMap, names: string[], change: (doc: Document, name: string) => void): DraftFilesMap {
  const changed: DraftFilesMap = {}
  for (const name of names) {
    if (files[name] === undefined) continue
    const text = editYaml(files[name], (doc) => change(doc, name))
    if (text !== files[name]) changed[name] = text
  }
  return changed
}

/**
 * Removes an entry (lesson, question, refresher item) everywhere: from the list at `path` in the structure file
 * (`- id` or `- id: id`) and its texts under the same path in the locale files.
 */
function removeListed(files: DraftFilesMap, structure: string, locales: string[], path: YamlPath, id: string) {
  return {
    ...editFiles(files, [structure], (doc) => {
      const seq = seqAt(doc, path)
      const index = seq ? indexOf(seq, id) : -1
      if (seq && index >= 0) seq.delete(index)
    }),
    ...editFiles(files, locales, (doc) => {
      mapAt(doc, path)?.delete(id)
    }),
  }
}

/* ---------------- Lessons ---------------- */

export function lessonIds(files: DraftFilesMap): string[] {
  const ids = readYaml(files['module.yaml'], ['lessons'])
  return Array.isArray(ids) ? ids.map(String) : []
}

/** A new lesson at the end: its id in module.yaml, a title and a body to start from in nl.yaml. */
export function addLesson(files: DraftFilesMap, id: string, title: string, body: string): DraftFilesMap {
  return {
    'module.yaml': editYaml(files['module.yaml'], (doc) => {
      const seq = seqAt(doc, ['lessons'])
      if (seq) seq.add(doc.createNode(id))
      else doc.setIn(['lessons'], doc.createNode([id]))
    }),
    'nl.yaml': editYaml(files['nl.yaml'], (doc) => {
      setText(doc, ['lessons', id, 'title'], title)
      setText(doc, ['lessons', id, 'body'], body)
    }),
  }
}

/** Renames a lesson everywhere it is named: module.yaml's list and the lesson's key in every locale file. */
export function renameLesson(files: DraftFilesMap, from: string, to: string): DraftFilesMap {
  return {
    ...editFiles(files, ['module.yaml'], (doc) => {
      const seq = seqAt(doc, ['lessons'])
      const index = seq ? indexOf(seq, from) : -1
      if (seq && index >= 0) seq.set(index, doc.createNode(to))
    }),
    ...editFiles(files, localeFiles(files), (doc) => renameKey(mapAt(doc, ['lessons']), from, to)),
  }
}

/** Moves a lesson up (-1) or down (+1) in module.yaml (the learners' order) and in the locale files (readability). */
export function moveLesson(files: DraftFilesMap, id: string, delta: number): DraftFilesMap {
  return {
    ...editFiles(files, ['module.yaml'], (doc) => {
      const seq = seqAt(doc, ['lessons'])
      if (!seq) return
      const index = indexOf(seq, id)
      if (index >= 0) moveItem(seq.items, index, index + delta)
    }),
    ...editFiles(files, localeFiles(files), (doc) => {
      const map = mapAt(doc, ['lessons'])
      if (!map) return
      const index = map.items.findIndex((pair) => scalarValue(pair.key) === id)
      if (index >= 0) moveItem(map.items, index, index + delta)
    }),
  }
}

export function removeLesson(files: DraftFilesMap, id: string): DraftFilesMap {
  return removeListed(files, 'module.yaml', localeFiles(files), ['lessons'], id)
}

/* ---------------- Knowledge check ---------------- */

/** The maps of a list (questions, refresher items) as plain objects; anything else in the list is left out. */
function listedMaps(text: string | undefined, path: YamlPath): Record<string, unknown>[] {
  const list = readYaml(text, path)
  if (!Array.isArray(list)) return []
  return list.filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null)
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [])

export interface QuestionStructure {
  id: string
  competency: string
  multiple: boolean
  options: string[]
  correct: string[]
}

export function questions(files: DraftFilesMap): QuestionStructure[] {
  return listedMaps(files['module.yaml'], ['check', 'questions']).map((q) => ({
    id: String(q.id ?? ''),
    competency: String(q.competency ?? ''),
    multiple: q.multiple === true,
    options: strings(q.options),
    correct: strings(q.correct),
  }))
}

/** Where a question's structure is in module.yaml (`check.questions.<index>`), as the validator names fields. */
export function questionPath(files: DraftFilesMap, id: string): YamlPath {
  return ['check', 'questions', questions(files).findIndex((q) => q.id === id)]
}

/** The next free option id: a, b, c, … */
export function nextOptionId(taken: readonly string[]): string {
  for (let code = 97; code <= 122; code++) {
    const id = String.fromCharCode(code)
    if (!taken.includes(id)) return id
  }
  return `o${taken.length + 1}`
}

/** A question with two options (the first correct) and empty texts; a check with pass threshold 0.7 when none yet. */
export function addQuestion(files: DraftFilesMap, id: string, competency: string): DraftFilesMap {
  return {
    'module.yaml': editYaml(files['module.yaml'], (doc) => {
      if (!mapAt(doc, ['check'])) doc.setIn(['check'], doc.createNode({ passThreshold: 0.7, questions: [] }))
      const question = doc.createNode({ id, competency, multiple: false, options: ['a', 'b'], correct: ['a'] }) as YAMLMap
      for (const key of ['options', 'correct']) {
        const seq = question.get(key, true)
        if (isSeq(seq)) seq.flow = true
      }
      const seq = seqAt(doc, ['check', 'questions'])
      if (seq) seq.add(question)
      else doc.setIn(['check', 'questions'], doc.createNode([question]))
    }),
    'nl.yaml': editYaml(files['nl.yaml'], (doc) => {
      setText(doc, ['check', 'questions', id, 'prompt'], '')
      for (const option of ['a', 'b']) {
        setText(doc, ['check', 'questions', id, 'options', option, 'text'], '')
        setText(doc, ['check', 'questions', id, 'options', option, 'feedback'], '')
      }
    }),
  }
}

export function removeQuestion(files: DraftFilesMap, id: string): DraftFilesMap {
  return removeListed(files, 'module.yaml', localeFiles(files), ['check', 'questions'], id)
}

/** Changes one key of a question's structure (competency, multiple, correct). */
export function setQuestionField(files: DraftFilesMap, id: string, key: string, value: unknown): DraftFilesMap {
  return {
    'module.yaml': editYaml(files['module.yaml'], (doc) => {
      const seq = seqAt(doc, ['check', 'questions'])
      const index = seq ? indexOf(seq, id) : -1
      if (index >= 0) setValue(doc, ['check', 'questions', index, key], value)
    }),
  }
}

/** Marks an option correct or not; a single-answer question has exactly one correct option. */
export function setCorrect(files: DraftFilesMap, id: string, option: string, correct: boolean): DraftFilesMap {
  const question = questions(files).find((q) => q.id === id)
  if (!question) return {}
  let next: string[]
  if (!question.multiple) next = correct ? [option] : question.correct.filter((o) => o !== option)
  else if (correct) next = question.options.filter((o) => o === option || question.correct.includes(o))
  else next = question.correct.filter((o) => o !== option)
  return setQuestionField(files, id, 'correct', next)
}

export function addOption(files: DraftFilesMap, id: string): DraftFilesMap {
  const question = questions(files).find((q) => q.id === id)
  if (!question) return {}
  const option = nextOptionId(question.options)
  return {
    ...setQuestionField(files, id, 'options', [...question.options, option]),
    'nl.yaml': editYaml(files['nl.yaml'], (doc) => {
      setText(doc, ['check', 'questions', id, 'options', option, 'text'], '')
      setText(doc, ['check', 'questions', id, 'options', option, 'feedback'], '')
    }),
  }
}

export function removeOption(files: DraftFilesMap, id: string, option: string): DraftFilesMap {
  const question = questions(files).find((q) => q.id === id)
  if (!question) return {}
  const withoutOption = editYaml(files['module.yaml'], (doc) => {
    const index = indexOf(seqAt(doc, ['check', 'questions']) as YAMLSeq, id)
    setValue(doc, ['check', 'questions', index, 'options'], question.options.filter((o) => o !== option))
    setValue(doc, ['check', 'questions', index, 'correct'], question.correct.filter((o) => o !== option))
  })
  return {
    'module.yaml': withoutOption,
    ...editFiles(files, localeFiles(files), (doc) => {
      mapAt(doc, ['check', 'questions', id, 'options'])?.delete(option)
    }),
  }
}

/* ---------------- Refresher items ---------------- */

export type RefresherType = 'true-false' | 'single' | 'multiple' | 'vignette'

export interface RefresherStructure {
  id: string
  competency: string
  type: RefresherType
  options: string[]
  correct: string[]
}

export function refresherItems(files: DraftFilesMap): RefresherStructure[] {
  return listedMaps(files[REFRESHER_ITEMS], ['items']).map((q) => ({
    id: String(q.id ?? ''),
    competency: String(q.competency ?? ''),
    type: String(q.type ?? 'single') as RefresherType,
    options: strings(q.options),
    correct: strings(q.correct),
  }))
}

/**
 * A new refresher item: a true-false statement (correct: true) or a choice with three options (a correct). Creates
 * refreshers/items.yaml (naming the module) and refreshers/nl.yaml when the module has none yet.
 */
export function addRefresherItem(
  files: DraftFilesMap,
  moduleId: string,
  id: string,
  type: 'true-false' | 'single',
  competency: string,
): DraftFilesMap {
  const nl = refresherLocaleFile('nl')
  return {
    [REFRESHER_ITEMS]: editYaml(files[REFRESHER_ITEMS], (doc) => {
      if (!doc.has('module')) doc.set('module', moduleId)
      const fields: Record<string, unknown> =
        type === 'true-false'
          ? { id, competency, type, correct: [true] }
          : { id, competency, type, options: ['a', 'b', 'c'], correct: ['a'] }
      const item = doc.createNode(fields) as YAMLMap
      for (const key of ['options', 'correct']) {
        const seq = item.get(key, true)
        if (isSeq(seq)) seq.flow = true
      }
      const seq = seqAt(doc, ['items'])
      if (seq) seq.add(item)
      else doc.setIn(['items'], doc.createNode([item]))
    }),
    [nl]: editYaml(files[nl], (doc) => {
      setText(doc, ['items', id, 'prompt'], '')
      if (type === 'single') for (const option of ['a', 'b', 'c']) setText(doc, ['items', id, 'options', option], '')
      setText(doc, ['items', id, 'explanation'], '')
    }),
  }
}

export function setRefresherField(files: DraftFilesMap, id: string, key: string, value: unknown): DraftFilesMap {
  return {
    [REFRESHER_ITEMS]: editYaml(files[REFRESHER_ITEMS], (doc) => {
      const index = indexOf(seqAt(doc, ['items']) ?? new YAMLSeq(), id)
      if (index >= 0) setValue(doc, ['items', index, key], value)
    }),
  }
}

export function removeRefresherItem(files: DraftFilesMap, id: string): DraftFilesMap {
  const locales = Object.keys(files).filter((name) => /^refreshers\/[a-z]{2}(-[A-Za-z]+)?\.yaml$/.test(name))
  return removeListed(files, REFRESHER_ITEMS, locales, ['items'], id)
}

/* ---------------- Ids ---------------- */

/** Content ids: lowercase letters and digits in parts joined by hyphens (as `Ids` in the validator). */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** A free id from a base: `les`, `les-2`, `les-3`, … */
export function freeId(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base
  for (let n = 2; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`
}
