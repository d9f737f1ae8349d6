import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The UI's own texts, read from the frontend's translation files, so the tests find buttons and
 * headings by what a user reads without repeating every sentence here.
 */
const LOCALES_DIR = path.resolve(__dirname, '../../frontend/src/i18n/locales')

export type Locale = 'nl' | 'en' | 'ar' | 'tr' | 'pl'

type Tree = { [key: string]: string | Tree }

function messagesOf(locale: string): Tree {
  const dir = path.join(LOCALES_DIR, locale)
  const tree: Tree = {}
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    tree[path.basename(file, '.json')] = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Tree
  }
  return tree
}

const locales = readdirSync(LOCALES_DIR)
const cache = new Map<string, Tree>()

/** The text for `key` in `locale`, with `{name}` placeholders filled in. */
export function text(locale: string, key: string, params: Record<string, string | number> = {}): string {
  let tree = cache.get(locale)
  if (!tree) {
    tree = messagesOf(locale)
    cache.set(locale, tree)
  }
  let node: string | Tree | undefined = tree
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
  if (typeof node !== 'string') throw new Error(`No UI text ${key} in ${locale}`)
  return node.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

/** Short-hand bound to one locale. */
export const ui = (locale: Locale) => (key: string, params?: Record<string, string | number>) =>
  text(locale, key, params)

export const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Matches the text of `key` in any UI language: for moments when the language is not pinned. */
export function inAnyLocale(key: string): RegExp {
  return new RegExp(`^(?:${locales.map((locale) => escapeRegExp(text(locale, key))).join('|')})$`)
}
