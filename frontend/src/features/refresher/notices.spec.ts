import { describe, expect, it } from 'vitest'
import { dismiss, dismissalKey, isDismissed, showsNotice, type NoticeStorage } from './notices'

function memoryStorage(): NoticeStorage & { values: Map<string, string> } {
  const values = new Map<string, string>()
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  }
}

const refusing: NoticeStorage = {
  getItem: () => {
    throw new Error('SecurityError')
  },
  setItem: () => {
    throw new Error('QuotaExceededError')
  },
}

describe('refresher notice', () => {
  it('shows when something is due and it was not dismissed', () => {
    expect(showsNotice(2, false)).toBe(true)
    expect(showsNotice(0, false)).toBe(false)
    expect(showsNotice(2, true)).toBe(false)
  })

  it('stays hidden for the rest of the week it was dismissed in', () => {
    const storage = memoryStorage()
    dismiss(storage, 'user-1', '2026-W48')
    expect(isDismissed(storage, 'user-1', '2026-W48')).toBe(true)
  })

  it('comes back the next week', () => {
    const storage = memoryStorage()
    dismiss(storage, 'user-1', '2026-W48')
    expect(isDismissed(storage, 'user-1', '2026-W49')).toBe(false)
  })

  it('is dismissed per user, so another user of the same browser still sees theirs', () => {
    const storage = memoryStorage()
    dismiss(storage, 'user-1', '2026-W48')
    expect(isDismissed(storage, 'user-2', '2026-W48')).toBe(false)
    expect(storage.values.get(dismissalKey('user-1'))).toBe('2026-W48')
  })

  it('keeps showing when the browser refuses storage', () => {
    expect(() => dismiss(refusing, 'user-1', '2026-W48')).not.toThrow()
    expect(isDismissed(refusing, 'user-1', '2026-W48')).toBe(false)
    expect(isDismissed(null, 'user-1', '2026-W48')).toBe(false)
  })
})
