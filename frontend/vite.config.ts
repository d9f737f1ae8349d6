import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// The backend during `npm run dev`; the built app is served by the backend itself.
const backend = process.env.SIGNAAL_BACKEND_URL ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    // Maven packages target/classes into the frontend jar; the backend serves classpath:public.
    outDir: 'target/classes/public',
    emptyOutDir: true,
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
    include: ['src/**/*.spec.ts'],
    // Process CSS so src/styles.spec.ts can read the stylesheets (Vitest empties CSS by default).
    css: { include: [/\.css(?:\?.*)?$/] },
  },
})
