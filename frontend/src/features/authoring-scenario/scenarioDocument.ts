import { isMap, isScalar, isSeq, parseDocument, Scalar, visit, YAMLSeq, type Document } from 'yaml'

/**
 * A scenario draft seen as the editor needs it (graph, forms, variables), read from its files: scenario.yaml for the
 * structure and nl.yaml for the Dutch texts. Every edit goes back into the YAML through the `yaml` package's Document
 * API (`setIn`, `deleteIn`), so comments, key order and untouched formatting survive; the server never writes YAML.
 */
export const STRUCTURE = 'scenario.yaml'
export const DUTCH = 'nl.yaml'
export const OUTCOMES = ['good', 'partial', 'poor'] as const
export type EndingKind = (typeof OUTCOMES)[number]

export interface ChoiceModel {
  index: number
  id: string
  to: string
  condition: string
  effects: string
  points: Record<string, number>
  recommended: boolean
  text: string
  feedback: string
}

export interface NodeModel {
  id: string
  /** An ending when the node holds `ending:`, else a scene. */
  ending: EndingKind | null
  speaker: string
  setting: string
  practice: string
  text: string
  debrief: string
  choices: ChoiceModel[]
}

export interface VariableModel {
  name: string
  type: 'int' | 'flag'
  initial: number | boolean
  min: number | null
  max: number | null
}

export interface ScenarioModel {
  start: string
  competencies: string[]
  variables: VariableModel[]
  nodes: NodeModel[]
  characters: string[]
  settings: string[]
}

type Tree = Record<string, unknown>

export const asTree = (value: unknown): Tree =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Tree) : {}
export const asText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : ''
const asNumber = (value: unknown): number | null => (typeof value === 'number' ? value : null)

export function toJs(text: string | undefined): Tree {
  if (!text) return {}
  try {
    return asTree(parseDocument(text).toJS())
  } catch {
    return {}
  }
}

/** Locale files of a scenario draft (nl.yaml, en.yaml, ...). */
export const localeFiles = (files: Record<string, string>) =>
  Object.keys(files).filter((name) => /^[a-z]{2,3}(-[A-Za-z]{2,4})?\.yaml$/.test(name))

/** Reads what the editor shows; tolerant of half-written files (what cannot be read is left out). */
export function readScenario(files: Record<string, string>): ScenarioModel {
  const structure = toJs(files[STRUCTURE])
  const dutch = toJs(files[DUTCH])
  const dutchNodes = asTree(dutch.nodes)
  const nodes: NodeModel[] = Object.entries(asTree(structure.nodes)).map(([id, raw]) => {
    const node = asTree(raw)
    const texts = asTree(dutchNodes[id])
    const choiceTexts = asTree(texts.choices)
    const ending = OUTCOMES.find((outcome) => outcome === node.ending) ?? ('ending' in node ? 'poor' : null)
    const choices = (Array.isArray(node.choices) ? node.choices : []).map((rawChoice, index): ChoiceModel => {
      const choice = asTree(rawChoice)
      const id = asText(choice.id)
      const points: Record<string, number> = {}
      for (const [competency, value] of Object.entries(asTree(choice.points))) {
        if (typeof value === 'number') points[competency] = value
      }
      return {
        index,
        id,
        to: asText(choice.to),
        condition: asText(choice.if),
        effects: asText(choice.effects),
        points,
        recommended: choice.recommended === true,
        text: asText(asTree(choiceTexts[id]).text),
        feedback: asText(asTree(choiceTexts[id]).feedback),
      }
    })
    return {
      id,
      ending,
      speaker: asText(node.speaker),
      setting: asText(node.setting),
      practice: asText(node.practice),
      text: asText(texts.text),
      debrief: asText(texts.debrief),
      choices,
    }
  })
  const variables: VariableModel[] = Object.entries(asTree(structure.variables)).map(([name, raw]) => {
    const declaration = asTree(raw)
    const type = declaration.type === 'flag' ? 'flag' : 'int'
    return {
      name,
      type,
      initial: type === 'flag' ? declaration.initial === true : (asNumber(declaration.initial) ?? 0),
      min: asNumber(declaration.min),
      max: asNumber(declaration.max),
    }
  })
  return {
    start: asText(structure.start),
    competencies: Array.isArray(structure.competencies) ? structure.competencies.map(asText) : [],
    variables,
    nodes,
    characters: Object.keys(asTree(dutch.characters)),
    settings: Object.keys(asTree(dutch.settings)),
  }
}

