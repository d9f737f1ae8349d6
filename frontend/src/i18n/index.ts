import { createI18n } from 'vue-i18n'

/**
 * UI translations live in locales/<lang>/<feature>.json; the file name is the first part of each key
 * (`learning.check.retry` is `check.retry` in locales/<lang>/learning.json). A new language is a new
 * folder: it becomes selectable without code changes. Dutch is the source and the fallback.
 */
export type MessageTree = { [key: string]: string | MessageTree }

export const DEFAULT_LOCALE = 'nl'

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur'])

export function collectMessages(files: Record<string, MessageTree>): Record<string, MessageTree> {
  const messages: Record<string, MessageTree> = {}
  for (const [path, tree] of Object.entries(files)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path)
    if (!match) continue
    const [, locale, feature] = match as unknown as [string, string, string]
    messages[locale] = { ...messages[locale], [feature]: tree }
  }
  return messages
}

export const messages = collectMessages(
  import.meta.glob<MessageTree>('./locales/*/*.json', { eager: true, import: 'default' }),
)

/** The default first, then the others alphabetically. */
export const SUPPORTED_LOCALES: readonly string[] = [
  DEFAULT_LOCALE,
  ...Object.keys(messages)
    .filter((locale) => locale !== DEFAULT_LOCALE)
    .sort(),
]

export function isSupportedLocale(locale: string | null | undefined): locale is string {
  return typeof locale === 'string' && SUPPORTED_LOCALES.includes(locale)
}

export function directionOf(locale: string): 'ltr' | 'rtl' {
  const language = locale.split('-')[0] ?? locale
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr'
}

/** A language's own name for itself ("Nederlands", "English", "العربية"), from the browser's ICU data. */
export function languageName(locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)
  } catch {
    return locale
  }
}

const perLocale = <T>(value: T): Record<string, T> =>
  Object.fromEntries(SUPPORTED_LOCALES.map((locale) => [locale, value]))

export const i18n = createI18n({
  legacy: false,
  locale: DEFAULT_LOCALE,
  fallbackLocale: DEFAULT_LOCALE,
  messages,
  numberFormats: perLocale({
    percent: { style: 'percent', maximumFractionDigits: 0 },
  } as const),
})

/** Switches the UI language and tells the browser and assistive technology about it. */
export function applyLocale(locale: string): void {
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
  document.documentElement.dir = directionOf(locale)
}
