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

// au-catalogue: when publications reach learners, export and import of content folders (docs/authoring.md).

/** Scenarios are live at publish; modules join the content at the next start of Signaal (decision 0043). */
export interface Publishing {
  scenarios: 'immediate'
  modules: 'next-start'
}

export type ImportStatus = 'created' | 'updated' | 'refused'

export interface ImportedItem {
  contentId: string
  kind: ItemKind
  /** null when refused: nothing was written. */
  itemId: string | null
  status: ImportStatus
  problems: DraftProblem[]
}

/** The answer of `POST /api/authoring/import/content` (multipart field `file`, a zip of a content folder). */
export interface ImportReport {
  items: ImportedItem[]
  /** Zip entries that are no draft files (images, trainer kits, other folders). */
  skipped: string[]
}

export const fetchPublishing = () => http<Publishing>('/api/authoring/publishing')
/** A link target for downloading a zip: a version number, `draft`, or none for the latest published version. */
export const exportUrl = (id: string, version?: number | 'draft') =>
  `${itemPath(id)}/export${version === undefined ? '' : `?version=${version}`}`
