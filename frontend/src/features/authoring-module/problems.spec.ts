import { describe, expect, it } from 'vitest'
import type { DraftProblem } from '@/api/authoring'
import { fieldAtLine, placeProblems, problemsAt } from './problems'

const MODULE = `id: nieuw
competencies: [safety]
lessons:
  - eerste-les
check:
  passThreshold: 0.7
  questions:
    - id: vraag
      competency: safety
      options: [a, b]
      correct: [c]
`
const DUTCH = `title: Nieuw
lessons:
  eerste-les:
    title: Eerste les
    body: |
      ## Kop

      Zie [de les](lesson:bestaat-niet).
`
const problem = (file: string, line: number, field: string | null = null): DraftProblem => ({
  severity: 'ERROR',
  file,
  line,
  column: 1,
  field,
  position: null,
  message: `problem on ${file}:${line}`,
})

describe('problems at their field', () => {
  it('derives the field from a line inside a block text', () => {
    expect(fieldAtLine(DUTCH, 8)).toBe('lessons.eerste-les.body')
    expect(fieldAtLine(DUTCH, 5)).toBe('lessons.eerste-les.body')
  })

  it('derives list indexes as numbers', () => {
    expect(fieldAtLine(MODULE, 11)).toBe('check.questions.0.correct')
    expect(fieldAtLine(MODULE, 4)).toBe('lessons.0')
  })

  it('has no field for the whole file or an unreadable one', () => {
    expect(fieldAtLine(DUTCH, 0)).toBeNull()
    expect(fieldAtLine('a: [', 1)).toBeNull()
  })

  it('keeps the server’s field and fills in the rest', () => {
    const placed = placeProblems([problem('nl.yaml', 8), problem('module.yaml', 11, 'check.questions.0.correct.0')], {
      'module.yaml': MODULE,
      'nl.yaml': DUTCH,
    })
    expect(placed.map((p) => p.field)).toEqual(['lessons.eerste-les.body', 'check.questions.0.correct.0'])
    expect(problemsAt(placed, 'module.yaml', 'check.questions.0.correct')).toHaveLength(1)
    expect(problemsAt(placed, 'module.yaml', 'check.questions.0.competency')).toHaveLength(0)
    expect(problemsAt(placed, 'en.yaml', 'lessons.eerste-les.body')).toHaveLength(0)
  })
})
