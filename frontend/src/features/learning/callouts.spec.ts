import { describe, expect, it } from 'vitest'
import nl from '@/i18n/locales/nl/learning.json'
import { calloutLabelKey, calloutLabelTag } from './callouts'

describe('callout labels', () => {
  it('maps every kind the content format allows to a translated label', () => {
    for (const kind of ['tip', 'let-op', 'veiligheid', 'kernpunten']) {
      const key = calloutLabelKey(kind)
      expect(key).not.toBeNull()
      const name = key!.replace('learning.callout.', '') as keyof typeof nl.callout
      expect(nl.callout[name]).toBeTruthy()
    }
    expect(nl.callout.keyPoints).toBe('Kernpunten')
  })

  it('leaves unknown kinds alone', () => {
    expect(calloutLabelKey('onbekend')).toBeNull()
    expect(calloutLabelKey(undefined)).toBeNull()
    expect(calloutLabelKey('constructor')).toBeNull()
  })

  it('heads key points as a section and labels the others inline', () => {
    expect(calloutLabelTag('kernpunten')).toBe('h2')
    expect(calloutLabelTag('tip')).toBe('p')
  })
})
