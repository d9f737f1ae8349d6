import { describe, expect, it } from 'vitest'
import type { ModuleMemory, RefresherStatus } from '@/api/refresher'
import { dueWording, isDue, nextRefresher, offersRefresher, panelModules, refresherStatusClass, refresherStatusIcon, refresherStatusKey } from './status'

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

  describe('due dates in words', () => {
    // Noon local time, so the day boundaries below hold in every time zone the tests run in.
    const now = new Date(2026, 11, 7, 12, 0)
    const at = (day: number, hour = 12) => new Date(2026, 11, day, hour, 0).toISOString()

    it('says "refresh by" only for a date still to come', () => {
      expect(dueWording(at(20), now)).toEqual({ key: 'refresher.panel.dueOn', date: new Date(at(20)) })
    })

    it('words a past date as overdue, never "by <past date>"', () => {
      expect(dueWording(new Date(2026, 10, 1, 9).toISOString(), now).key).toBe('refresher.panel.overdueSince')
      expect(dueWording(at(6, 23), now).key).toBe('refresher.panel.overdueSince')
    })

    it('says "today" for a date today, earlier or later in the day', () => {
      expect(dueWording(at(7, 1), now).key).toBe('refresher.panel.dueToday')
      expect(dueWording(at(7, 23), now).key).toBe('refresher.panel.dueToday')
    })

    it('gives the next refresher as the earliest due date of the completed modules', () => {
      const modules = [
        memory('later', 'CURRENT', at(30)),
        memory('sooner', 'CURRENT', at(22)),
        memory('not-done', 'NOT_COMPLETED', null),
      ]
      expect(nextRefresher(modules, now)).toEqual({ key: 'refresher.summary.nextOn', date: new Date(at(22)) })
      expect(nextRefresher(modules, now, 'later')).toEqual({
        key: 'refresher.summary.moduleNextOn',
        date: new Date(at(30)),
      })
    })

    it('says a refresher is waiting when the earliest date is past, and nothing without a due date', () => {
      expect(nextRefresher([memory('old', 'OVERDUE', at(1)), memory('new', 'CURRENT', at(22))], now)?.key).toBe(
        'refresher.summary.nextNow',
      )
      expect(nextRefresher([memory('today', 'DUE_SOON', at(7, 18))], now)?.key).toBe('refresher.summary.nextToday')
      expect(nextRefresher([memory('not-done', 'NOT_COMPLETED', null)], now)).toBeNull()
      expect(nextRefresher([], now)).toBeNull()
    })
  })
})
