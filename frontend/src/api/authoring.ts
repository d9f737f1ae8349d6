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

// ---- au-ui-scenario: preview as a learner (POST /items/{id}/preview, built by au-preview)

export interface PreviewChoice {
  id: string
  text: string
  available: boolean
  /** Why a choice is not available (its condition), when it is not. */
  unavailableBecause?: string | null
}

/** What a learner sees at a node with the given variable values. */
export interface PreviewView {
  node: string
  speaker: string | null
  setting: string | null
  /** Sanitised by the server exactly as in a run. */
  html: string
  choices: PreviewChoice[]
  ending?: 'good' | 'partial' | 'poor' | null
  debriefHtml?: string | null
  state: Record<string, number | boolean>
}

/** After a choice: its feedback and the view of the next node. */
export interface PreviewStep {
  feedbackHtml: string
  next: PreviewView
}

export interface PreviewCommand {
  node?: string
  variables?: Record<string, number | boolean>
  locale?: string
  choice?: string
}

export const previewItem = <T extends PreviewView | PreviewStep = PreviewView>(id: string, command: PreviewCommand) =>
  http<T>(`${itemPath(id)}/preview`, { method: 'POST', body: command })
