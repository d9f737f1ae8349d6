import { describe, expect, it } from 'vitest'
import { qrPath } from './qr'

describe('qrPath', () => {
  it('draws a version 2 or 3 code for a join link', () => {
    const { size, d } = qrPath('https://signaal.example/j/123456')
    expect([25, 29]).toContain(size)
    // The three finder patterns' corners are dark.
    expect(d).toContain('M0 0h1v1h-1z')
    expect(d).toContain(`M${size - 1} 0h1v1h-1z`)
    expect(d).toContain(`M0 ${size - 1}h1v1h-1z`)
  })

  it('gives another drawing for another code', () => {
    expect(qrPath('https://signaal.example/j/123456').d).not.toBe(qrPath('https://signaal.example/j/654321').d)
  })
})
