import { ApiError } from '@/api/http'
import type { Member } from '@/api/members'
import { errorMessageKey } from '@/i18n/errors'

/** Replaces one member in the list by the server's answer, keeping the order. */
export const replaceMember = (list: readonly Member[], changed: Member): Member[] =>
  list.map((entry) => (entry.id === changed.id ? changed : entry))

/**
 * Administrators manage everyone but themselves on this page (the API allows a change to oneself while
 * another administrator remains; the page keeps that out of reach of a slip of the mouse).
 */
export const canManage = (isAdministrator: boolean, member: Member, myId: string | undefined): boolean =>
  isAdministrator && member.id !== myId

/** The translation key of a failed change: the last administrator (409) has a message of its own. */
export const changeErrorKey = (error: unknown): string =>
  error instanceof ApiError && error.status === 409 ? 'members.error.lastAdministrator' : errorMessageKey(error)

/** A moment as date and time in the UI language, e.g. "28 Nov 2026, 14:05". */
export const formatMoment = (iso: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
