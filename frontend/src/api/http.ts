/**
 * The one place that talks HTTP to the backend. It sends the session cookie, adds the CSRF
 * header to state-changing requests and turns `application/problem+json` answers into an
 * {@link ApiError}. Fetch functions per feature live beside this file (identity.ts, learning.ts).
 */

export interface FieldError {
  field: string
  message: string
}

/** RFC 9457 problem details as the backend sends them (see docs/api.md, "Conventions"). */
export interface Problem {
  type?: string
  title?: string
  status: number
  detail?: string
  errors?: FieldError[]
  /** The request's id (also in the `X-Request-Id` header and the server log), for users to quote. */
  requestId?: string
}

/** The server answered with a status outside 2xx. */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem
  /** Seconds from a `Retry-After` header (429 lock-out), else null. */
  readonly retryAfterSeconds: number | null

  constructor(problem: Problem, retryAfterSeconds: number | null = null) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`)
    this.name = 'ApiError'
    this.status = problem.status
    this.problem = problem
    this.retryAfterSeconds = retryAfterSeconds
  }

  /** Validation messages by JSON property name; several messages for one field are joined. */
  get fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {}
    for (const { field, message } of this.problem.errors ?? []) {
      byField[field] = byField[field] ? `${byField[field]} ${message}` : message
    }
    return byField
  }
}

/** The request never got an answer (offline, server down, connection reset). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The server could not be reached', { cause })
    this.name = 'NetworkError'
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  query?: Query
  body?: unknown
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

let csrfToken: string | null = null
let onUnauthorized: (() => void) | null = null

/** The token from `Me.csrfToken`; sent as `X-CSRF-Token` on every POST, PUT and DELETE. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

/** Called on every 401 answer, e.g. to end a session that expired on the server. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler
}

export function withQuery(path: string, query: Query | undefined): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.set(key, String(value))
  }
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

export async function http<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET'
  const headers = new Headers({ Accept: 'application/json, application/problem+json' })
  // A FormData body (a file upload) goes as multipart: the browser sets Content-Type with its boundary.
  const multipart = typeof FormData !== 'undefined' && options.body instanceof FormData
  if (options.body !== undefined && !multipart) headers.set('Content-Type', 'application/json')
  if (!SAFE_METHODS.has(method) && csrfToken) headers.set('X-CSRF-Token', csrfToken)

  let response: Response
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
    })
  } catch (cause) {
    throw new NetworkError(cause)
  }

  if (!response.ok) {
    const error = await toApiError(response)
    if (error.status === 401) onUnauthorized?.()
    throw error
  }
  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    return undefined as T
  }
  return (await response.json()) as T
}

export async function toApiError(response: Response): Promise<ApiError> {
  const fallback: Problem = { status: response.status, title: response.statusText || undefined }
  let problem = fallback
  const contentType = response.headers.get('Content-Type') ?? ''
  if (contentType.includes('json')) {
    try {
      problem = parseProblem(await response.json(), response.status)
    } catch {
      problem = fallback
    }
  }
  return new ApiError(problem, parseRetryAfter(response.headers.get('Retry-After')))
}

function parseProblem(body: unknown, status: number): Problem {
  if (typeof body !== 'object' || body === null) return { status }
  const raw = body as Record<string, unknown>
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' && value !== '' ? value : undefined
  const errors = Array.isArray(raw.errors)
    ? raw.errors.flatMap((entry: unknown): FieldError[] => {
        if (typeof entry !== 'object' || entry === null) return []
        const { field, message } = entry as Record<string, unknown>
        return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : []
      })
    : undefined
  return {
    type: text(raw.type),
    title: text(raw.title),
    // The status line is the truth; a body that disagrees is ignored on this point.
    status,
    detail: text(raw.detail),
    errors,
  }
}

/** `Retry-After` as seconds: either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null || value.trim() === '') return null
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return null
  return Math.max(0, Math.ceil((date - now) / 1000))
}
