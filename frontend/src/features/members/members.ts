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

/** What an administrator does to a member on this page, each with its own refusals. */
export type MemberAction = 'change' | 'passwordReset' | 'erase'

/** The refusals (by HTTP status) that say something about the member rather than about the request. */
const REFUSALS: Record<MemberAction, Partial<Record<number, string>>> = {
  change: { 409: 'members.error.lastAdministrator' },
  passwordReset: { 409: 'members.error.resetDeactivated', 404: 'members.error.notMember' },
  erase: { 409: 'members.error.lastAdministrator', 404: 'members.error.notMember' },
}

/** The translation key of a failed action: a refusal about the member, else the general message. */
export const refusalKey = (action: MemberAction, error: unknown): string =>
  (error instanceof ApiError ? REFUSALS[action][error.status] : undefined) ?? errorMessageKey(error)

/** A moment as date and time in the UI language: the one date helper, i18n/dates.ts. */
export { formatMoment } from '@/i18n/dates'
