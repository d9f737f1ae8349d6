import { http } from './http'

/** What the app shell tells the signed-in user about themselves. */
export interface Notices {
  /** The ISO week (Europe/Amsterdam, "2026-W48") these notices are for. */
  week: string
  /** Mandatory modules due soon, overdue or lapsed. */
  refreshersDue: number
}

export const fetchMyNotices = () => http<Notices>('/api/me/notices')
