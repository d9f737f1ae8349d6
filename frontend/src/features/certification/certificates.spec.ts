import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import type { MyCertificate } from '@/api/certificates'
import { groupedCode, refusedVerification, renewalOf, statusTone, typedCode } from './certificates'

describe('verification codes as typed', () => {
  it('forgives case, spaces, hyphens and the look-alikes O, I and L', () => {
    expect(typedCode('7k3m-q9tx-2hbd')).toBe('7K3MQ9TX2HBD')
    expect(typedCode(' 7K3M Q9TX 2HBD ')).toBe('7K3MQ9TX2HBD')
    expect(typedCode('OIL0-0000-ABCD')).toBe('01100000ABCD')
  })

  it('refuses what cannot be a code', () => {
    expect(typedCode('7K3MQ9TX2HB')).toBeNull()
    expect(typedCode('7K3MQ9TX2HBDX')).toBeNull()
    expect(typedCode('7K3MQ9TX2HBU')).toBeNull()
    expect(typedCode('')).toBeNull()
  })

  it('prints a code in groups of four', () => {
    expect(groupedCode('7K3MQ9TX2HBD')).toBe('7K3M-Q9TX-2HBD')
  })
})

describe('verification answers', () => {
  it('turns 404 into not found and 429 into a wait', () => {
    expect(refusedVerification(new ApiError({ status: 404 }))).toEqual({ kind: 'notFound' })
    expect(refusedVerification(new ApiError({ status: 429 }, 42))).toEqual({ kind: 'throttled', seconds: 42 })
  })

  it('leaves other failures to the error alert', () => {
    expect(refusedVerification(new ApiError({ status: 500 }))).toBeNull()
    expect(refusedVerification(new Error('offline'))).toBeNull()
  })

  it('shows each status in its own tone', () => {
    expect(statusTone('VALID')).toBe('ok')
    expect(statusTone('EXPIRED')).toBe('warning')
    expect(statusTone('REVOKED')).toBe('error')
  })
})

describe('renewal advice', () => {
  const certificate = (changes: Partial<MyCertificate>): MyCertificate => ({
    id: 'c1',
    kind: 'MODULE',
    subjectId: 'signalen',
    subjectVersion: 1,
    title: 'Signalen herkennen',
    titleUntranslated: false,
    studyHours: 1.5,
    issuedAt: '2026-01-01T10:00:00Z',
    validUntil: '2027-01-01T10:00:00Z',
    issuer: 'Signaal',
    holderName: 'Emma',
    verificationCode: '7K3MQ9TX2HBD',
    verifyUrl: 'https://signaal.example/verify/7K3MQ9TX2HBD',
    status: 'VALID',
    revokedAt: null,
    revokedReason: null,
    expiringSoon: false,
    renewalPath: '/learn/signalen/check',
    ...changes,
  })

  it('says what to do when a valid certificate ends soon, and where', () => {
    expect(renewalOf(certificate({ expiringSoon: true }))).toEqual({
      when: 'soon',
      kind: 'MODULE',
      path: '/learn/signalen/check',
    })
    expect(renewalOf(certificate({ kind: 'TRACK', expiringSoon: true, renewalPath: '/tracks/aandacht' }))).toEqual({
      when: 'soon',
      kind: 'TRACK',
      path: '/tracks/aandacht',
    })
  })

  it('offers renewal for an expired certificate', () => {
    expect(renewalOf(certificate({ status: 'EXPIRED' }))?.when).toBe('expired')
  })

  it('stays quiet for a certificate valid for long, revoked, or without an end', () => {
    expect(renewalOf(certificate({}))).toBeNull()
    expect(renewalOf(certificate({ status: 'REVOKED', expiringSoon: false, renewalPath: null }))).toBeNull()
    expect(renewalOf(certificate({ validUntil: null, renewalPath: null }))).toBeNull()
  })
})
