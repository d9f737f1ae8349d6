import { describe, expect, it } from 'vitest'
import { directionOf, isSupportedLocale, languageName, SUPPORTED_LOCALES } from '@/i18n'
import { resolveLocale } from './locale'

describe('resolveLocale', () => {
  it('prefers the logged-in user’s locale', () => {
    expect(resolveLocale('en', 'nl')).toBe('en')
  })

  it('falls back to the choice stored on this device', () => {
    expect(resolveLocale(undefined, 'en')).toBe('en')
  })

  it('uses Dutch when nothing is known', () => {
    expect(resolveLocale(null, null)).toBe('nl')
  })

  it('skips a locale the UI has no translations for', () => {
    expect(resolveLocale('xx', 'en')).toBe('en')
    expect(resolveLocale('xx', 'yy')).toBe('nl')
  })
})

describe('locales', () => {
  it('lists Dutch first', () => {
    expect(SUPPORTED_LOCALES[0]).toBe('nl')
    expect(isSupportedLocale('en')).toBe(true)
  })

  it('writes Arabic and other right-to-left languages right to left', () => {
    expect(directionOf('ar')).toBe('rtl')
    expect(directionOf('ar-MA')).toBe('rtl')
    expect(directionOf('nl')).toBe('ltr')
    expect(directionOf('tr')).toBe('ltr')
  })

  it('names each language in that language', () => {
    expect(languageName('nl')).toBe('Nederlands')
    expect(languageName('en')).toBe('English')
  })
})
