import { useI18n } from 'vue-i18n'

/**
 * The one place that formats dates for the UI. The UI language names a language ("en"), not a country; Intl
 * then picks US conventions for English ("December 7, 2026", 12/7/2026). Signaal's English readers are in
 * Europe, so English follows British conventions (7 December 2026); the other languages use their own.
 */
const FORMATTING_LOCALE: Readonly<Record<string, string>> = { en: 'en-GB' }

export const formattingLocale = (locale: string): string => FORMATTING_LOCALE[locale] ?? locale

type DateInput = Date | string | number

/** A day, e.g. "7 december 2026", "7 December 2026". */
export const formatDate = (value: DateInput, locale: string): string =>
  new Intl.DateTimeFormat(formattingLocale(locale), { year: 'numeric', month: 'long', day: 'numeric' }).format(
    new Date(value),
  )

/** A moment with date and time, e.g. "28 Nov 2026, 14:05". */
export const formatMoment = (value: DateInput, locale: string): string =>
  new Intl.DateTimeFormat(formattingLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(value),
  )

/** `formatDate` in the current UI language, for templates: `formatDate(run.startedAt)`. */
export function useDateFormat(): (value: DateInput) => string {
  const { locale } = useI18n()
  return (value) => formatDate(value, locale.value)
}
