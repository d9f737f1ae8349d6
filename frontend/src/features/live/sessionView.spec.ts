import { describe, expect, it } from 'vitest'
import { isNotOlder } from './sessionView'

const at = (eventId: string) => ({ eventId })

describe('isNotOlder', () => {
  it('takes anything over nothing', () => {
    expect(isNotOlder(null, at('1.0'))).toBe(true)
  })

  it('compares the parts as numbers', () => {
    expect(isNotOlder(at('9.5'), at('10.0'))).toBe(true)
    expect(isNotOlder(at('10.0'), at('9.5'))).toBe(false)
    expect(isNotOlder(at('3.12'), at('3.9'))).toBe(false)
    expect(isNotOlder(at('3.9'), at('3.9'))).toBe(true)
  })

  it('sees a passed timer (".t") as newer than the same revisions without it', () => {
    expect(isNotOlder(at('12.3'), at('12.3.t'))).toBe(true)
    expect(isNotOlder(at('12.3.t'), at('12.3'))).toBe(false)
    expect(isNotOlder(at('12.3.t'), at('12.4'))).toBe(true)
  })

  it('lets the last arrival win when ids have another shape', () => {
    expect(isNotOlder(at('b-1'), at('a-2'))).toBe(true)
  })
})
