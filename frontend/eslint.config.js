import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import pluginVue from 'eslint-plugin-vue'

export default defineConfigWithVueTs(
  { name: 'signaal/files', files: ['**/*.{ts,mts,vue}'] },
  { name: 'signaal/ignores', ignores: ['target/**', 'node_modules/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    name: 'signaal/rules',
    rules: {
      // Every visible string goes through vue-i18n: hard-coded text in a template fails the build.
      'vue/no-bare-strings-in-template': 'error',
      // v-html only for HTML the server rendered and sanitised (lessons, case scenes), each with a disable comment saying so.
      'vue/no-v-html': 'error',
      'vue/block-lang': ['error', { script: { lang: 'ts' } }],
      'vue/component-api-style': ['error', ['script-setup']],
      'vue/require-explicit-emits': 'error',
      'vue/no-unused-refs': 'error',
      'vue/no-useless-v-bind': 'error',
      'no-console': 'error',
      // Layout of attributes and short elements is left to the author (create-vue leaves it to a formatter).
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
    },
  },
  // Build scripts report on the terminal.
  { name: 'signaal/scripts', files: ['scripts/**'], rules: { 'no-console': 'off' } },
)
