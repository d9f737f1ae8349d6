import { http } from './http'

/** A case with a trainer kit (GET /api/trainer-kits, docs/api.md). */
export interface TrainerKitSummary {
  scenarioId: string
  title: string
  summary: string
  targetGroups: string[]
  minutes: number
  /** decision scenes: one case card each */
  scenes: number
  locale: string
  /** The kit (or the case) is served in Dutch because the asked locale lacks it. */
  untranslated: boolean
}

export interface SessionPlan {
  /** 30 or 60 */
  minutes: number
  steps: { minutes: number; activity: string }[]
}

export interface SceneCard {
  id: string
  speaker: string | null
  setting: string | null
  /** the scene's opening paragraph, plain text */
  summary: string
  /** the whole scene text, sanitised HTML */
  html: string
  choices: { id: string; text: string; recommended: boolean }[]
  /** the case's own short discussion prompt for live sessions, sanitised HTML; null when it has none */
  discussionHtml: string | null
  questions: string[]
  listenFor: string[]
}

/** A case's trainer kit (GET /api/trainer-kits/{scenarioId}). */
export interface TrainerKit {
  scenarioId: string
  title: string
  summary: string
  targetGroups: string[]
  minutes: number
  locale: string
  untranslated: boolean
  aims: string[]
  timing: SessionPlan[]
  listenFor: string[]
  variations: { sector: string; text: string }[]
  scenes: SceneCard[]
}

export const listTrainerKits = (locale: string) =>
  http<TrainerKitSummary[]>('/api/trainer-kits', { query: { locale } })

export const fetchTrainerKit = (scenarioId: string, locale: string) =>
  http<TrainerKit>(`/api/trainer-kits/${encodeURIComponent(scenarioId)}`, { query: { locale } })

/** The sectors of the organisation first, so a facilitator sees their own variation on top. */
export function variationsFor<T extends { sector: string }>(variations: T[], sector: string | null | undefined): T[] {
  if (!sector) return variations
  return [...variations.filter((v) => v.sector === sector), ...variations.filter((v) => v.sector !== sector)]
}
