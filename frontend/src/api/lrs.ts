import { http } from './http'

/*
 * An organisation's learning records and outside systems (issue #17), all for the signed-in administrator's own
 * organisation, so no organisation id in the path:
 * - API credentials, for an LRS that fetches from Signaal (docs/api.md, "xAPI Statement API", decision 0041);
 * - forwarding, Signaal sending each statement to the organisation's LRS through an outbox (docs/api.md,
 *   "Forwarding to an external LRS").
 */

/** A credential as listed: never its secret. */
export interface ApiCredential {
  id: string
  name: string
  /** The HTTP Basic user name, `sx_…`. */
  keyId: string
  /** ISO instants */
  createdAt: string
  revokedAt: string | null
  lastUsedAt: string | null
}

/** The answer to creating one: the only time the secret is there. */
export interface CreatedApiCredential {
  id: string
  name: string
  keyId: string
  secret: string
  createdAt: string
}

/** Names are 1 to 100 characters once trimmed; the server checks the same. */
export const CREDENTIAL_NAME_MAX = 100

const CREDENTIALS = '/api/organisation/xapi-credentials'

export const listApiCredentials = () => http<ApiCredential[]>(CREDENTIALS)

export const createApiCredential = (name: string) =>
  http<CreatedApiCredential>(CREDENTIALS, { method: 'POST', body: { name } })

/** Revokes at once; revoking again changes nothing. */
export const revokeApiCredential = (credentialId: string) =>
  http<ApiCredential>(`${CREDENTIALS}/${encodeURIComponent(credentialId)}`, { method: 'DELETE' })

/** Where an LRS fetches statements: `<public url>/api/xapi/` (with a credential as HTTP Basic). */
export const xapiAddress = (origin: string): string => `${origin.replace(/\/+$/, '')}/api/xapi/`

export interface ForwardingStatus {
  /** Waiting to be sent, those waiting for a retry included. */
  pending: number
  /** Delivered, "already there" (409 for a known id) included. */
  delivered: number
  /** Refused for good by the LRS: they need an administrator. */
  rejected: number
  lastDeliveredAt: string | null
  lastAttemptAt: string | null
  /** Plain words and the HTTP status, e.g. "HTTP 503 from the LRS". */
  lastError: string | null
  nextAttemptAt: string | null
  oldestPendingAt: string | null
}

export interface Forwarding {
  /** False: nothing set up yet (every other field empty). */
  configured: boolean
  /** The LRS's xAPI base, e.g. "https://lrs.example.org/xapi". */
  endpoint: string | null
  username: string | null
  passwordSet: boolean
  /** False: paused, nothing is sent and statements still queue. */
  enabled: boolean
  /** Statements stored from this moment on are forwarded. */
  startedAt: string | null
  /** When the statements from before `startedAt` were queued, if ever. */
  backfilledAt: string | null
  status: ForwardingStatus
}

export interface ForwardingCommand {
  endpoint: string
  username: string
  /** null keeps the stored one (required the first time). */
  password: string | null
  enabled: boolean
}

export interface ConnectionTest {
  ok: boolean
  httpStatus: number | null
  message: string
}

export type ProblemState = 'waiting' | 'rejected'

export interface ForwardingProblem {
  statementId: string
  state: ProblemState
  attempts: number
  lastError: string | null
  lastAttemptAt: string | null
  nextAttemptAt: string | null
}

/** The server's limits on the forwarding form (it checks the same, and more: https, a public host). */
export const ENDPOINT_MAX = 500
export const USERNAME_MAX = 200
export const PASSWORD_MAX = 500

const FORWARDING = '/api/organisation/lrs-forwarding'

export const fetchForwarding = () => http<Forwarding>(FORWARDING)

/** `400` names the field (`endpoint`, `username`, `password`). Changing the address or login keeps the queue. */
export const saveForwarding = (command: ForwardingCommand) =>
  http<Forwarding>(FORWARDING, { method: 'PUT', body: command })

/** Removes the forwarding and drops what was not delivered yet. */
export const stopForwarding = () => http<void>(FORWARDING, { method: 'DELETE' })

/** Asks the LRS's `/about` with the stored login. `404` when nothing is set up. */
export const testForwarding = () => http<ConnectionTest>(`${FORWARDING}/test`, { method: 'POST' })

/** Rejected and waiting statements are tried at the next run. */
export const retryForwarding = () => http<Forwarding>(`${FORWARDING}/retry`, { method: 'POST' })

/** Queues the statements stored before forwarding started (idempotent). */
export const backfillForwarding = () => http<Forwarding>(`${FORWARDING}/backfill`, { method: 'POST' })

/** At most 50, most recent attempt first. */
export const fetchForwardingProblems = () => http<ForwardingProblem[]>(`${FORWARDING}/problems`)
