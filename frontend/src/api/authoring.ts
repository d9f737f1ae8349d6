import { http } from './http'

/**
 * The authoring API (docs/authoring-contract.md). A draft is the very files content/ would hold, as file name to
 * text: scenario.yaml + <locale>.yaml for a scenario; module.yaml + <locale>.yaml (+ refreshers/items.yaml and
 * refreshers/<locale>.yaml) for a module.
 */
export type ItemKind = 'SCENARIO' | 'MODULE'
export type ItemState = 'DRAFT' | 'IN_REVIEW'
export type Audience = 'ALL' | 'OWN'
export type DraftFilesMap = Record<string, string>

/** A problem as validate-content reports it, with the YAML key path (e.g. nodes.begin.choices.0.if) when known. */
export interface DraftProblem {
  severity: 'ERROR' | 'WARNING'
  file: string
  line: number
  column: number
  field: string | null
  /** 0-based character position inside the field's value, when known (expressions). */
  position: number | null
  message: string
}

export interface ItemRow {
  id: string
  kind: ItemKind
  contentId: string
  title: string
  derivedFrom: string | null
  audience: Audience
  state: ItemState
  updatedAt: string
  errors: number
  publishedVersion: number | null
}

export interface ItemView {
  id: string
  kind: ItemKind
  contentId: string
  derivedFrom: string | null
  audience: Audience
  state: ItemState
  /** The version to send with the next save. */
  version: number
  files: DraftFilesMap
  problems: DraftProblem[]
  updatedAt: string
  updatedBy: string
  reviewRequestedBy: string | null
  reviewComment: string | null
  publishedVersion: number | null
}

export interface CreateCommand {
  kind: ItemKind
  contentId: string
  audience?: Audience
  /** A shipped scenario to derive a variant from. */
  derivedFrom?: string
}

const itemPath = (id: string) => `/api/authoring/items/${encodeURIComponent(id)}`

export const listItems = () => http<ItemRow[]>('/api/authoring/items')
export const createItem = (command: CreateCommand) =>
  http<ItemView>('/api/authoring/items', { method: 'POST', body: command })
export const fetchItem = (id: string) => http<ItemView>(itemPath(id))
/** 409 with problem type ending in `draft-edited` when someone else saved since `version`. */
export const saveItem = (id: string, version: number, files: DraftFilesMap) =>
  http<ItemView>(itemPath(id), { method: 'PUT', body: { version, files } })
export { itemPath }

/* ---- Module editor and translations (branch au-ui-module) ---- */

/** `POST /items/{id}/lesson-preview`: a lesson's Markdown as learners see it, sanitised by the server. */
export const previewLesson = (id: string, locale: string, markdown: string) =>
  http<{ html: string }>(`${itemPath(id)}/lesson-preview`, { method: 'POST', body: { locale, markdown } })

/**
 * One measured set of `GET /items/{id}/cues` (the figures of `validate-content --cues`, AnswerCues.SetFigures): how
 * often the correct option is the longest / shortest, and where the correct option of single-answer items sits.
 */
export interface CueSet {
  kind: string
  id: string
  section?: string
  size: number
  longest: number
  shortest: number
  /** 1-based place of the correct option → number of single-answer items with it there. */
  positions: Record<string, number>
  fails: boolean
}

export const fetchCues = (id: string) => http<CueSet[] | { sets: CueSet[] }>(`${itemPath(id)}/cues`)

export type TranslationStatus = 'ok' | 'missing' | 'outdated'

export interface TranslationField {
  /** Dotted key path in the locale file, e.g. `lessons.eerste-les.body`. */
  key: string
  /** The Dutch text. */
  source: string
  targets: Record<string, { text: string | null; status: TranslationStatus }>
  /** The Dutch file the key is in, when the server says (`nl.yaml`, `refreshers/nl.yaml`). */
  file?: string
}

export interface TranslationsView {
  source: string
  locales: { locale: string; present: number; total: number; outdated: number }[]
  fields: TranslationField[]
}

export const fetchTranslations = (id: string) => http<TranslationsView>(`${itemPath(id)}/translations`)
