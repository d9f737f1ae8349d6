import { describe, expect, it } from 'vitest'
import { nodeOf, placeOf, placeProblems } from './problemFields'
import { DUTCH_TEXT, FILES, STRUCTURE_TEXT } from './fixture'

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1
const columnOf = (text: string, needle: string, inside = needle) => {
  const line = text.split('\n')[lineOf(text, needle) - 1]!
  return line.indexOf(inside) + 1
}

describe('placeOf', () => {
  it('finds an expression field and the offset inside its value from line and column', () => {
    const line = lineOf(STRUCTURE_TEXT, 'if: trust > 1')
    const column = columnOf(STRUCTURE_TEXT, 'if: trust > 1', 'unknown_thing')
    expect(placeOf(STRUCTURE_TEXT, line, column)).toEqual({ field: 'nodes.begin.choices.1.if', position: 14 })
  })

  it('counts the position inside a quoted value without its quote', () => {
    const text = 'nodes:\n  a:\n    choices:\n      - id: x\n        if: "not zzz"\n'
    expect(placeOf(text, 5, 18)).toEqual({ field: 'nodes.a.choices.0.if', position: 4 })
  })

  it('takes the first key on the line when the column is unknown', () => {
    expect(placeOf(STRUCTURE_TEXT, lineOf(STRUCTURE_TEXT, 'to: afgewacht'), 0)).toEqual({
      field: 'nodes.begin.choices.1.to',
      position: null,
    })
    expect(placeOf(STRUCTURE_TEXT, lineOf(STRUCTURE_TEXT, '- id: afwachten'), 0)).toEqual({
      field: 'nodes.begin.choices.1.id',
      position: null,
    })
    expect(placeOf(STRUCTURE_TEXT, lineOf(STRUCTURE_TEXT, '  goed:'), null)?.field).toBe('nodes.goed')
  })

  it('places texts of the Dutch file by their choice key', () => {
    const line = lineOf(DUTCH_TEXT, 'Zeg dat het vast')
    expect(placeOf(DUTCH_TEXT, line, 0)?.field).toBe('nodes.begin.choices.afwachten.text')
  })

  it('answers null for a line outside the file', () => {
    expect(placeOf(STRUCTURE_TEXT, 0, 0)).toBeNull()
    expect(placeOf(STRUCTURE_TEXT, 999, 1)).toBeNull()
  })
})

describe('placeProblems', () => {
  it("keeps the server's field and fills in the rest", () => {
    const placed = placeProblems(
      [
        { severity: 'ERROR', file: 'scenario.yaml', line: 1, column: 1, field: 'nodes.begin.choices.0.if', position: 3, message: 'x' },
        { severity: 'WARNING', file: 'nl.yaml', line: lineOf(DUTCH_TEXT, 'Je wachtte af'), column: 0, field: null, position: null, message: 'y' },
      ],
      FILES,
    )
    expect(placed.map((p) => [p.field, p.position])).toEqual([
      ['nodes.begin.choices.0.if', 3],
      ['nodes.afgewacht.debrief', null],
    ])
    expect(placed.map(nodeOf)).toEqual(['begin', 'afgewacht'])
  })
})
