import { describe, expect, it } from 'vitest'
import {
  isCaseProblem,
  readCase,
  removeCast,
  renameCast,
  setCastName,
  setCompetencies,
  setReadAgain,
  setTargetGroups,
} from './caseDocument'
import { FILES } from './fixture'
import { readScenario, setDutchField, type Files } from './scenarioDocument'

const after = (files: Files, changed: Files) => ({ ...files, ...changed })

describe('case document', () => {
  it('reads title, summary, minutes, competencies, start and the characters with the scenes that name them', () => {
    const model = readCase(FILES)
    expect(model).toMatchObject({
      title: 'Nieuwe casus',
      summary: 'Een korte casus.',
      minutes: '5',
      competencies: ['signal-recognition'],
      targetGroups: [],
      start: 'begin',
      readAgain: {},
      settings: [],
    })
    expect(model.characters).toEqual([{ id: 'jongere', name: 'Sam (16)', usedBy: ['begin'] }])
  })

  it('adds and removes competencies and target groups in the flow style of the shipped files', () => {
    const added = after(FILES, setCompetencies(FILES, ['signal-recognition', 'safety']))
    expect(added['scenario.yaml']).toContain('competencies: [signal-recognition, safety]\n')
    const removed = after(added, setCompetencies(added, ['safety']))
    expect(removed['scenario.yaml']).toContain('competencies: [safety]\n')
    const groups = after(FILES, setTargetGroups(FILES, ['jeugdhulp', 'onderwijs']))
    expect(groups['scenario.yaml']).toContain('targetGroups: [jeugdhulp, onderwijs]\n')
    expect(readCase(after(groups, setTargetGroups(groups, []))).targetGroups).toEqual([])
  })

  it('writes lessons to read again per competency from lines, and drops readAgain when it empties', () => {
    const files = after(FILES, setReadAgain(FILES, 'signal-recognition', 'signalen-herkennen/zachte-signalen\n\n de-meldcode/advies-of-melding '))
    expect(files['scenario.yaml']).toContain(
      'readAgain:\n  signal-recognition: [signalen-herkennen/zachte-signalen, de-meldcode/advies-of-melding]\n',
    )
    expect(readCase(files).readAgain).toEqual({
      'signal-recognition': ['signalen-herkennen/zachte-signalen', 'de-meldcode/advies-of-melding'],
    })
    const emptied = after(files, setReadAgain(files, 'signal-recognition', '  '))
    expect(emptied['scenario.yaml']).toBe(FILES['scenario.yaml'])
  })

  it('changes the Dutch title without touching the rest of nl.yaml', () => {
    const files = after(FILES, setDutchField(FILES, ['title'], 'Klusjes'))
    expect(files['nl.yaml']).toBe(FILES['nl.yaml'].replace('title: Nieuwe casus', 'title: Klusjes'))
  })

  it('declares a setting before the nodes, and removes it again with its mapping', () => {
    const files = after(FILES, setCastName(FILES, 'settings', 'school', 'Op school'))
    expect(files['nl.yaml']).toContain('characters:\n  jongere: Sam (16)\nsettings:\n  school: Op school\nnodes:\n')
    expect(readCase(files).settings).toEqual([{ id: 'school', name: 'Op school', usedBy: [] }])
    const removed = after(files, removeCast(files, 'settings', 'school'))
    expect(removed['nl.yaml']).toBe(FILES['nl.yaml'])
  })

  it('renames a character in every locale file and in the scenes that name it', () => {
    const withEnglish = { ...FILES, 'en.yaml': 'title: New case\ncharacters:\n  jongere: Sam (16)\n' }
    const files = after(withEnglish, renameCast(withEnglish, 'characters', 'jongere', 'sam'))
    expect(readScenario(files).nodes[0]!.speaker).toBe('sam')
    expect(files['nl.yaml']).toContain('characters:\n  sam: Sam (16)\n')
    expect(files['en.yaml']).toContain('characters:\n  sam: Sam (16)\n')
    expect(readCase(files).characters).toEqual([{ id: 'sam', name: 'Sam (16)', usedBy: ['begin'] }])
  })

  it('lists a speaker without a Dutch name, so the author can name it', () => {
    const files = after(FILES, removeCast(FILES, 'characters', 'jongere'))
    expect(readCase(files).characters).toEqual([{ id: 'jongere', name: '', usedBy: ['begin'] }])
    const named = after(files, setCastName(files, 'characters', 'jongere', 'Sam'))
    expect(named['nl.yaml']).toMatch(/^title: .*\nsummary: .*\ncharacters:\n {2}jongere: Sam\nnodes:/)
  })

  it('tells the case problems from the node problems', () => {
    expect(isCaseProblem({ file: 'scenario.yaml', field: 'readAgain.safety.0' })).toBe(true)
    expect(isCaseProblem({ file: 'nl.yaml', field: 'title' })).toBe(true)
    expect(isCaseProblem({ file: 'nl.yaml', field: 'characters.jongere' })).toBe(true)
    expect(isCaseProblem({ file: 'scenario.yaml', field: 'nodes.begin.speaker' })).toBe(false)
    expect(isCaseProblem({ file: 'scenario.yaml', field: null })).toBe(false)
  })
})
