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
