import { describe, expect, it } from 'vitest'
import { teamNameProblem } from './teamForm'

const t = (key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)

describe('teamNameProblem', () => {
  it('refuses a name that is empty once trimmed', () => {
    expect(teamNameProblem('   ', t)).toBe('teams.form.nameRequired')
  })

  it('counts characters as people do, up to 120', () => {
    expect(teamNameProblem(`  ${'é'.repeat(120)}  `, t)).toBeUndefined()
    expect(teamNameProblem('😀'.repeat(120), t)).toBeUndefined()
    expect(teamNameProblem('x'.repeat(121), t)).toBe('teams.form.nameTooLong {"max":120}')
  })
})
