/**
 * Draft answers kept in the browser's localStorage, so a check or a refresher survives navigation,
 * a reload and logging in again after the session ended (docs/decisions/0025).
 *
 * Each draft belongs to one user (`signaal.draft.<user id>.<kind>.<id>`) and holds only option ids, never
 * question text or anything typed. Drafts are removed when they are submitted, after {@link DRAFT_LIFETIME_MS},
 * at an explicit logout and when another user logs in on the same browser (shared computers).
 */

const PREFIX = 'signaal.draft.'
/** Long enough for "finish it tomorrow" after a night shift; short enough not to linger on a shared computer. */
export const DRAFT_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

export type DraftKind = 'check' | 'refresher'

interface Stored<T> {
  savedAt: number
  value: T
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    // Storage may be blocked (privacy settings): then drafts are simply not kept.
    return null
  }
}

const keyOf = (userId: string, kind: DraftKind, id: string) => `${PREFIX}${userId}.${kind}.${id}`

export function saveDraft<T>(userId: string, kind: DraftKind, id: string, value: T, now = Date.now()): void {
  try {
    storage()?.setItem(keyOf(userId, kind, id), JSON.stringify({ savedAt: now, value } satisfies Stored<T>))
  } catch {
    // Full or blocked storage: the draft is a convenience, the page keeps working without it.
  }
}

/** The draft, or null when there is none, it is unreadable or older than {@link DRAFT_LIFETIME_MS}. */
export function loadDraft<T>(userId: string, kind: DraftKind, id: string, now = Date.now()): T | null {
  const key = keyOf(userId, kind, id)
  const raw = storage()?.getItem(key)
  if (!raw) return null
  try {
    const stored = JSON.parse(raw) as Stored<T>
    if (typeof stored.savedAt === 'number' && now - stored.savedAt <= DRAFT_LIFETIME_MS) return stored.value
  } catch {
    // Unreadable: removed below like an expired one.
  }
  storage()?.removeItem(key)
  return null
}

export function clearDraft(userId: string, kind: DraftKind, id: string): void {
  storage()?.removeItem(keyOf(userId, kind, id))
}

/**
 * Removes expired drafts and every draft not belonging to `keepUserId` (null: all drafts). Called when
 * someone logs in (another person's answers must not stay behind) and at logout.
 */
export function purgeDrafts(keepUserId: string | null, now = Date.now()): void {
  const store = storage()
  if (!store) return
  const keep = keepUserId === null ? null : `${PREFIX}${keepUserId}.`
  const doomed: string[] = []
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i)
    if (!key?.startsWith(PREFIX)) continue
    if (keep === null || !key.startsWith(keep) || isExpired(store.getItem(key), now)) doomed.push(key)
  }
  doomed.forEach((key) => store.removeItem(key))
}

function isExpired(raw: string | null, now: number): boolean {
  try {
    const stored = JSON.parse(raw ?? '') as Stored<unknown>
    return typeof stored.savedAt !== 'number' || now - stored.savedAt > DRAFT_LIFETIME_MS
  } catch {
    return true
  }
}
