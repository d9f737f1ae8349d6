import { ApiError, NetworkError } from '@/api/http'

/** The translation key for a failed request, for messages that are not specific to one page. */
export function errorMessageKey(error: unknown): string {
  if (error instanceof NetworkError) return 'common.error.network'
  if (error instanceof ApiError) {
    if (error.status === 401) return 'common.error.unauthorized'
    if (error.status === 403) return 'common.error.forbidden'
    if (error.status === 404) return 'common.error.notFound'
    if (error.status === 429) return 'common.error.tooManyRequests'
    if (error.status === 503) return 'limits.busy'
    if (error.status >= 500) return 'common.error.server'
  }
  return 'common.error.unexpected'
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404
}

/**
 * The address names nothing there is: an unknown id (404) or one that is not even an id (400, e.g.
 * /practice/runs/garbage). Retrying cannot help, so pages show "not found" with a way home instead.
 */
export function isNotFoundAddress(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 400)
}

/** Whether asking again can give another answer: not for a request the server refused as it is (4xx). */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true
  return error.status >= 500 || error.status === 408 || error.status === 429
}
