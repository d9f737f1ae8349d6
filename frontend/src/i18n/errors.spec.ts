import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError } from '@/api/http'
import { isNotFoundAddress, isRetryable } from './errors'

const status = (code: number) => new ApiError({ status: code })

describe('isNotFoundAddress', () => {
  it('takes an unknown id (404) and a malformed one (400) as an address that names nothing', () => {
    expect(isNotFoundAddress(status(404))).toBe(true)
    expect(isNotFoundAddress(status(400))).toBe(true)
    expect(isNotFoundAddress(status(500))).toBe(false)
    expect(isNotFoundAddress(new NetworkError(null))).toBe(false)
  })
})

describe('isRetryable', () => {
  it('offers a retry only where asking again can help', () => {
    expect(isRetryable(new NetworkError(null))).toBe(true)
    expect(isRetryable(status(503))).toBe(true)
    expect(isRetryable(status(429))).toBe(true)
    expect(isRetryable(status(400))).toBe(false)
    expect(isRetryable(status(404))).toBe(false)
    expect(isRetryable(status(403))).toBe(false)
  })
})
