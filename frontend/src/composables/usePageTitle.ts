import { watchEffect } from 'vue'
import { useI18n } from 'vue-i18n'

/** Sets the browser tab's title ("<page> – Signaal"); reacts to the locale and to loaded data. */
export function usePageTitle(page: () => string | null | undefined): void {
  const { t } = useI18n()
  watchEffect(() => {
    const name = page()
    document.title = name ? t('app.documentTitle', { page: name }) : t('app.name')
  })
}
