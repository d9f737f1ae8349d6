import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { precompileMessages } from './precompileMessages'

type Tree = { [key: string]: string | Tree }

const localesDir = fileURLToPath(new URL('../src/i18n/locales', import.meta.url))

function transform(file: string): Tree {
  const plugin = precompileMessages()
  const hook = plugin.transform as (this: unknown, code: string, id: string) => { code: string }
  const context = {
    error: (message: string) => {
      throw new Error(message)
    },
  }
  return JSON.parse(hook.call(context, readFileSync(file, 'utf8'), file).code) as Tree
}

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  )
}

const lookup = (tree: Tree, key: string): string => key.split('.').reduce<Tree | string>((node, part) => (node as Tree)[part] as Tree | string, tree) as string

describe('precompiled messages', () => {
  // The production build ships the syntax trees and no compiler: each must render exactly as its source text.
  it.each(readdirSync(localesDir))('render like their source texts in %s', (locale) => {
    const dir = path.join(localesDir, locale)
    const source: Tree = {}
    const compiled: Tree = {}
    for (const file of readdirSync(dir)) {
      const feature = file.replace(/\.json$/, '')
      source[feature] = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Tree
      compiled[feature] = transform(path.join(dir, file))
    }
    const fromSource = createI18n({ legacy: false, locale, messages: { [locale]: source } }).global
    const fromTrees = createI18n({ legacy: false, locale, messages: { [locale]: compiled } }).global
    const all = keys(source)
    expect(all.length).toBeGreaterThan(100)
    for (const key of all) {
      const names = [...lookup(source, key).matchAll(/\{(\w+)\}/g)].map((match) => match[1])
      // vue-i18n writes the count into the parameters it gets: a fresh object per call.
      const params = () => Object.fromEntries(names.map((name) => [name, `<${name}>`]))
      for (const count of [0, 1, 2]) {
        expect(fromTrees.t(key, params(), count), `${locale} ${key} (${count})`).toBe(fromSource.t(key, params(), count))
      }
    }
  })

  it('fails the build on a message that does not parse', () => {
    expect(() => {
      const plugin = precompileMessages()
      const hook = plugin.transform as (this: unknown, code: string, id: string) => unknown
      hook.call(
        { error: (message: string) => { throw new Error(message) } },
        '{"broken": "Hallo {naam"}',
        '/x/src/i18n/locales/nl/test.json',
      )
    }).toThrow(/broken/)
  })
})
