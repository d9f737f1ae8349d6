import { ref } from 'vue'
import { createI18n } from 'vue-i18n'
import localeParts from 'virtual:locale-parts'

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

/*
 * First-load weight (decision 0035): the app comes with only the Dutch texts of the pages anyone may see before
 * signing in (the "shell": these files). The rest of a language, and every other language, is fetched when needed:
 * the rest before the router shows any other page or once someone signs in, another language when chosen. Dutch is
 * the default and the fallback. In the production build the JSON arrives precompiled (vite/precompileMessages.ts),
 * so the runtime needs no message compiler. vite.config.ts puts each language's shell and rest in one chunk each.
 */
const dutchShell = collectMessages(
  import.meta.glob<MessageTree>('./locales/nl/{account,app,auth,common,limits,members,notices,setup}.json', {
    eager: true,
    import: 'default',
  }),
)
// One loader per language and part (vite/localeParts.ts): `{ "ar/rest": () => import(...) }`.
const partLoaders = localeParts as Record<string, () => Promise<{ default: Record<string, MessageTree> }>>
type Part = 'shell' | 'rest'

/** The default first, then the others alphabetically. */
export const SUPPORTED_LOCALES: readonly string[] = [
  DEFAULT_LOCALE,
  ...new Set(
    Object.keys(partLoaders)
      .map((part) => part.split('/')[0])
      .filter((locale): locale is string => locale !== undefined && locale !== DEFAULT_LOCALE)
      .sort(),
  ),
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
  messages: dutchShell,
  numberFormats: perLocale({
    percent: { style: 'percent', maximumFractionDigits: 0 },
  } as const),
})

const loaded = new Map<string, Promise<void>>([[`${DEFAULT_LOCALE}/shell`, Promise.resolve()]])

function loadPart(locale: string, part: Part): Promise<void> {
  const id = `${locale}/${part}`
  let pending = loaded.get(id)
  if (!pending) {
    const load = partLoaders[id]
    pending = (load ? load() : Promise.resolve({ default: {} })).then(
      (part) => i18n.global.mergeLocaleMessage(locale, part.default),
      (error: unknown) => {
        // A failed fetch (offline) may be retried on the next call.
        loaded.delete(id)
        throw error
      },
    )
    loaded.set(id, pending)
  }
  return pending
}

let everything = false
/** True once the shown language has all its texts; the signed-in header waits for it (its menu names every page). */
export const allMessagesShown = ref(false)

/** Fetches what the app needs of a language: the shell, and the rest too once any page needed it. */
export async function loadLocaleMessages(locale: string): Promise<void> {
  await Promise.all([loadPart(locale, 'shell'), ...(everything ? [loadPart(locale, 'rest')] : [])])
}

let requested = DEFAULT_LOCALE

/**
 * Switches the UI language once its messages are there, and tells the browser and assistive technology about it.
 * If the language cannot be fetched (offline), the page stays in the language it has.
 */
export async function applyLocale(locale: string): Promise<void> {
  requested = locale
  try {
    await loadLocaleMessages(locale)
    // If a page asked for all texts meanwhile, fetch (or await) the rest too: no page shows without its texts.
    if (everything) await loadLocaleMessages(locale)
  } catch {
    return
  }
  // A later choice made while this one was loading wins.
  if (requested !== locale) return
  i18n.global.locale.value = locale
  allMessagesShown.value = everything
  document.documentElement.lang = locale
  document.documentElement.dir = directionOf(locale)
}

/**
 * From now on every language is loaded whole: called before showing a page outside the shell and when someone signs
 * in. Resolves when the language being shown (or being switched to) has all its texts.
 */
export async function loadAllMessages(): Promise<void> {
  everything = true
  const locale = requested
  await loadLocaleMessages(locale)
  if (requested === locale && i18n.global.locale.value === locale) allMessagesShown.value = true
}
