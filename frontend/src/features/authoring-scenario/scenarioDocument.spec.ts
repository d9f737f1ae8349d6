import { describe, expect, it } from 'vitest'
import {
  addChoice,
  addScene,
  deleteNode,
  editYaml,
  moveChoice,
  readScenario,
  reachableNodes,
  removeChoice,
  renameChoice,
  renameNode,
  setStructureField,
  setVariable,
  type Files,
} from './scenarioDocument'
import { FILES } from './fixture'

const after = (files: Files, changed: Files) => ({ ...files, ...changed })

describe('scenario document', () => {
  it('reads nodes, choices with their Dutch texts, endings and variables', () => {
    const model = readScenario(FILES)
    expect(model.start).toBe('begin')
    expect(model.nodes.map((n) => [n.id, n.ending])).toEqual([
      ['begin', null],
      ['goed', 'good'],
      ['afgewacht', 'poor'],
    ])
    expect(model.nodes[0]!.choices[1]).toMatchObject({
      id: 'afwachten',
      to: 'afgewacht',
      condition: 'trust > 1 and unknown_thing',
      text: 'Zeg dat het vast wel meevalt.',
      points: { 'signal-recognition': -1 },
    })
    expect(model.variables).toEqual([{ name: 'trust', type: 'int', initial: 2, min: 0, max: 5 }])
  })

  it('renames a node everywhere: its key in both files, every to: and start:, keeping comments and order', () => {
    const files = after(FILES, renameNode(FILES, 'begin', 'eerste'))
    expect(files['scenario.yaml']).toContain('start: eerste')
    expect(files['scenario.yaml']).toContain('  # de eerste scène\n  eerste:\n')
    expect(readScenario(files).nodes.map((n) => n.id)).toEqual(['eerste', 'goed', 'afgewacht'])
    const renamedEnding = after(files, renameNode(files, 'goed', 'goed-einde'))
    expect(readScenario(renamedEnding).nodes[0]!.choices[0]!.to).toBe('goed-einde')
    expect(readScenario(renamedEnding).nodes[1]!.text).toBe('Sam vertelt meer.')
  })

  it('adds a scene and a choice to it, with a Dutch text entry', () => {
    let files = after(FILES, addScene(FILES, 'tweede'))
    files = after(files, addChoice(files, 'tweede', 'keuze', 'goed'))
    const node = readScenario(files).nodes.find((n) => n.id === 'tweede')!
    expect(node.choices.map((c) => [c.id, c.to])).toEqual([['keuze', 'goed']])
    expect(files['nl.yaml']).toMatch(/tweede:\n\s+text: ""\n\s+choices:\n\s+keuze:/)
    expect(files['scenario.yaml']).toContain('  tweede:\n    choices:\n      - id: keuze\n        to: goed\n')
  })

  it('sets and clears a condition through the Document API', () => {
    const set = after(FILES, setStructureField(FILES, ['nodes', 'begin', 'choices', 0, 'if'], 'trust >= 2'))
    expect(readScenario(set).nodes[0]!.choices[0]!.condition).toBe('trust >= 2')
    const cleared = after(set, setStructureField(set, ['nodes', 'begin', 'choices', 0, 'if'], ''))
    expect(cleared['scenario.yaml']).toBe(FILES['scenario.yaml'])
  })

  it('removes, reorders and renames choices, their texts with them', () => {
    const moved = after(FILES, moveChoice(FILES, 'begin', 1, -1))
    expect(readScenario(moved).nodes[0]!.choices.map((c) => c.id)).toEqual(['afwachten', 'doorvragen'])
    const renamed = after(FILES, renameChoice(FILES, 'begin', 0, 'doorvragen', 'vragen'))
    expect(readScenario(renamed).nodes[0]!.choices[0]).toMatchObject({ id: 'vragen', text: 'Vraag wat voor klusjes het zijn.' })
    const removed = after(FILES, removeChoice(FILES, 'begin', 0))
    expect(readScenario(removed).nodes[0]!.choices.map((c) => c.id)).toEqual(['afwachten'])
    expect(removed['nl.yaml']).not.toContain('doorvragen')
  })

  it('deletes a node from both files and marks what can no longer be reached', () => {
    const files = after(FILES, deleteNode(FILES, 'goed'))
    expect(readScenario(files).nodes.map((n) => n.id)).toEqual(['begin', 'afgewacht'])
    expect(files['nl.yaml']).not.toContain('Sam vertelt meer.')
    const orphan = after(FILES, addScene(FILES, 'los'))
    expect([...reachableNodes(readScenario(orphan))]).not.toContain('los')
  })

  it('declares a variable as a flow mapping like the shipped files', () => {
    const files = after(FILES, setVariable(FILES, { name: 'asked', type: 'flag', initial: false, min: null, max: null }))
    expect(files['scenario.yaml']).toContain('  asked: { type: flag, initial: false }\n')
  })
})

// Every shipped scenario's files, as text (the glob reads them at test time).
const shipped = import.meta.glob<string>('../../../../content/scenarios/*/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
})

describe('editing keeps the shipped files as they are', () => {
  it('writes every shipped scenario file back unchanged by an edit that changes nothing (only column alignment goes)', () => {
    const aligned = (text: string) => text.replace(/^(\s+[a-z_]+):\s+\{/gm, '$1: {')
    expect(Object.keys(shipped).length).toBeGreaterThan(10)
    for (const [name, text] of Object.entries(shipped)) {
      expect(editYaml(text, () => {}), name).toBe(aligned(text))
    }
  })
})

describe('a new scene', () => {
  it('gets its choices as a block list, as authors write them, not the flow list `[]` it starts with', () => {
    let files: Record<string, string> = { ...FILES }
    files = { ...files, ...addScene(files, 'scene') }
    files = { ...files, ...addChoice(files, 'scene', 'keuze', 'begin') }
    expect(files['scenario.yaml']).toContain('  scene:\n    choices:\n      - id: keuze\n        to: begin\n')
  })
})
