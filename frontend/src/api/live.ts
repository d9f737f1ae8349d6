import { http } from './http'

/**
 * Live group sessions (issue #10, the live contract): a facilitator runs a case, a knowledge check or
 * a signal-pooling exercise with a group that votes from their phones. Facilitator routes need a
 * facilitator role; participant routes need the participant cookie that `join` sets. Scene, question,
 * feedback and discussion texts are HTML rendered and sanitised by the server; option texts are plain.
 * Screens follow the session through Server-Sent Events (see `useLiveStream`).
 */

export const KINDS = ['case', 'check', 'pooling'] as const
export type Kind = (typeof KINDS)[number]

export const STATUSES = ['LOBBY', 'RUNNING', 'DEBRIEF', 'ENDED'] as const
export type Status = (typeof STATUSES)[number]

export const PHASES = ['VOTING', 'CLOSED', 'REVEALED', 'DECIDED'] as const
export type Phase = (typeof PHASES)[number]

export type ChoiceHow = 'MAJORITY' | 'FACILITATOR' | 'ANSWER'

export interface Activity {
  kind: Kind
  id: string
  title: string
  summary: string
  /** Decisions or questions, when the server knows them in advance. */
  steps: number | null
}

export interface Activities {
  cases: Activity[]
  checks: Activity[]
  pooling: Activity[]
}

export interface LiveOption {
  id: string
  text: string
}

export interface Fragment {
  id: string
  holder: string
}

export interface LiveStep {
  /** 0-based. */
  index: number
  /** Questions in a check or pooling exercise; null for a case (its length depends on the path). */
  total: number | null
  phase: Phase
  /** Case: "speaker · setting". */
  heading: string | null
  html: string
  options: LiveOption[]
  timerEndsAt: string | null
  votes: number
  /** Participants: null until REVEALED; facilitator: always. */
  tally: Record<string, number> | null
  chosen: { optionId: string; how: ChoiceHow } | null
  recommendedOptionIds: string[] | null
  feedbackHtml: string | null
  discussionHtml: string | null
  neededFragments: Fragment[] | null
}

export interface DebriefDecision {
  index: number
  heading: string | null
  prompt: string
  options: (LiveOption & { votes: number })[]
  chosenOptionId: string | null
  recommendedOptionIds: string[]
}

export interface Debrief {
  endingHtml: string | null
  decisions: DebriefDecision[]
  followedRecommended: number
  total: number
}

export interface ParticipantView {
  /** Also the SSE id: changes whenever the view changes. */
  eventId: string
  sessionId: string
  kind: Kind
  activityId: string
  title: string
  locale: string
  status: Status
  introHtml: string | null
  participants: number
  /** Null in LOBBY, DEBRIEF and ENDED. */
  step: LiveStep | null
  /** In DEBRIEF and ENDED. */
  debrief: Debrief | null
}

export interface RosterEntry {
  id: string
  nickname: string
  signedIn: boolean
}

export interface FacilitatorView extends ParticipantView {
  /** Null once ENDED. */
  code: string | null
  /** "/j/123456" */
  joinPath: string
  roster: RosterEntry[]
  idleExpiresAt: string
}

export interface SessionRow {
  id: string
  kind: Kind
  activityId: string
  title: string
  status: Status
  code: string | null
  participants: number
  facilitatorName: string
  createdAt: string
  endedAt: string | null
}

export interface SummaryDecision {
  index: number
  heading: string | null
  /** Plain text, at most 200 characters. */
  prompt: string
  options: (LiveOption & { votes: number })[]
  chosenOptionId: string | null
  how: ChoiceHow | null
  recommendedOptionIds: string[]
}

export interface Summary {
  title: string
  kind: Kind
  activityId: string
  locale: string
  createdAt: string
  startedAt: string | null
  endedAt: string | null
  attendance: number
  decisions: SummaryDecision[]
}

export interface Me {
  participantId: string
  nickname: string
  removed: boolean
  /** Pooling: this participant's private fragment. */
  fragment: (Fragment & { html: string }) | null
  votes: { step: number; optionId: string }[]
}

export interface Play {
  view: ParticipantView
  me: Me
}

export interface Joined {
  sessionId: string
  participantId: string
  nickname: string
}

export interface JoinCommand {
  code: string
  nickname?: string
  /** Join as the signed-in user: the session then counts as practice. */
  asSelf?: boolean
}

export interface VoteCommand {
  /** Made by the client; the same id again changes nothing, so a retried vote is never counted twice. */
  voteId: string
  step: number
  optionId: string
}

export interface VoteAnswer {
  step: number
  optionId: string
}

export type ActionName = 'start' | 'open' | 'close' | 'reveal' | 'decide' | 'next' | 'timer' | 'end'

export interface ActionCommand {
  action: ActionName
  /** The step the action is meant for (all but start and end): a retry of a done action changes nothing. */
  step?: number
  optionId?: string
  seconds?: number
}

export const NICKNAME_MAX = 24
export const CODE_LENGTH = 6

const sessionPath = (id: string) => `/api/live/sessions/${encodeURIComponent(id)}`
const playPath = (id: string) => `/api/live/play/${encodeURIComponent(id)}`

export const fetchActivities = (locale: string) => http<Activities>('/api/live/activities', { query: { locale } })

export const createSession = (kind: Kind, activityId: string, locale: string) =>
  http<FacilitatorView>('/api/live/sessions', { method: 'POST', body: { kind, activityId, locale } })

/** The organisation's open sessions first, then those ended in the last 30 days, newest first. */
export const listSessions = () => http<SessionRow[]>('/api/live/sessions')

export const fetchSession = (id: string) => http<FacilitatorView>(sessionPath(id))

export const sendAction = (id: string, command: ActionCommand) =>
  http<FacilitatorView>(`${sessionPath(id)}/actions`, { method: 'POST', body: command })

export const removeParticipant = (id: string, participantId: string) =>
  http<void>(`${sessionPath(id)}/participants/${encodeURIComponent(participantId)}/remove`, { method: 'POST' })

export const fetchSummary = (id: string) => http<Summary>(`${sessionPath(id)}/summary`)

/** For a plain download link: the answer is an attachment. */
export const summaryCsvUrl = (id: string) => `${sessionPath(id)}/summary.csv`

export const facilitatorEventsUrl = (id: string) => `${sessionPath(id)}/events`

export const join = (command: JoinCommand) => http<Joined>('/api/live/join', { method: 'POST', body: command })

export const fetchPlay = (sessionId: string) => http<Play>(playPath(sessionId))

export const vote = (sessionId: string, command: VoteCommand) =>
  http<VoteAnswer>(`${playPath(sessionId)}/votes`, { method: 'POST', body: command })

export const participantEventsUrl = (sessionId: string) => `${playPath(sessionId)}/events`
