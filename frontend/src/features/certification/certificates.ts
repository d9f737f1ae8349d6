import { ApiError } from '@/api/http'
import type { CertificateKind, CertificateStatus, MyCertificate, Verification } from '@/api/certificates'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const CODE_LENGTH = 12

/**
 * A verification code as typed from paper, read as the server reads it: case, spaces and hyphens do not matter,
 * and O, I and L stand for 0, 1 and 1. Null when it cannot be a code, so the form can say so before asking.
 */
export function typedCode(text: string): string | null {
  let code = ''
  for (const character of text.toUpperCase()) {
    if (character === ' ' || character === '-') continue
    const read = character === 'O' ? '0' : character === 'I' || character === 'L' ? '1' : character
    if (!ALPHABET.includes(read)) return null
    code += read
  }
  return code.length === CODE_LENGTH ? code : null
}

/** In groups of four, as printed on the certificate: 7K3M-Q9TX-2HBD. */
export const groupedCode = (code: string): string => code.match(/.{1,4}/g)?.join('-') ?? code

export type VerificationPage =
  | { kind: 'found'; verification: Verification }
  | { kind: 'notFound' }
  | { kind: 'throttled'; seconds: number | null }

/** What the verification page shows for an error: not found and too many tries are answers, not failures. */
export function refusedVerification(error: unknown): VerificationPage | null {
  if (!(error instanceof ApiError)) return null
  if (error.status === 404) return { kind: 'notFound' }
  if (error.status === 429) return { kind: 'throttled', seconds: error.retryAfterSeconds }
  return null
}

/** The badge style per status: valid reads as good news, expired as a warning, revoked as an error. */
export function statusTone(status: CertificateStatus): 'ok' | 'warning' | 'error' {
  switch (status) {
    case 'VALID':
      return 'ok'
    case 'EXPIRED':
      return 'warning'
    case 'REVOKED':
      return 'error'
  }
}

/** The look-ahead windows a coordinator can choose for certificates that end soon (the API allows 1–366 days). */
export const EXPIRY_WINDOWS = [30, 60, 90, 180, 365] as const

/** What the holder can do about a certificate that ends soon or has ended: where to go and what it means there. */
export interface Renewal {
  /** soon: still valid, ends within 60 days; expired: ended. */
  when: 'soon' | 'expired'
  kind: CertificateKind
  path: string
}

/** The renewal advice for one certificate, or null when there is nothing to do (valid for long, revoked, no end). */
export function renewalOf(certificate: MyCertificate): Renewal | null {
  if (!certificate.renewalPath) return null
  if (certificate.status === 'VALID' && certificate.expiringSoon) {
    return { when: 'soon', kind: certificate.kind, path: certificate.renewalPath }
  }
  if (certificate.status === 'EXPIRED') {
    return { when: 'expired', kind: certificate.kind, path: certificate.renewalPath }
  }
  return null
}