/** Nodes a learner can reach from the start by any choice (conditions ignored: they may all hold). */
export function reachableNodes(model: ScenarioModel): Set<string> {
  const byId = new Map(model.nodes.map((node) => [node.id, node]))
  const seen = new Set<string>()
  const queue = byId.has(model.start) ? [model.start] : []
  while (queue.length) {
    const id = queue.shift()!
    if (seen.has(id)) continue
    seen.add(id)
    for (const choice of byId.get(id)?.choices ?? []) if (byId.has(choice.to)) queue.push(choice.to)
  }
  return seen
}

/** Choices (node id, choice) that lead to `target`. */
export const choicesTo = (model: ScenarioModel, target: string) =>
  model.nodes.flatMap((node) =>
    node.choices.filter((choice) => choice.to === target).map((choice) => ({ node: node.id, choice: choice.id })),
  )

/** An id that is not yet taken: `base`, `base-2`, `base-3`... */
export function freeId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  if (!used.has(base)) return base
  let n = 2
  while (used.has(`${base}-${n}`)) n++
  return `${base}-${n}`
}

// ---- edits: each takes the file texts and returns the changed ones (only files that changed)

export type Files = Record<string, string>
export type Path = (string | number)[]

/** Applies `change` to one file's Document and answers its new text. */
export function editYaml(text: string | undefined, change: (doc: Document) => void): string {
  const doc = parseDocument(text ?? '')
  if (doc.contents === null) doc.contents = doc.createNode({}) as never
  change(doc)
  // The files write flow sequences unpadded ([a, b]) and flow mappings padded ({ a: 1 }); yaml pads both or neither.
  visit(doc, {
    Seq(_, seq) {
      if (!seq.flow) return
      const plain = YAMLSeq.prototype.toString
      seq.toString = function (this: YAMLSeq, ctx, ...rest) {
        return plain.call(this, ctx && { ...ctx, flowCollectionPadding: '' }, ...rest)
      }
    },
  })
  // No folding of long lines: the files keep one paragraph per line (git-friendly diffs).
  return doc.toString({ lineWidth: 0 })
}

/** Sets a value, or removes the key when the value is empty ('' or null). */
export function setOrDelete(doc: Document, path: Path, value: unknown) {
  if (value === '' || value === null || value === undefined) {
    if (doc.hasIn(path)) doc.deleteIn(path)
  } else {
    doc.setIn(path, value)
  }
}

/** Renames a key of the mapping at `path`, keeping its place and value. */
export function renameKey(doc: Document, path: Path, from: string, to: string): boolean {
  const map = path.length ? doc.getIn(path, true) : doc.contents
  if (!isMap(map)) return false
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === from)
  if (!pair) return false
  pair.key = new Scalar(to)
  return true
}

export function setStructureField(files: Files, path: Path, value: unknown): Files {
  return { [STRUCTURE]: editYaml(files[STRUCTURE], (doc) => setOrDelete(doc, path, value)) }
}

export function setDutchField(files: Files, path: Path, value: unknown): Files {
  return { [DUTCH]: editYaml(files[DUTCH], (doc) => setOrDelete(doc, path, value)) }
}

export function addScene(files: Files, id: string): Files {
  return {
    [STRUCTURE]: editYaml(files[STRUCTURE], (doc) => doc.setIn(['nodes', id], doc.createNode({ choices: [] }))),
    [DUTCH]: editYaml(files[DUTCH], (doc) => doc.setIn(['nodes', id, 'text'], '')),
  }
}

export function addEnding(files: Files, id: string, kind: EndingKind): Files {
  return {
    [STRUCTURE]: editYaml(files[STRUCTURE], (doc) => doc.setIn(['nodes', id], doc.createNode({ ending: kind }))),
    [DUTCH]: editYaml(files[DUTCH], (doc) => doc.setIn(['nodes', id], doc.createNode({ text: '', debrief: '' }))),
  }
}

export function addChoice(files: Files, node: string, id: string, to: string): Files {
  return {
    [STRUCTURE]: editYaml(files[STRUCTURE], (doc) => {
      const choices = doc.getIn(['nodes', node, 'choices'])
      const created = doc.createNode({ id, to })
      // A new scene's `choices: []` reads back as a flow list; its first choice turns it into an ordinary block list,
      // as authors write them (and as validator positions are mapped best).
      if (isSeq(choices) && choices.items.length === 0) choices.flow = false
      if (isSeq(choices)) choices.items.push(created)
      else doc.setIn(['nodes', node, 'choices'], doc.createNode([{ id, to }]))
    }),
    [DUTCH]: editYaml(files[DUTCH], (doc) => doc.setIn(['nodes', node, 'choices', id], doc.createNode({ text: '' }))),
  }
}

