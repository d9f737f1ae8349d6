import {
  CREDENTIAL_NAME_MAX,
  ENDPOINT_MAX,
  PASSWORD_MAX,
  USERNAME_MAX,
  type Forwarding, type ForwardingCommand, type ForwardingStatus } from '@/api/lrs'

type Translate = (key: string, values?: Record<string, unknown>) => string

/** Why a credential name is refused before asking the server (it checks the same), or undefined. */
export function credentialNameProblem(name: string, t: Translate): string | undefined {
  const trimmed = name.trim()
  if (trimmed.length === 0) return t('lrs.credentials.form.nameRequired')
  if ([...trimmed].length > CREDENTIAL_NAME_MAX) return t('lrs.credentials.form.nameTooLong', { max: CREDENTIAL_NAME_MAX })
  return undefined
}

export type ForwardingField = 'endpoint' | 'username' | 'password'
export const FORWARDING_FIELDS: readonly ForwardingField[] = ['endpoint', 'username', 'password']

export interface ForwardingValues {
  endpoint: string
  username: string
  password: string
  enabled: boolean
}

/** The form as the stored forwarding has it (the password is never sent back: empty keeps it). */
export function formValues(forwarding: Forwarding | null | undefined): ForwardingValues {
  return {
    endpoint: forwarding?.endpoint ?? '',
    username: forwarding?.username ?? '',
    password: '',
    enabled: forwarding?.configured ? forwarding.enabled : true,
  }
}

/** "https://lrs.example.org/xapi/ " as "https://lrs.example.org/xapi": the contract's form, no trailing slash. */
export function normaliseEndpoint(endpoint: string): string {
  return endpoint.trim().replace(/\/+$/, '')
}

/**
 * What the browser can tell about the form before the server does. Whether the address is public and https is the
 * server's to say (a test installation may allow http on a private address); here only that it is a web address.
 */
export function forwardingProblems(
  values: ForwardingValues,
  passwordSet: boolean,
  t: Translate,
): Partial<Record<ForwardingField, string>> {
  const problems: Partial<Record<ForwardingField, string>> = {}
  const endpoint = normaliseEndpoint(values.endpoint)
  const username = values.username.trim()
  if (endpoint === '') problems.endpoint = t('lrs.forwarding.form.endpointRequired')
  else if (endpoint.length > ENDPOINT_MAX) problems.endpoint = t('lrs.forwarding.form.tooLong', { max: ENDPOINT_MAX })
  else if (!isWebAddress(endpoint)) problems.endpoint = t('lrs.forwarding.form.endpointInvalid')
  if (username === '') problems.username = t('lrs.forwarding.form.usernameRequired')
  else if (username.length > USERNAME_MAX) problems.username = t('lrs.forwarding.form.tooLong', { max: USERNAME_MAX })
  // HTTP Basic puts "user:password" together: a colon in the user name cannot be told apart.
  else if (username.includes(':')) problems.username = t('lrs.forwarding.form.usernameColon')
  if (!passwordSet && values.password === '') problems.password = t('lrs.forwarding.form.passwordRequired')
  else if (values.password.length > PASSWORD_MAX) problems.password = t('lrs.forwarding.form.tooLong', { max: PASSWORD_MAX })
  return problems
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
  } catch {
    return false
  }
}

/** The body of the PUT: an empty password keeps the stored one. */
export function forwardingCommand(values: ForwardingValues): ForwardingCommand {
  return {
    endpoint: normaliseEndpoint(values.endpoint),
    username: values.username.trim(),
    password: values.password === '' ? null : values.password,
    enabled: values.enabled,
  }
}

/**
 * The one-line state of the forwarding, most urgent first: paused, statements refused for good, sending fails and
 * is retried, sending, or everything delivered (nothing sent yet counts as that too).
 */
export type ForwardingState = 'paused' | 'rejected' | 'retrying' | 'sending' | 'upToDate'

export function forwardingState(forwarding: Pick<Forwarding, 'enabled' | 'status'>): ForwardingState {
  const { status } = forwarding
  if (!forwarding.enabled) return 'paused'
  if (status.rejected > 0) return 'rejected'
  if (status.pending > 0 && status.lastError) return 'retrying'
  if (status.pending > 0) return 'sending'
  return 'upToDate'
}

/** How far the queue is: delivered out of everything queued so far. */
export function deliveredShare(status: ForwardingStatus): { value: number; max: number } {
  return { value: status.delivered, max: status.delivered + status.pending + status.rejected }
}

/** Rejected statements can be tried again; so can waiting ones, sooner than their backoff. */
export function canRetry(status: ForwardingStatus): boolean {
  return status.rejected > 0 || (status.pending > 0 && status.lastError !== null)
}
