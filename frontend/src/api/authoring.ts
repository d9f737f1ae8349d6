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
  /** Who asked for review (IN_REVIEW), so the queue leaves out one's own requests. */
  reviewRequestedBy: string | null
  /** The draft differs from the live version. */
  changedSincePublished: boolean
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

/*
 * Review, versions and diff (branch au-review), export and content import (au-catalogue), Twine import (au-twine):
 * the shapes their briefs give (docs/authoring-contract.md, "Endpoints to come").
 */

/** Asks a second trainer to review the draft as saved in `version`; 409 `draft-has-errors` while it has errors. */
export const askReview = (id: string, version: number) =>
  http<ItemView>(`${itemPath(id)}/review`, { method: 'POST', body: { version } })
/** The reviewer sends the draft back to its author with a (required) comment. */
export const sendBack = (id: string, comment: string) =>
  http<ItemView>(`${itemPath(id)}/send-back`, { method: 'POST', body: { comment } })
/** Publishes `version` of the draft as the next version number; never by the person who asked for review (403). */
export const publishItem = (id: string, version: number) =>
  http<ItemView>(`${itemPath(id)}/publish`, { method: 'POST', body: { version } })
/** Takes the live version(s) offline; runs in progress keep playing. */
export const unpublishItem = (id: string) => http<ItemView>(`${itemPath(id)}/unpublish`, { method: 'POST', body: {} })
/** Deletes a draft that was never published (409 `item-published` otherwise). */
export const deleteItem = (id: string) => http<void>(itemPath(id), { method: 'DELETE' })

export interface PersonRef {
  id: string
  /** Null when the account was erased. */
  name: string | null
}

export interface VersionRow {
  number: number
  publishedAt: string
  publishedBy: PersonRef
  authoredBy: PersonRef
  live: boolean
  unpublishedAt?: string | null
}

/** Newest first. */
export const listVersions = (id: string) => http<VersionRow[]>(`${itemPath(id)}/versions`)

/** A version number or the draft. */
export type DiffSide = number | 'draft'
export type DiffLineKind = 'context' | 'added' | 'removed'

export interface DiffLine {
  kind: DiffLineKind
  oldLine: number | null
  newLine: number | null
  text: string
}

export interface FileDiff {
  file: string
  status: 'added' | 'removed' | 'changed' | 'same'
  hunks: { lines: DiffLine[] }[]
}

export const fetchDiff = (id: string, from: DiffSide, to: DiffSide) =>
  http<FileDiff[]>(`${itemPath(id)}/diff`, { query: { from, to } })

/** The address of a version's (or the draft's) export as a zip of content files: a plain download link. */
export const exportUrl = (id: string, version: DiffSide) =>
  `${itemPath(id)}/export?${new URLSearchParams({ version: String(version) }).toString()}`

export interface ContentImportItem {
  contentId: string
  kind: ItemKind
  itemId: string | null
  status: 'created' | 'updated' | 'refused'
  problems: DraftProblem[]
}

export interface ContentImportReport {
  items: ContentImportItem[]
  /** Zip entries that are no draft file (images, trainer kits, other folders): not imported. */
  skipped?: string[]
}

/** A zip of a content folder (scenarios/<id>/…, modules/<id>/…, refreshers/<id>/…): one draft per item found. */
export function importContent(file: File) {
  const form = new FormData()
  form.append('file', file)
  return http<ContentImportReport>('/api/authoring/import/content', { method: 'POST', body: form })
}

export interface TwineStory {
  index: number
  name: string
  ifid: string | null
}

export interface TwineReportLine {
  severity: 'ERROR' | 'WARNING' | 'TODO'
  passage: string | null
  /** The line in the uploaded file; 0 when none. */
  line: number | null
  message: string
}

export interface TwineImportResult {
  status: 'imported' | 'imported-with-problems' | 'updated' | 'choose-story'
  stories?: TwineStory[]
  itemId?: string | null
  contentId?: string | null
  report: TwineReportLine[]
}

/** A Twine story (.twee, .tw, .html); for an archive of several stories the first answer is `choose-story`. */
export function importTwine(file: File, story?: number) {
  const form = new FormData()
  form.append('file', file)
  if (story !== undefined) form.append('story', String(story))
  return http<TwineImportResult>('/api/authoring/import/twine', { method: 'POST', body: form })
}

/** When a publication reaches learners, per kind: `immediate` or `next-start` (au-catalogue, decision 0043). */
export interface Publishing {
  scenarios: string
  modules: string
}

export const fetchPublishing = () => http<Publishing>('/api/authoring/publishing')
/** Answer-cue figures of a draft (GET /items/{id}/cues; docs/authoring.md "Checks while writing"). */
export interface CueItem {
  id: string
  /** Dutch option lengths in characters, in authored order. */
  lengths: number[]
  /** 0-based places of the right options. */
  correct: number[]
  longest: boolean
  shortest: boolean
  strong: boolean
}

export interface CueSet {
  kind: 'module check' | 'refresher bank' | 'case'
  id: string
  size: number
  longest: number
  shortest: number
  /** 1-based place of the right answer → how many single-answer items have it there. */
  positions: Record<string, number>
  fails: boolean
  items: CueItem[]
}

export interface CuesView {
  measured: boolean
  /** The draft has errors: figures of what could be read. */
  partial: boolean
  longestLimit: number
  positionLimit: number
  strongRatio: number
  sets: CueSet[]
}

export type TranslationStatus = 'ok' | 'missing' | 'outdated'

export interface TranslationsView {
  source: string
  locales: { locale: string; present: number; total: number; outdated: number }[]
  /** In the order of the Dutch file(s); file is nl.yaml or refreshers/nl.yaml. */
  fields: {
    file: string
    key: string
    source: string
    targets: Record<string, { text: string | null; status: TranslationStatus }>
  }[]
}

/** One field of the translations view. */
export type TranslationField = TranslationsView['fields'][number]

export const fetchCues = (id: string) => http<CuesView>(`${itemPath(id)}/cues`)
export const fetchTranslations = (id: string) => http<TranslationsView>(`${itemPath(id)}/translations`)
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
// au-catalogue: when publications reach learners, export and import of content folders (docs/authoring.md).


/** `POST /items/{id}/lesson-preview`: Markdown as learners see it, sanitised by the server (module editor). */
export const previewLesson = (id: string, locale: string, markdown: string, kind?: 'lesson' | 'flyer' | 'scene') =>
  http<{ html: string; problems: { severity: string; line: number; message: string }[] }>(`${itemPath(id)}/lesson-preview`, {
    method: 'POST',
    body: { locale, markdown, kind },
  })
