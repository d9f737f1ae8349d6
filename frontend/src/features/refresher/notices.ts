/**
 * The "refreshers due" notice in the header can be hidden until next week. The week it was hidden in
 * is remembered in the browser per user; a new week (the server says which) shows it again.
 */
export type NoticeStorage = Pick<Storage, 'getItem' | 'setItem'>

export const dismissalKey = (userId: string): string => `signaal.notices.refreshers.${userId}`

/** Storage can be missing or refuse (private windows, full quota): then the notice simply stays. */
export function isDismissed(storage: NoticeStorage | null, userId: string, week: string): boolean {
  try {
    return storage?.getItem(dismissalKey(userId)) === week
  } catch {
    return false
  }
}

export function dismiss(storage: NoticeStorage | null, userId: string, week: string): void {
  try {
    storage?.setItem(dismissalKey(userId), week)
  } catch {
    // Not remembered: the notice comes back on the next page load, which is harmless.
  }
}

export const showsNotice = (refreshersDue: number, dismissed: boolean): boolean => refreshersDue > 0 && !dismissed

/** The browser's localStorage, or null where reading it already throws. */
export function browserStorage(): NoticeStorage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}
