import { http } from './http'

/** A reminder's delivery state in the outbox (docs/refreshers.md, "Reminder e-mail: the outbox"). */
export const OUTBOX_STATUSES = ['PENDING', 'SENT', 'FAILED', 'WITHDRAWN'] as const
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number]

/** How many reminders of one ISO week ("2026-W48") are waiting, sent, given up on or withdrawn (learner's choice). */
export interface WeekDelivery {
  week: string
  pending: number
  sent: number
  failed: number
  withdrawn: number
}

/** A reminder not delivered yet: who and when, never what it says. */
export interface UndeliveredReminder {
  id: string
  userId: string
  displayName: string
  week: string
  status: Exclude<OutboxStatus, 'SENT' | 'WITHDRAWN'>
  attempts: number
  lastError: string | null
  /** ISO instant */
  nextAttemptAt: string
}

export interface ReminderDelivery {
  /** The recent weeks that have reminders, newest first. */
  weeks: WeekDelivery[]
  /** Failed first, then by next attempt; at most 100. */
  undelivered: UndeliveredReminder[]
  undeliveredTotal: number
}

const outboxPath = (organisationId: string) =>
  `/api/organisations/${encodeURIComponent(organisationId)}/reminder-outbox`

export const fetchReminderDelivery = (organisationId: string) => http<ReminderDelivery>(outboxPath(organisationId))

export const retryReminder = (organisationId: string, reminderId: string) =>
  http<void>(`${outboxPath(organisationId)}/${encodeURIComponent(reminderId)}/retry`, { method: 'POST', body: {} })
