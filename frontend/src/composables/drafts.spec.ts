import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { clearDraft, DRAFT_LIFETIME_MS, loadDraft, purgeDrafts, saveDraft } from './drafts'

/** A minimal Storage: the tests run in Node, which has no localStorage. */
class MemoryStorage implements Storage {
  private readonly entries = new Map<string, string>()
  get length() {
    return this.entries.size
  }
  clear() {
    this.entries.clear()
  }
  getItem(key: string) {
    return this.entries.get(key) ?? null
  }
  key(index: number) {
    return [...this.entries.keys()][index] ?? null
  }
  removeItem(key: string) {
    this.entries.delete(key)
  }
  setItem(key: string, value: string) {
    this.entries.set(key, value)
  }
}

let storage: MemoryStorage
const T0 = 1_800_000_000_000

beforeEach(() => {
  storage = new MemoryStorage()
  vi.stubGlobal('localStorage', storage)
})
afterEach(() => vi.unstubAllGlobals())

describe('drafts', () => {
  it('gives back what was saved for the same user, kind and id only', () => {
    saveDraft('ann', 'check', 'module-1', { attemptId: 'a1', answers: { q1: ['o2'] } }, T0)

    expect(loadDraft('ann', 'check', 'module-1', T0 + 1000)).toEqual({ attemptId: 'a1', answers: { q1: ['o2'] } })
    expect(loadDraft('bob', 'check', 'module-1', T0)).toBeNull()
    expect(loadDraft('ann', 'refresher', 'module-1', T0)).toBeNull()
    expect(loadDraft('ann', 'check', 'module-2', T0)).toBeNull()
  })

  it('forgets a draft older than its lifetime and removes it from storage', () => {
    saveDraft('ann', 'check', 'module-1', { answers: {} }, T0)

    expect(loadDraft('ann', 'check', 'module-1', T0 + DRAFT_LIFETIME_MS)).not.toBeNull()
    expect(loadDraft('ann', 'check', 'module-1', T0 + DRAFT_LIFETIME_MS + 1)).toBeNull()
    expect(storage.length).toBe(0)
  })

  it('treats an unreadable entry as no draft', () => {
    storage.setItem('signaal.draft.ann.check.module-1', '{not json')

    expect(loadDraft('ann', 'check', 'module-1', T0)).toBeNull()
    expect(storage.length).toBe(0)
  })

  it('removes a submitted draft', () => {
    saveDraft('ann', 'refresher', 'session-1', { itemId: 'i1', optionIds: ['o1'] }, T0)
    clearDraft('ann', 'refresher', 'session-1')

    expect(loadDraft('ann', 'refresher', 'session-1', T0)).toBeNull()
  })

  it('keeps only the drafts of the user who logs in, and none that expired', () => {
    saveDraft('ann', 'check', 'module-1', 1, T0)
    saveDraft('ann', 'check', 'module-2', 2, T0 - DRAFT_LIFETIME_MS - 1)
    saveDraft('bob', 'check', 'module-1', 3, T0)
    storage.setItem('signaal.locale', 'nl')

    purgeDrafts('ann', T0)

    expect(loadDraft('ann', 'check', 'module-1', T0)).toBe(1)
    expect([...Array(storage.length).keys()].map((i) => storage.key(i)).sort()).toEqual([
      'signaal.draft.ann.check.module-1',
      'signaal.locale',
    ])
  })

  it('removes every draft at logout, leaving other settings alone', () => {
    saveDraft('ann', 'check', 'module-1', 1, T0)
    saveDraft('bob', 'refresher', 'session-1', 2, T0)
    storage.setItem('signaal.locale', 'nl')

    purgeDrafts(null, T0)

    expect(storage.length).toBe(1)
    expect(storage.getItem('signaal.locale')).toBe('nl')
  })

  it('works without storage (blocked by the browser)', () => {
    vi.stubGlobal('localStorage', undefined)

    saveDraft('ann', 'check', 'module-1', 1, T0)
    expect(loadDraft('ann', 'check', 'module-1', T0)).toBeNull()
    expect(() => purgeDrafts(null, T0)).not.toThrow()
  })
})
