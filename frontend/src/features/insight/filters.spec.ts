import { describe, expect, it } from 'vitest'
import { filtersFromQuery, queryFromFilters, scopeFilters, withFilter } from './filters'

describe('insight filters in the URL', () => {
  it('reads the filters that the query sets', () => {
    expect(filtersFromQuery({ team: 't-1', role: 'LEARNER', sector: 'jeugdhulp' })).toEqual({
      team: 't-1',
      role: 'LEARNER',
      sector: 'jeugdhulp',
    })
  })

  it('drops unknown roles, sectors and statuses, empty and repeated values', () => {
    expect(filtersFromQuery({ role: 'KING', sector: 'mars', status: 'GONE', team: '', module: ['a', 'b'] })).toEqual({})
  })

  it('reads only the keys asked for', () => {
    expect(filtersFromQuery({ team: 't-1', module: 'm', status: 'OVERDUE' }, ['team', 'role', 'sector'])).toEqual({ team: 't-1' })
    expect(filtersFromQuery({ module: 'm', status: 'OVERDUE' })).toEqual({ module: 'm', status: 'OVERDUE' })
  })

  it('writes only the filters that are set, so "all" is the bare address', () => {
    expect(queryFromFilters({ team: 't-1', role: undefined, sector: '' })).toEqual({ team: 't-1' })
    expect(queryFromFilters({})).toEqual({})
  })

  it('goes from query to filters and back unchanged', () => {
    const query = { team: 't-1', role: 'COORDINATOR', sector: 'lvb-zorg', module: 'm-1', status: 'DUE_SOON' }
    expect(queryFromFilters(filtersFromQuery(query))).toEqual(query)
  })

  it('changes one filter and keeps the others; an empty value clears it', () => {
    expect(withFilter({ team: 't-1', role: 'LEARNER' }, 'role', 'ADMIN')).toEqual({ team: 't-1', role: 'ADMIN' })
    expect(queryFromFilters(withFilter({ team: 't-1', role: 'LEARNER' }, 'team', ''))).toEqual({ role: 'LEARNER' })
  })

  it('hands only team, role and sector from the people list to the dashboard', () => {
    expect(scopeFilters({ team: 't', module: 'm', status: 'OVERDUE', sector: 'jeugdhulp' })).toEqual({ team: 't', sector: 'jeugdhulp' })
  })
})
