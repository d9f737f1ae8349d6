/**
 * Attributes for text that the server served in Dutch because the asked locale lacks it, so screen
 * readers pronounce it as Dutch and right-to-left pages keep it left-to-right.
 */
export function contentLang(item: { untranslated: boolean } | null | undefined): {
  lang?: string
  dir?: 'ltr'
} {
  return item?.untranslated ? { lang: 'nl', dir: 'ltr' } : {}
}
