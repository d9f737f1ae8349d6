import type { ModuleMemory, RefresherStatus } from '@/api/refresher'

/** Translation key of a status label (refresher.status.* in every locale). */
export const refresherStatusKey = (status: RefresherStatus | string): string => `refresher.status.${status}`

/** Class modifier for the badge; the label text carries the meaning, the colour only supports it. */
export const refresherStatusClass = (status: RefresherStatus | string): string =>
  `refresher-status--${status.toLowerCase().replace(/_/g, '-')}`

/** The icon beside the label, so the status is not told by colour alone. */
export function refresherStatusIcon(status: RefresherStatus | string): 'tick' | 'clock' | 'alert' | 'none' {
  switch (status) {
    case 'CURRENT':
      return 'tick'
    case 'DUE_SOON':
      return 'clock'
    case 'OVERDUE':
    case 'LAPSED':
      return 'alert'
    default:
      return 'none'
  }
}

export const isDue = (status: RefresherStatus | string): boolean =>
  status === 'DUE_SOON' || status === 'OVERDUE' || status === 'LAPSED'

/** Only completed modules belong in the panel; the most urgent first, then by due date. */
export function panelModules(modules: readonly ModuleMemory[]): ModuleMemory[] {
  const order: Record<string, number> = { LAPSED: 0, OVERDUE: 1, DUE_SOON: 2, CURRENT: 3 }
  return modules
    .filter((module) => module.status !== 'NOT_COMPLETED')
    .sort(
      (a, b) =>
        (order[a.status] ?? 9) - (order[b.status] ?? 9) ||
        (a.dueAt ?? '\uffff').localeCompare(b.dueAt ?? '\uffff') ||
        a.title.localeCompare(b.title),
    )
}

/** The "start a refresher" button shows when the server suggests one or any completed module is due. */
export const offersRefresher = (suggested: boolean, modules: readonly ModuleMemory[]): boolean =>
  suggested || modules.some((module) => isDue(module.status))

/** Midnight at the start of the date's day, in the browser's time zone (the zone dates are shown in). */
const dayStart = (date: Date): number => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime()

/** -1 when the day of `date` is before today, 0 today, 1 after. */
function dayOrder(date: Date, now: Date): -1 | 0 | 1 {
  const difference = dayStart(date) - dayStart(now)
  return difference < 0 ? -1 : difference === 0 ? 0 : 1
}

export interface DatedText {
  key: string
  date: Date
}

/**
 * How the panel words a module's due date: "refresh by <date>" only for a date still to come; a date
 * already past is said to be overdue ("was planned for <date>"), never "by <past date>".
 */
export function dueWording(dueAt: string, now: Date): DatedText {
  const date = new Date(dueAt)
  const keys = { '-1': 'refresher.panel.overdueSince', '0': 'refresher.panel.dueToday', '1': 'refresher.panel.dueOn' }
  return { key: keys[dayOrder(date, now)], date }
}

/**
 * When the next refresher comes, for a summary: the earliest due date of the completed modules (or of
 * one module, after its check), as a date still to come, today, or already waiting. Null when there
 * is no due date (nothing completed yet).
 */
export function nextRefresher(modules: readonly ModuleMemory[], now: Date, moduleId?: string): DatedText | null {
  const dates = modules
    .filter((module) => module.status !== 'NOT_COMPLETED' && module.dueAt !== null)
    .filter((module) => moduleId === undefined || module.moduleId === moduleId)
    .map((module) => new Date(module.dueAt as string))
    .sort((a, b) => a.getTime() - b.getTime())
  const date = dates[0]
  if (date === undefined) return null
  const order = dayOrder(date, now)
  if (order < 0 || (order === 0 && date.getTime() <= now.getTime())) {
    return { key: 'refresher.summary.nextNow', date }
  }
  if (order === 0) return { key: 'refresher.summary.nextToday', date }
  return { key: moduleId === undefined ? 'refresher.summary.nextOn' : 'refresher.summary.moduleNextOn', date }
}
