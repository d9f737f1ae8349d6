import type { OutboxStatus, ReminderDelivery } from '@/api/outbox'

/** Translation key of an outbox status (outbox.status.* in every locale). */
export const outboxStatusKey = (status: OutboxStatus | string): string => `outbox.status.${status}`

/** "2026-W48" as its parts, for a label such as "week 48, 2026"; null for anything else. */
export function parseIsoWeek(week: string): { year: number; week: number } | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(week)
  if (!match) return null
  return { year: Number(match[1]), week: Number(match[2]) }
}

/** Nothing sent, waiting or failed in the recent weeks, and nothing stuck from before. */
export const isDeliveryEmpty = (delivery: ReminderDelivery): boolean =>
  delivery.weeks.length === 0 && delivery.undeliveredTotal === 0

/** A coordinator can give a reminder another try only once the outbox has given up on it. */
export const canRetry = (status: OutboxStatus | string): boolean => status === 'FAILED'

/** A moment as date and time in the UI language: the one date helper, i18n/dates.ts. */
export { formatMoment } from '@/i18n/dates'
