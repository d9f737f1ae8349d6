import { directionOf } from '@/i18n'

/**
 * Attributes for the session's content (scenes, options, feedback): it is in the session's language,
 * which may differ from the viewer's UI language, so screen readers pronounce it right and an Arabic
 * case reads right to left on a Dutch screen (and the other way round).
 */
export function contentAttrs(view: { locale: string } | null | undefined): { lang?: string; dir?: 'ltr' | 'rtl' } {
  return view ? { lang: view.locale, dir: directionOf(view.locale) } : {}
}

/** The absolute join link for a QR code and for reading out: `origin` + the server's join path. */
export function joinUrl(origin: string, joinPath: string): string {
  return `${origin.replace(/\/$/, '')}${joinPath.startsWith('/') ? joinPath : `/${joinPath}`}`
}

/** "123 456": a six-digit code is easier to read aloud and to copy in two halves. */
export function spacedCode(code: string | null | undefined): string {
  if (!code) return ''
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code
}

/** The code as typed: digits only (spaces, dashes and a pasted link's other characters are dropped), at most six. */
export function normaliseCode(input: string): string {
  const digits = input.replace(/\D/g, '')
  return digits.slice(-6).length === 6 && digits.length > 6 ? digits.slice(-6) : digits.slice(0, 6)
}
