import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { load } from 'js-yaml'

/**
 * The refresher item bank as the tests need it, read from content/refreshers/<module>/ (items.yaml
 * for structure and correct answers, <locale>.yaml for texts), in the style of content.ts: nothing
 * about the content is written into the tests.
 */
const REFRESHERS_DIR = path.resolve(__dirname, '../../content/refreshers')

export type RefresherItemType = 'single' | 'multiple' | 'true-false' | 'vignette'

interface ItemsFile {
  module: string
  items: {
    id: string
    competency: string
    type: RefresherItemType
    options?: string[]
    // YAML reads `[true]` and `[false]` as booleans.
    correct: (string | boolean)[]
  }[]
}

interface LocaleFile {
  items?: Record<string, { vignette?: string; prompt?: string; options?: Record<string, string>; explanation?: string }>
}

export interface RefresherContentItem {
  id: string
  moduleId: string
  competency: string
  type: RefresherItemType
  vignette: string | null
  prompt: string
  /** Option ids; true-false items have "true" and "false", texts come from the UI. */
  options: { id: string; text: string | null }[]
  correct: string[]
  explanation: string
}

function readYaml<T>(file: string): T {
  return load(readFileSync(file, 'utf8')) as T
}

/** Spaces and line breaks as a browser shows them: runs of white space count as one space. */
export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

/** One module's items in `locale`: each missing text falls back to Dutch, as the API does. */
export function readRefresherItems(moduleId: string, locale: string): RefresherContentItem[] {
  const dir = path.join(REFRESHERS_DIR, moduleId)
  const structure = readYaml<ItemsFile>(path.join(dir, 'items.yaml'))
  const dutch = readYaml<LocaleFile>(path.join(dir, 'nl.yaml'))
  const localeFile = path.join(dir, `${locale}.yaml`)
  const own = existsSync(localeFile) ? readYaml<LocaleFile>(localeFile) : {}
  const pick = <T>(choose: (texts: LocaleFile) => T | undefined): T | undefined => choose(own) ?? choose(dutch)
  const required = (value: string | undefined, what: string): string => {
    if (value === undefined) throw new Error(`content/refreshers/${moduleId}: no text for ${what}`)
    return value.trim()
  }

  return structure.items.map((item) => {
    const texts = (files: LocaleFile) => files.items?.[item.id]
    const optionIds = item.type === 'true-false' ? ['true', 'false'] : (item.options ?? [])
    return {
      id: item.id,
      moduleId: structure.module,
      competency: item.competency,
      type: item.type,
      vignette: pick((files) => texts(files)?.vignette)?.trim() ?? null,
      prompt: required(pick((files) => texts(files)?.prompt), `prompt of ${item.id}`),
      options: optionIds.map((id) => ({
        id,
        text: item.type === 'true-false' ? null : required(pick((files) => texts(files)?.options?.[id]), `${item.id}/${id}`),
      })),
      correct: item.correct.map(String),
      explanation: required(pick((files) => texts(files)?.explanation), `explanation of ${item.id}`),
    }
  })
}

/** Every module's items: a session may draw on any module the learner completed. */
export function readRefresherBank(locale: string): RefresherContentItem[] {
  return readdirSync(REFRESHERS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(REFRESHERS_DIR, entry.name, 'items.yaml')))
    .flatMap((entry) => readRefresherItems(entry.name, locale))
}

/**
 * The item a page shows, found by its prompt and, when several items share that prompt, by its case
 * text and then by the option texts it shows.
 */
export function findRefresherItem(
  bank: readonly RefresherContentItem[],
  prompt: string,
  vignette: string | null,
  optionTexts: readonly string[] = [],
): RefresherContentItem {
  let matches = bank.filter((item) => normalise(item.prompt) === normalise(prompt))
  if (matches.length > 1) {
    matches = matches.filter((item) => normalise(item.vignette ?? '') === normalise(vignette ?? ''))
  }
  if (matches.length > 1 && optionTexts.length > 0) {
    // The options come in the session's own shuffled order (decision 0020): compare them as a set.
    const sorted = (texts: readonly string[]) => [...texts].sort().join('\n')
    const shown = sorted(optionTexts.map(normalise))
    matches = matches.filter(
      (item) => item.type === 'true-false' || sorted(item.options.map((option) => normalise(option.text ?? ''))) === shown,
    )
  }
  const [found, ...others] = matches
  if (!found || others.length > 0) {
    throw new Error(`${matches.length} refresher items match the prompt "${prompt}"`)
  }
  return found
}