export function removeChoice(files: Files, node: string, index: number): Files {
  const id = String(readScenario(files).nodes.find((n) => n.id === node)?.choices[index]?.id ?? '')
  const changed: Files = {
    [STRUCTURE]: editYaml(files[STRUCTURE], (doc) => doc.deleteIn(['nodes', node, 'choices', index])),
  }
  if (id) {
    for (const name of localeFiles(files)) {
      changed[name] = editYaml(files[name], (doc) => {
        if (doc.hasIn(['nodes', node, 'choices', id])) doc.deleteIn(['nodes', node, 'choices', id])
      })
    }
  }
  return changed
}

/** Moves choice `index` one place up (-1) or down (+1). */
export function moveChoice(files: Files, node: string, index: number, by: -1 | 1): Files {
  return {
    [STRUCTURE]: editYaml(files[STRUCTURE], (doc) => {
      const choices = doc.getIn(['nodes', node, 'choices'])
      if (!isSeq(choices)) return
      const target = index + by
      if (target < 0 || target >= choices.items.length) return
      const [moved] = choices.items.splice(index, 1)
      choices.items.splice(target, 0, moved)
    }),
  }
}

/** Renames a choice id in scenario.yaml and its texts' key in every locale file. */
export function renameChoice(files: Files, node: string, index: number, from: string, to: string): Files {
  const changed: Files = {
    [STRUCTURE]: editYaml(files[STRUCTURE], (doc) => doc.setIn(['nodes', node, 'choices', index, 'id'], to)),
  }
  if (from && to && !readScenario(files).nodes.find((n) => n.id === node)?.choices.some((c) => c.id === to)) {
    for (const name of localeFiles(files)) {
      changed[name] = editYaml(files[name], (doc) => renameKey(doc, ['nodes', node, 'choices'], from, to))
    }
  }
  return changed
}

/** Renames a node: its key in every file, every choice's `to:` and `start:`. */
export function renameNode(files: Files, from: string, to: string): Files {
  const model = readScenario(files)
  const changed: Files = {
    [STRUCTURE]: editYaml(files[STRUCTURE], (doc) => {
      renameKey(doc, ['nodes'], from, to)
      if (model.start === from) doc.set('start', to)
      for (const node of model.nodes) {
        const id = node.id === from ? to : node.id
        for (const choice of node.choices) {
          if (choice.to === from) doc.setIn(['nodes', id, 'choices', choice.index, 'to'], to)
        }
      }
    }),
  }
  for (const name of localeFiles(files)) {
    changed[name] = editYaml(files[name], (doc) => renameKey(doc, ['nodes'], from, to))
  }
  return changed
}

/** Deletes a node from every file; choices that pointed to it stay (the validator then names them). */
export function deleteNode(files: Files, id: string): Files {
  const changed: Files = {
    [STRUCTURE]: editYaml(files[STRUCTURE], (doc) => doc.deleteIn(['nodes', id])),
  }
  for (const name of localeFiles(files)) {
    changed[name] = editYaml(files[name], (doc) => {
      if (doc.hasIn(['nodes', id])) doc.deleteIn(['nodes', id])
    })
  }
  return changed
}

export function setVariable(files: Files, variable: VariableModel, previousName?: string): Files {
  return {
    [STRUCTURE]: editYaml(files[STRUCTURE], (doc) => {
      if (previousName && previousName !== variable.name) renameKey(doc, ['variables'], previousName, variable.name)
      const declaration =
        variable.type === 'flag'
          ? { type: 'flag', initial: variable.initial === true }
          : {
              type: 'int',
              initial: typeof variable.initial === 'number' ? variable.initial : 0,
              min: variable.min ?? 0,
              max: variable.max ?? 10,
            }
      const node = doc.createNode(declaration)
      node.flow = true
      doc.setIn(['variables', variable.name], node)
    }),
  }
}

export function removeVariable(files: Files, name: string): Files {
  return {
    [STRUCTURE]: editYaml(files[STRUCTURE], (doc) => {
      if (doc.hasIn(['variables', name])) doc.deleteIn(['variables', name])
    }),
  }
}
