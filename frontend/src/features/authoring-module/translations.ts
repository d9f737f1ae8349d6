import type { DraftFilesMap, ItemKind, TranslationField, TranslationsView } from '@/api/authoring'
import { setTextIn } from './moduleYaml'

/** The languages a draft is translated into (Dutch is the source). */
export const TARGET_LOCALES = ['en', 'ar', 'tr', 'pl'] as const

export type TranslationFilter = 'missing' | 'outdated' | 'all'

/** A field's status in a locale; a field the server does not list for it counts as missing. */
export const statusOf = (field: TranslationField, locale: string) => field.targets[locale]?.status ?? 'missing'

/**
 * The locale file a field's translation is written to, and the key path inside it. A module's refresher texts live in
 * refreshers/<locale>.yaml: the server says so with `file`, or the key starts with `items.` (module locale files have
 * no `items`), or with `refreshers.`.
 */
export function targetOf(kind: ItemKind, field: TranslationField, locale: string): { file: string; path: string[] } {
  const path = field.key.split('.')
  const refresher =
    kind === 'MODULE' && (field.file?.startsWith('refreshers/') || path[0] === 'items' || path[0] === 'refreshers')
  if (refresher) {
    return { file: `refreshers/${locale}.yaml`, path: path[0] === 'refreshers' ? path.slice(1) : path }
  }
  return { file: `${locale}.yaml`, path }
}

/** Writes a translation at the same key path as the Dutch text; the locale file is created when missing. */
export function writeTranslation(
  files: DraftFilesMap,
  kind: ItemKind,
  field: TranslationField,
  locale: string,
  text: string,
): DraftFilesMap {
  const { file, path } = targetOf(kind, field, locale)
  return { [file]: setTextIn(files[file], path, text) }
}

export function filterFields(
  fields: readonly TranslationField[],
  locale: string,
  filter: TranslationFilter,
): TranslationField[] {
  if (filter === 'all') return [...fields]
  return fields.filter((field) => statusOf(field, locale) === filter)
}

/** The index of the first missing field after `from` (wrapping round), or -1 when nothing is missing. */
export function nextMissing(fields: readonly TranslationField[], locale: string, from: number): number {
  for (let step = 1; step <= fields.length; step++) {
    const index = (from + step + fields.length) % fields.length
    const field = fields[index]
    if (field && statusOf(field, locale) === 'missing') return index
  }
  return -1
}

/** Completeness of a locale: translated (present) out of total, and how many of those are outdated. */
export function completeness(view: TranslationsView | null, locale: string) {
  const row = view?.locales.find((l) => l.locale === locale)
  const total = row?.total ?? view?.fields.length ?? 0
  const present = row?.present ?? 0
  return { present, total, outdated: row?.outdated ?? 0, percent: total > 0 ? Math.round((100 * present) / total) : 0 }
}
