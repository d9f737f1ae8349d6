import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { localeChunk, localeParts } from './vite/localeParts.ts'
import { precompileMessages } from './vite/precompileMessages.ts'

// The backend during `npm run dev`; the built app is served by the backend itself.
const backend = process.env.SIGNAAL_BACKEND_URL ?? 'http://localhost:8080'

export default defineConfig(({ command }) => {
  // The production build ships vue-i18n without its message compiler: the messages are compiled at build time
  // (vite/precompileMessages.ts). Dev server and tests keep the full build, which compiles plain strings itself.
  const build = command === 'build' && !process.env.VITEST
  return {
    // Every component is <script setup> (ESLint enforces it): the Options API code can go (first-load weight).
    plugins: [
      vue({ features: { optionsAPI: false } }),
      precompileMessages(),
      localeParts(fileURLToPath(new URL('./src/i18n/locales', import.meta.url))),
    ],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        ...(build ? { 'vue-i18n': 'vue-i18n/dist/vue-i18n.runtime.esm-bundler.js' } : {}),
      },
    },
    define: {
      __VUE_I18N_FULL_INSTALL__: false,
      __VUE_I18N_LEGACY_API__: false,
      __INTLIFY_PROD_DEVTOOLS__: false,
      // vue-i18n 11 always renders messages from their syntax tree ("JIT"); this drops the compiler for strings.
      __INTLIFY_DROP_MESSAGE_COMPILER__: build,
    },
    build: {
      // Maven packages target/classes into the frontend jar; the backend serves classpath:public.
      outDir: 'target/classes/public',
      emptyOutDir: true,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // Per UI language two chunks, not one per locale file: the texts of the pages before signing in
              // ("shell") and the rest (src/i18n/index.ts decides which file is which).
              { name: localeChunk, debugName: 'locales' },
            ],
          },
        },
      },
    },
    server: {
      proxy: {
        '/api': backend,
        '/health': backend,
        '/swagger': backend,
      },
    },
    test: {
      environment: 'node',
      include: ['src/**/*.spec.ts', 'vite/**/*.spec.ts'],
      // Process CSS so src/styles.spec.ts can read the stylesheets (Vitest empties CSS by default).
      css: { include: [/\.css(?:\?.*)?$/] },
    },
  }
})
