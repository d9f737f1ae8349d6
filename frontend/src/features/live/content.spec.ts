import { describe, expect, it } from 'vitest'
import { contentAttrs, joinUrl, normaliseCode, spacedCode } from './content'

describe('contentAttrs', () => {
  it('marks the session language and its direction', () => {
    expect(contentAttrs({ locale: 'ar' })).toEqual({ lang: 'ar', dir: 'rtl' })
    expect(contentAttrs({ locale: 'nl' })).toEqual({ lang: 'nl', dir: 'ltr' })
  })
})

describe('joinUrl', () => {
  it('puts the join path after the origin', () => {
    expect(joinUrl('https://signaal.example/', '/j/123456')).toBe('https://signaal.example/j/123456')
  })
})

describe('spacedCode', () => {
  it('splits six digits in two halves', () => {
    expect(spacedCode('123456')).toBe('123 456')
    expect(spacedCode(null)).toBe('')
  })
})

describe('normaliseCode', () => {
  it('keeps digits only', () => {
    expect(normaliseCode('123 456')).toBe('123456')
    expect(normaliseCode('12-3')).toBe('123')
  })

  it('takes the code from a pasted join link', () => {
    expect(normaliseCode('https://signaal.example/j/654321')).toBe('654321')
  })
})
