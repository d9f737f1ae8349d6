import { baseCompile, type CompileError } from '@intlify/message-compiler'
import type { Plugin } from 'vite'

type Tree = { [key: string]: unknown }

const LOCALE_FILE = /\/src\/i18n\/locales\/[^/]+\/[^/]+\.json$/

/**
 * Turns every message of the UI's locale files into the abstract syntax tree vue-i18n's runtime renders, at build
 * time. The app can then ship vue-i18n without its message compiler (decision 0035). The output stays JSON, so Vite
 * imports it like any JSON file. A message that does not parse fails the build instead of showing an error later.
 */
export function precompileMessages(): Plugin {
  return {
    name: 'signaal:precompile-messages',
    enforce: 'pre',
    // Dev server and tests keep the plain strings and the full vue-i18n build, which compiles them on the fly.
    apply: 'build',
    transform(source, id) {
      const file = id.split('?')[0] ?? id
      if (!LOCALE_FILE.test(file)) return null
      const compile = (message: string, key: string) => {
        const errors: string[] = []
        const { ast } = baseCompile(message, {
          jit: true,
          minify: true,
          location: false,
          onError: (error: CompileError) => errors.push(error.message),
        })
        if (errors.length > 0) this.error(`${file}: message ${key}: ${errors.join('; ')}`)
        return ast
      }
      const walk = (tree: Tree, prefix: string): Tree =>
        Object.fromEntries(
          Object.entries(tree).map(([key, value]) => {
            const path = prefix ? `${prefix}.${key}` : key
            if (typeof value === 'string') return [key, compile(value, path)]
            if (value !== null && typeof value === 'object' && !Array.isArray(value)) return [key, walk(value as Tree, path)]
            this.error(`${file}: ${path} is neither a message nor a group of messages`)
          }),
        )
      return { code: JSON.stringify(walk(JSON.parse(source) as Tree, '')), map: null }
    },
  }
}
