import type { Counts, OrganisedWebinar, Registration, Texts } from '@/api/webinarsOrganise'

/**
 * Small rules of the organiser's pages: which webinars are past, what the counts are, which text to show.
 */

/** The counts of a row, whether the API sends them flat or as `counts`; missing ones are 0. */
export function countsOf(row: Partial<Counts> & { counts?: Partial<Counts> }): Counts {
  return {
    registered: row.counts?.registered ?? row.registered ?? 0,
    waiting: row.counts?.waiting ?? row.waiting ?? 0,
    attended: row.counts?.attended ?? row.attended ?? 0,
  }
}

/** Over once its end has passed (the server's `over` wins when sent). */
export const isOver = (row: { over?: boolean; endsAt: string }, now: number = Date.now()): boolean =>
  row.over ?? Date.parse(row.endsAt) <= now

/** Upcoming soonest first; past (and over) most recent first. */
export function splitByTime(rows: OrganisedWebinar[], now: number = Date.now()) {
  const upcoming = rows.filter((row) => !isOver(row, now)).sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  const past = rows.filter((row) => isOver(row, now)).sort((a, b) => b.startsAt.localeCompare(a.startsAt))
  return { upcoming, past }
}

/** A text in the reader's language, else Dutch, else any there is. */
export function textIn(texts: Texts | string | undefined, locale: string): string {
  if (typeof texts === 'string') return texts
  if (!texts) return ''
  return texts[locale] || texts.nl || Object.values(texts).find((text) => !!text) || ''
}

/** Registrations with a place first, then the waiting list in its order, then those who cancelled. */
export function orderRegistrations(rows: Registration[]): Registration[] {
  const rank = { REGISTERED: 0, WAITING: 1, CANCELLED: 2 } as const
  return [...rows].sort((a, b) => rank[a.status] - rank[b.status] || a.requestedAt.localeCompare(b.requestedAt))
}

/** Replaces one registration after an attendance correction, keeping the order. */
export const replaceRegistration = (rows: Registration[], changed: Registration): Registration[] =>
  rows.map((row) => (row.id === changed.id ? changed : row))

/** "case:tikkies" → {kind: "case", id: "tikkies"}; anything else → null. */
export function parseActivity(value: string): { kind: 'case' | 'check' | 'pooling'; id: string } | null {
  const match = /^(case|check|pooling):(.+)$/.exec(value)
  return match ? { kind: match[1] as 'case' | 'check' | 'pooling', id: match[2] as string } : null
}

/** How the API names a linked live activity: "case:tikkies". */
export const activityValue = (kind: string, id: string): string => `${kind}:${id}`

/** A check-in code in groups of three, easier to read from a screen: "482 913". */
export const groupedCode = (code: string): string => code.replace(/(.{3})(?=.)/g, '$1 ')
