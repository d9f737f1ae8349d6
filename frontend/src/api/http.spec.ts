import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, http, NetworkError, parseRetryAfter, setCsrfToken, setUnauthorizedHandler } from './http'

const fetchMock = vi.fn<typeof fetch>()

function problem(status: number, body: object, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  })
}

function lastRequest(): { url: string; init: RequestInit; headers: Headers } {
  const [url, init] = fetchMock.mock.calls.at(-1) ?? []
  return { url: String(url), init: init ?? {}, headers: new Headers(init?.headers) }
}

beforeEach(() => {
  fetchMock.mockReset()
  vi.stubGlobal('fetch', fetchMock)
  setCsrfToken(null)
  setUnauthorizedHandler(null)
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('http', () => {
  it('returns the parsed JSON body of a successful GET', async () => {
    fetchMock.mockResolvedValue(Response.json([{ id: 'a' }]))
    await expect(http('/api/modules', { query: { locale: 'en' } })).resolves.toEqual([{ id: 'a' }])
    expect(lastRequest().url).toBe('/api/modules?locale=en')
  })

  it('sends the session cookie', async () => {
    fetchMock.mockResolvedValue(Response.json({}))
    await http('/api/me')
    expect(lastRequest().init.credentials).toBe('same-origin')
  })

  it('leaves out query parameters without a value', async () => {
    fetchMock.mockResolvedValue(Response.json({}))
    await http('/api/xapi/statements', { query: { page: 0, scope: undefined, size: null } })
    expect(lastRequest().url).toBe('/api/xapi/statements?page=0')
  })

  it('adds the CSRF token to a POST with a JSON body', async () => {
    setCsrfToken('token-123')
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    await http('/api/modules/m/lessons/l/views', { method: 'POST', body: { a: 1 } })
    const { init, headers } = lastRequest()
    expect(headers.get('X-CSRF-Token')).toBe('token-123')
    expect(headers.get('Content-Type')).toBe('application/json')
    expect(init.body).toBe('{"a":1}')
  })

  it.each(['PUT', 'DELETE'] as const)('adds the CSRF token to a %s', async (method) => {
    setCsrfToken('token-123')
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    await http('/api/x', { method })
    expect(lastRequest().headers.get('X-CSRF-Token')).toBe('token-123')
  })

  it('never sends the CSRF token with a GET', async () => {
    setCsrfToken('token-123')
    fetchMock.mockResolvedValue(Response.json({}))
    await http('/api/me')
    expect(lastRequest().headers.has('X-CSRF-Token')).toBe(false)
  })

  it('sends no CSRF header before anyone logged in', async () => {
    fetchMock.mockResolvedValue(Response.json({}))
    await http('/api/auth/login', { method: 'POST', body: {} })
    expect(lastRequest().headers.has('X-CSRF-Token')).toBe(false)
  })

  it('answers undefined for 204 No Content', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    await expect(http('/api/auth/logout', { method: 'POST' })).resolves.toBeUndefined()
  })

  it('turns problem+json into an ApiError with messages per field', async () => {
    fetchMock.mockResolvedValue(
      problem(400, {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'Validation failed',
        errors: [
          { field: 'email', message: 'must not be blank' },
          { field: 'password', message: 'size must be at least 12' },
          { field: 'email', message: 'must be an e-mail address' },
          { nonsense: true },
        ],
      }),
    )
    const error = await http('/api/auth/register', { method: 'POST', body: {} }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    const apiError = error as ApiError
    expect(apiError.status).toBe(400)
    expect(apiError.message).toBe('Validation failed')
    expect(apiError.problem.title).toBe('Bad Request')
    expect(apiError.fieldErrors).toEqual({
      email: 'must not be blank must be an e-mail address',
      password: 'size must be at least 12',
    })
  })

  it('reads Retry-After of a 429 lock-out as seconds', async () => {
    fetchMock.mockResolvedValue(problem(429, { title: 'Too Many Requests', status: 429 }, { 'Retry-After': '300' }))
    const error = (await http('/api/auth/login', { method: 'POST', body: {} }).catch((e: unknown) => e)) as ApiError
    expect(error.status).toBe(429)
    expect(error.retryAfterSeconds).toBe(300)
  })

  it('makes an ApiError from an error without a JSON body', async () => {
    fetchMock.mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }))
    const error = (await http('/api/me').catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(502)
    expect(error.problem.title).toBe('Bad Gateway')
    expect(error.fieldErrors).toEqual({})
  })

  it('trusts the status line over a status in the body', async () => {
    fetchMock.mockResolvedValue(problem(403, { title: 'Forbidden', status: 200 }))
    const error = (await http('/api/x', { method: 'POST' }).catch((e: unknown) => e)) as ApiError
    expect(error.status).toBe(403)
  })

  it('throws a NetworkError when the server cannot be reached', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    await expect(http('/api/me')).rejects.toBeInstanceOf(NetworkError)
  })

  it('tells the unauthorized handler about a 401', async () => {
    const handler = vi.fn()
    setUnauthorizedHandler(handler)
    fetchMock.mockResolvedValue(problem(401, { title: 'Unauthorized', status: 401 }))
    await expect(http('/api/me/progress')).rejects.toBeInstanceOf(ApiError)
    expect(handler).toHaveBeenCalledOnce()
  })
})

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('120')).toBe(120)
  })

  it('reads an HTTP date as seconds from now', () => {
    const now = Date.parse('2026-03-01T10:00:00Z')
    expect(parseRetryAfter('Sun, 01 Mar 2026 10:05:00 GMT', now)).toBe(300)
  })

  it('gives null for a missing or unreadable header', () => {
    expect(parseRetryAfter(null)).toBeNull()
    expect(parseRetryAfter('soon')).toBeNull()
  })
})
