import { describe, expect, it } from 'vitest'
import type { ModuleMemory, RefresherStatus } from '@/api/refresher'
import { isDue, offersRefresher, panelModules, refresherStatusClass, refresherStatusIcon, refresherStatusKey } from './status'

const memory = (moduleId: string, status: RefresherStatus, dueAt: string | null = null): ModuleMemory => ({
  moduleId,
  title: moduleId,
  status,
  dueAt,
  retrievability: null,
  lastPractisedAt: null,
})

describe('refresher status', () => {
  it('maps each status to its label key, class and icon', () => {
    expect(refresherStatusKey('DUE_SOON')).toBe('refresher.status.DUE_SOON')
    expect(refresherStatusClass('DUE_SOON')).toBe('refresher-status--due-soon')
    expect(refresherStatusClass('NOT_COMPLETED')).toBe('refresher-status--not-completed')
    expect(refresherStatusIcon('CURRENT')).toBe('tick')
    expect(refresherStatusIcon('DUE_SOON')).toBe('clock')
    expect(refresherStatusIcon('OVERDUE')).toBe('alert')
    expect(refresherStatusIcon('LAPSED')).toBe('alert')
    expect(refresherStatusIcon('NOT_COMPLETED')).toBe('none')
  })

  it('counts DUE_SOON, OVERDUE and LAPSED as due', () => {
    expect(['CURRENT', 'DUE_SOON', 'OVERDUE', 'LAPSED', 'NOT_COMPLETED'].filter(isDue)).toEqual([
      'DUE_SOON',
      'OVERDUE',
      'LAPSED',
    ])
  })

  it('shows completed modules only, the most urgent first, then by due date', () => {
    const sorted = panelModules([
      memory('current-late', 'CURRENT', '2027-03-01T00:00:00Z'),
      memory('not-done', 'NOT_COMPLETED'),
      memory('current-early', 'CURRENT', '2027-01-01T00:00:00Z'),
      memory('due', 'DUE_SOON', '2026-12-01T00:00:00Z'),
      memory('lapsed', 'LAPSED'),
      memory('overdue', 'OVERDUE', '2026-10-01T00:00:00Z'),
    ])
    expect(sorted.map((module) => module.moduleId)).toEqual(['lapsed', 'overdue', 'due', 'current-early', 'current-late'])
  })

  it('offers a refresher when suggested or when anything is due', () => {
    expect(offersRefresher(false, [memory('a', 'CURRENT')])).toBe(false)
    expect(offersRefresher(true, [memory('a', 'CURRENT')])).toBe(true)
    expect(offersRefresher(false, [memory('a', 'CURRENT'), memory('b', 'OVERDUE')])).toBe(true)
    expect(offersRefresher(false, [])).toBe(false)
  })
})
