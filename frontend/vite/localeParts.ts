import { readdirSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'

/** The locale files of the pages anyone may see before signing in; src/i18n/index.ts loads Dutch ones eagerly. */
export const SHELL_FEATURES = new Set(['account', 'app', 'auth', 'common', 'limits', 'members', 'notices', 'setup'])

const LOADERS = 'virtual:locale-parts'
const PART = 'virtual:locale-part/'

export type Part = 'shell' | 'rest'

export const partOf = (feature: string): Part => (SHELL_FEATURES.has(feature) ? 'shell' : 'rest')

/**
 * One loader per language and part instead of one per locale file (decision 0035, first-load weight): the entry
 * script used to carry an import entry for each of the ~120 files, which grew with every feature. `virtual:locale-parts`
 * exports `{ "<locale>/<shell|rest>": () => import(part) }`; each part is a module that imports that part's JSON files
 * and exports them keyed by feature. A new language is still only a new folder; new files are picked up on a restart.
 */
export function localeParts(localesDir: string, eager: readonly string[] = ['nl/shell']): Plugin {
  const scan = (): Map<string, { feature: string; file: string }[]> => {
    const parts = new Map<string, { feature: string; file: string }[]>()
    for (const locale of readdirSync(localesDir).sort()) {
      let files: string[]
      try {
        files = readdirSync(path.join(localesDir, locale)).filter((file) => file.endsWith('.json'))
      } catch {
        continue
      }
      for (const file of files.sort()) {
        const feature = file.slice(0, -'.json'.length)
        const id = `${locale}/${partOf(feature)}`
        parts.set(id, [...(parts.get(id) ?? []), { feature, file: path.join(localesDir, locale, file) }])
      }
    }
    return parts
  }
  return {
    name: 'signaal:locale-parts',
    resolveId(id) {
      if (id === LOADERS || id.startsWith(PART)) return `\0${id}`
      return null
    },
    load(id) {
      if (id === `\0${LOADERS}`) {
        const entries = [...scan().keys()]
          .filter((part) => !eager.includes(part))
          .map((part) => `  ${JSON.stringify(part)}: () => import(${JSON.stringify(PART + part)}),`)
        return `export default {\n${entries.join('\n')}\n}\n`
      }
      if (id.startsWith(`\0${PART}`)) {
        const files = scan().get(id.slice(1 + PART.length)) ?? []
        const imports = files.map(({ file }, index) => `import m${index} from ${JSON.stringify(file)}`)
        const keys = files.map(({ feature }, index) => `  ${JSON.stringify(feature)}: m${index},`)
        return `${imports.join('\n')}\nexport default {\n${keys.join('\n')}\n}\n`
      }
      return null
    },
  }
}

/** The chunk of a locale file or a locale part: one per language and part (see vite.config.ts). */
export function localeChunk(id: string): string | null {
  const file = /\/src\/i18n\/locales\/([^/]+)\/([^/]+)\.json$/.exec(id)
  if (file) return `locale-${file[1]}-${partOf(file[2] ?? '')}`
  const part = /^\0virtual:locale-part\/([^/]+)\/(shell|rest)$/.exec(id)
  return part ? `locale-${part[1]}-${part[2]}` : null
}
