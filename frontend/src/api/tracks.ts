import { http } from './http'

export type TrackStep = 'MODULES' | 'CASES' | 'FACILITATION' | 'LIVE_SESSION' | 'REFLECTION' | 'DONE'
export type ReflectionStatus = 'NONE' | 'SUBMITTED' | 'APPROVED' | 'ASK_MORE'

export interface TrackModule {
  id: string
  title: string
  done: boolean
}

export interface TrackCase {
  id: string
  title: string
  finishedAt: string
}

export interface TrackSession {
  id: string
  activityId: string
  status: string
  startedAt: string
  participants: number
  /** Enough participants to count for the track. */
  counts: boolean
}

/** The signed-in user's progress on one track (GET /api/me/tracks, docs/api.md "Tracks"). Instants are ISO strings. */
export type StandingStatus = 'CURRENT' | 'AT_RISK' | 'LAPSED'
export type StandingReason = 'REFRESHERS_OVERDUE' | 'LIVE_SESSION_DUE_SOON' | 'LIVE_SESSION_MISSED'

/** Whether a certificate holder keeps the track valid (refreshers, yearly facilitated sessions). */
export interface TrackStanding {
  status: StandingStatus
  reasons: StandingReason[]
  overdueModules: TrackModule[]
  liveSessionsPerYear: number
  liveSessionsInLastYear: number
  /** When the next counting live session must have taken place. */
  liveSessionDueBy: string
}

export interface TrackProgress {
  id: string
  version: number
  title: string
  summary: string
  studyHours: number
  validityYears: number
  keptValidByRefreshers: boolean
  liveSessionsPerYear: number
  nextStep: TrackStep
  /** The first module still to do when nextStep is MODULES or FACILITATION. */
  nextModuleId: string | null
  complete: boolean
  completedAt: string | null
  validUntil: string | null
  modules: TrackModule[]
  /** from empty: any case counts */
  cases: { atLeast: number; from: string[]; finished: TrackCase[]; done: boolean }
  facilitation: TrackModule[]
  liveSessions: { atLeast: number; minParticipants: number; sessions: TrackSession[]; done: boolean }
  reflection: {
    minWords: number
    status: ReflectionStatus
    id: string | null
    /** The user's own text: render as text, never as HTML. */
    text: string | null
    submittedAt: string | null
    reviewComment: string | null
    done: boolean
  }
  /** Sanitised HTML from the content files. */
  steps: {
    modulesHtml: string
    casesHtml: string
    facilitationHtml: string
    liveSessionsHtml: string
    reflectionHtml: string
    keepValidHtml: string
  }
  /** null until the track is complete (no certificate yet). */
  standing: TrackStanding | null
  untranslated: boolean
}

/** A reflection for the trainers of the author's organisation. */
export interface ReflectionToReview {
  id: string
  authorId: string
  authorName: string
  trackId: string
  trackTitle: string
  text: string
  status: Exclude<ReflectionStatus, 'NONE'>
  submittedAt: string
  reviewComment: string | null
}

export type ReviewDecision = 'APPROVE' | 'ASK_MORE'

export const fetchMyTracks = (locale: string) => http<TrackProgress[]>('/api/me/tracks', { query: { locale } })

export const fetchMyTrack = (trackId: string, locale: string) =>
  http<TrackProgress>(`/api/me/tracks/${encodeURIComponent(trackId)}`, { query: { locale } })

/** 400 (field text) when too short; 409 while one waits for review or after approval. A retry with the same clientId is safe. */
export const submitReflection = (trackId: string, clientId: string, text: string, locale: string) =>
  http<TrackProgress>(`/api/me/tracks/${encodeURIComponent(trackId)}/reflection`, {
    method: 'POST',
    body: { clientId, text },
    query: { locale },
  })

const organisationReflections = (organisationId: string) =>
  `/api/organisations/${encodeURIComponent(organisationId)}/reflections`

export const fetchReflectionsToReview = (organisationId: string, locale: string, status = 'SUBMITTED') =>
  http<ReflectionToReview[]>(organisationReflections(organisationId), { query: { status, locale } })

/** 403 for your own reflection; 409 when someone else reviewed it first; ASK_MORE needs a comment. */
export const reviewReflection = (
  organisationId: string,
  reflectionId: string,
  decision: ReviewDecision,
  comment: string,
  locale: string,
) =>
  http<ReflectionToReview>(`${organisationReflections(organisationId)}/${encodeURIComponent(reflectionId)}/review`, {
    method: 'POST',
    body: { decision, comment: comment.trim() === '' ? null : comment.trim() },
    query: { locale },
  })
