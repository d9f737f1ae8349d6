import { http } from './http'

/** The competencies that modules and cases train (docs/content-format.md, "Reference lists"). */
export const COMPETENCIES = [
  'signal-recognition',
  'victim-or-perpetrator',
  'reporting-route',
  'cooperation',
  'safety',
] as const
export type Competency = (typeof COMPETENCIES)[number]

export interface ModuleSummary {
  id: string
  title: string
  summary: string
  /** Sectors this module is written for; empty means everyone. */
  targetGroups: string[]
  competencies: string[]
  minutes: number
  lessonCount: number
  locale: string
  untranslated: boolean
}

export interface LessonRef {
  id: string
  title: string
  untranslated: boolean
}

export interface ModuleDetail extends ModuleSummary {
  version: number
  lessons: LessonRef[]
  check: { questionCount: number; passThreshold: number }
}

export interface Lesson {
  moduleId: string
  id: string
  title: string
  /** Rendered and sanitised on the server. */
  html: string
  untranslated: boolean
  previousLessonId: string | null
  nextLessonId: string | null
}

/** A module's one-page printable summary. */
export interface Flyer {
  moduleId: string
  title: string
  /** Rendered and sanitised on the server. */
  html: string
  locale: string
  untranslated: boolean
}

export interface CheckOption {
  id: string
  text: string
}

export interface CheckQuestion {
  id: string
  prompt: string
  multiple: boolean
  untranslated: boolean
  options: CheckOption[]
}

export interface Check {
  moduleId: string
  /** The attempt this order belongs to: loading the check with it again gives the same order. */
  attemptId: string
  passThreshold: number
  questions: CheckQuestion[]
}

/** questionId → the chosen option ids. */
export type Answers = Record<string, string[]>

export interface AttemptCommand {
  attemptId: string
  answers: Answers
}

/**
 * After a failed check, a wrongly answered question carries only the feedback of the chosen options;
 * `correct` and the other options' feedback are null (the key is not handed over).
 */
export interface ResultOption {
  id: string
  text: string
  feedback: string | null
  correct: boolean | null
  selected: boolean
}

export interface ResultQuestion {
  id: string
  prompt: string
  correct: boolean
  selected: string[]
  /** null for a wrongly answered question of a failed check */
  correctOptions: string[] | null
  options: ResultOption[]
}

export interface CheckResult {
  attemptId: string
  moduleId: string
  /** 0..1 */
  score: number
  correctCount: number
  questionCount: number
  passThreshold: number
  passed: boolean
  /** false after a failed check: the correct options of wrong questions are left out */
  keyShown: boolean
  /** Set when this attempt completed the module. */
  completedAt: string | null
  questions: ResultQuestion[]
}

const path = (moduleId: string) => `/api/modules/${encodeURIComponent(moduleId)}`

export const listModules = (locale: string) => http<ModuleSummary[]>('/api/modules', { query: { locale } })

export const fetchModule = (moduleId: string, locale: string) =>
  http<ModuleDetail>(path(moduleId), { query: { locale } })

export const fetchFlyer = (moduleId: string, locale: string) =>
  http<Flyer>(`${path(moduleId)}/flyer`, { query: { locale } })

export const fetchLesson = (moduleId: string, lessonId: string, locale: string) =>
  http<Lesson>(`${path(moduleId)}/lessons/${encodeURIComponent(lessonId)}`, { query: { locale } })

export const recordLessonView = (moduleId: string, lessonId: string) =>
  http<void>(`${path(moduleId)}/lessons/${encodeURIComponent(lessonId)}/views`, { method: 'POST' })

/** Without an attempt id the server starts a new attempt (new id, new order); with one, the same order again. */
export const fetchCheck = (moduleId: string, locale: string, attemptId?: string) =>
  http<Check>(`${path(moduleId)}/check`, { query: attemptId ? { locale, attemptId } : { locale } })

export const submitAttempt = (moduleId: string, command: AttemptCommand, locale: string) =>
  http<CheckResult>(`${path(moduleId)}/check/attempts`, { method: 'POST', body: command, query: { locale } })
