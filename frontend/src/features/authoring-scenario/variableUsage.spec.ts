import { describe, expect, it } from 'vitest'
import { effectNames, namesIn, variableUses } from './variableUsage'
import { readScenario } from './scenarioDocument'
import { FILES } from './fixture'

describe('variable usage', () => {
  it('finds the names of a condition, not the words of the language', () => {
    expect(namesIn('not asked_school and (trust >= 3 or false)')).toEqual(['asked_school', 'trust'])
  })

  it('tells changed names from read ones in effects', () => {
    expect(effectNames('trust += 1; signals_noted -= 2; met = trust > 2')).toEqual({
      changed: ['trust', 'signals_noted', 'met'],
      read: ['trust'],
    })
  })

  it('lists which choices read and change each variable, with warnings', () => {
    const uses = variableUses(readScenario(FILES))
    expect(uses).toEqual([
      {
        name: 'trust',
        declared: true,
        readBy: [{ node: 'begin', choice: 'afwachten' }],
        changedBy: [{ node: 'begin', choice: 'doorvragen' }],
        warnings: [],
      },
      {
        name: 'unknown_thing',
        declared: false,
        readBy: [{ node: 'begin', choice: 'afwachten' }],
        changedBy: [],
        warnings: ['undeclared'],
      },
    ])
  })

  it('warns about a declared variable nothing uses', () => {
    const files = { ...FILES, 'scenario.yaml': FILES['scenario.yaml'].replace('variables:\n', 'variables:\n  spare: { type: flag, initial: false }\n') }
    expect(variableUses(readScenario(files)).find((use) => use.name === 'spare')?.warnings).toEqual(['unused'])
  })
})
