import { http, withQuery } from './http'

export type CertificateKind = 'MODULE' | 'TRACK' | 'WEBINAR'
export type CertificateStatus = 'VALID' | 'EXPIRED' | 'REVOKED'

/** One of the signed-in user's certificates (GET /api/me/certificates, docs/api.md). Instants are ISO strings. */
export interface MyCertificate {
  id: string
  kind: CertificateKind
  subjectId: string
  subjectVersion: number
  title: string
  /** The title is Dutch because the asked locale lacks one. */
  titleUntranslated: boolean
  studyHours: number
  issuedAt: string
  /** null: does not expire */
  validUntil: string | null
  issuer: string
  holderName: string
  verificationCode: string
  verifyUrl: string
  status: CertificateStatus
  revokedAt: string | null
  revokedReason: string | null
  /** Valid and ending within 60 days: the first expiry reminder has gone out. */
  expiringSoon: boolean
  /** The app page where the holder renews it; null when it does not end or is revoked. */
  renewalPath: string | null
}

/** The public answer for a verification code: the least that proves a certificate. */
export interface Verification {
  status: CertificateStatus
  /** null once the holder's account was erased (then the status is REVOKED) */
  holderName: string | null
  kind: CertificateKind
  title: string
  titleUntranslated: boolean
  issuedAt: string
  validUntil: string | null
  issuer: string
}

/** A certificate in force that ends soon, for coordinators. */
export interface ExpiringCertificate {
  id: string
  holderId: string
  holderName: string
  kind: CertificateKind
  subjectId: string
  title: string
  titleUntranslated: boolean
  issuedAt: string
  validUntil: string
}

export const fetchMyCertificates = (locale: string) =>
  http<MyCertificate[]>('/api/me/certificates', { query: { locale } })

/** For a plain link: the browser sends the session cookie and saves the PDF itself. */
export const certificatePdfUrl = (id: string, locale: string) =>
  withQuery(`/api/me/certificates/${encodeURIComponent(id)}/pdf`, { locale })

/** 404 for a code that matches nothing; 429 (with Retry-After) when this address asked too often. */
export const verifyCertificate = (code: string, locale: string) =>
  http<Verification>(`/api/verify/${encodeURIComponent(code)}`, { query: { locale } })

const organisationCertificates = (organisationId: string) =>
  `/api/organisations/${encodeURIComponent(organisationId)}/certificates`

export const fetchExpiringCertificates = (organisationId: string, days = 90, locale?: string) =>
  http<ExpiringCertificate[]>(`${organisationCertificates(organisationId)}/expiring`, { query: { days, locale } })

/** `204`; 409 when it is already revoked. Administrators only. */
export const revokeCertificate = (organisationId: string, certificateId: string, reason: string) =>
  http<void>(`${organisationCertificates(organisationId)}/${encodeURIComponent(certificateId)}/revoke`, {
    method: 'POST',
    body: { reason },
  })
