import type { Sector } from '@/api/identity'
import type { Material, Mode, OrganiserWebinar, Texts, WebinarCommand } from '@/api/webinarsOrganise'
import { fromAmsterdamWall, toAmsterdamWall } from './amsterdamTime'

/**
 * The schedule/edit form's values as typed (strings, Amsterdam wall time, hours) and the conversions to and from the
 * API's command (instants, minutes). Kept apart from the view so the rules are tested without a browser.
 */
export interface WebinarForm {
  title: Record<string, string>
  description: Record<string, string>
  language: string
  targetGroups: Sector[]
  date: string
  startTime: string
  endTime: string
  mode: Mode
  meetingUrl: string
  location: string
  capacity: string
  audience: string[]
  activities: string[]
  materials: Material[]
  recordingUrl: string
  studyHours: string
}

export const FORM_FIELDS = [
  'title',
  'description',
  'language',
  'targetGroups',
  'date',
  'startTime',
  'endTime',
  'mode',
  'meetingUrl',
  'location',
  'capacity',
  'audience',
  'activities',
  'materials',
  'recordingUrl',
  'studyHours',
] as const
export type FormFieldName = (typeof FORM_FIELDS)[number]

/** A message key (webinarOrganise.error.*) per field that the browser can already tell is wrong. */
export type FormErrors = Partial<Record<FormFieldName, string>>

export function emptyForm(ownOrganisationId: string, language = 'nl'): WebinarForm {
  return {
    title: {},
    description: {},
    language,
    targetGroups: [],
    date: '',
    startTime: '',
    endTime: '',
    mode: 'ONLINE',
    meetingUrl: '',
    location: '',
    capacity: '30',
    audience: [ownOrganisationId],
    activities: [],
    materials: [],
    recordingUrl: '',
    studyHours: '1',
  }
}

const textsOf = (texts: Texts | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(texts ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))

export function formFrom(webinar: OrganiserWebinar): WebinarForm {
  const start = toAmsterdamWall(webinar.startsAt)
  return {
    title: textsOf(webinar.title),
    description: textsOf(webinar.description),
    language: webinar.language,
    targetGroups: [...webinar.targetGroups],
    date: start.date,
    startTime: start.time,
    endTime: toAmsterdamWall(webinar.endsAt).time,
    mode: webinar.mode,
    meetingUrl: webinar.meetingUrl ?? '',
    location: webinar.location ?? '',
    capacity: String(webinar.capacity),
    audience: webinar.audience.map((entry) => (typeof entry === 'string' ? entry : entry.id)),
    activities: [...webinar.activities],
    materials: webinar.materials.map((material) => ({ ...material })),
    recordingUrl: webinar.recordingUrl ?? '',
    studyHours: String(webinar.studyMinutes / 60),
  }
}

const trimmedTexts = (texts: Record<string, string>): Texts =>
  Object.fromEntries(
    Object.entries(texts)
      .map(([locale, text]) => [locale, text.trim()] as const)
      .filter(([, text]) => text !== ''),
  )

const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/** Whether a locale has both a title and a description (the tab's completeness mark). */
export const localeComplete = (form: WebinarForm, locale: string): boolean =>
  (form.title[locale] ?? '').trim() !== '' && (form.description[locale] ?? '').trim() !== ''

/**
 * Checks what the browser can check and builds the command. The server checks again (and more: the audience, the
 * activities); its field errors are shown at the same fields through `formFieldOf`.
 */
export function toCommand(form: WebinarForm): { command: WebinarCommand } | { errors: FormErrors } {
  const errors: FormErrors = {}
  if ((form.title.nl ?? '').trim() === '') errors.title = 'titleDutch'
  if ((form.description.nl ?? '').trim() === '') errors.description = 'descriptionDutch'

  const start = fromAmsterdamWall(form.date, form.startTime)
  const end = fromAmsterdamWall(form.date, form.endTime)
  if (form.date === '') errors.date = 'required'
  if ('problem' in start) errors.startTime = start.problem === 'nonexistent' ? 'nonexistentTime' : 'invalidTime'
  if ('problem' in end) errors.endTime = end.problem === 'nonexistent' ? 'nonexistentTime' : 'invalidTime'
  if ('instant' in start && 'instant' in end && Date.parse(end.instant) <= Date.parse(start.instant)) {
    errors.endTime = 'endBeforeStart'
  }

  if (form.mode === 'ONLINE' && !isHttpUrl(form.meetingUrl.trim())) errors.meetingUrl = 'url'
  if (form.mode === 'IN_PERSON' && form.location.trim() === '') errors.location = 'required'
  const capacity = Number(form.capacity)
  if (!Number.isInteger(capacity) || capacity < 1) errors.capacity = 'capacity'
  const hours = Number(form.studyHours)
  if (form.studyHours.trim() === '' || !Number.isFinite(hours) || hours < 0) errors.studyHours = 'studyHours'
  if (form.recordingUrl.trim() !== '' && !isHttpUrl(form.recordingUrl.trim())) errors.recordingUrl = 'url'
  const materials = form.materials.map((material) => ({ title: material.title.trim(), url: material.url.trim() }))
  if (materials.some((material) => material.title === '' || !isHttpUrl(material.url))) errors.materials = 'materials'

  if (Object.keys(errors).length > 0 || !('instant' in start) || !('instant' in end)) return { errors }
  return {
    command: {
      title: trimmedTexts(form.title),
      description: trimmedTexts(form.description),
      language: form.language,
      targetGroups: [...form.targetGroups],
      startsAt: start.instant,
      endsAt: end.instant,
      mode: form.mode,
      meetingUrl: form.mode === 'ONLINE' ? form.meetingUrl.trim() : null,
      location: form.mode === 'IN_PERSON' ? form.location.trim() : null,
      capacity,
      audience: [...form.audience],
      activities: [...form.activities],
      materials,
      recordingUrl: form.recordingUrl.trim() === '' ? null : form.recordingUrl.trim(),
      studyMinutes: Math.round(hours * 60),
    },
  }
}

/**
 * The form field a server field error belongs to: the API names the command's properties (`startsAt`, `title.nl`,
 * `materials[0].url`); the form shows the date and times and the study load in hours instead.
 */
export function formFieldOf(serverField: string): FormFieldName | null {
  const head = serverField.split(/[.[]/)[0] ?? ''
  const renamed: Record<string, FormFieldName> = { startsAt: 'startTime', endsAt: 'endTime', studyMinutes: 'studyHours' }
  const field = renamed[head] ?? head
  return (FORM_FIELDS as readonly string[]).includes(field) ? (field as FormFieldName) : null
}

/** Server field errors by form field, and those the form has no field for. */
export function serverErrors(errors: { field: string; message: string }[]): {
  byField: Partial<Record<FormFieldName, string>>
  other: string[]
} {
  const byField: Partial<Record<FormFieldName, string>> = {}
  const other: string[] = []
  for (const { field, message } of errors) {
    const name = formFieldOf(field)
    if (name) byField[name] = byField[name] ? `${byField[name]} ${message}` : message
    else other.push(message)
  }
  return { byField, other }
}

/** A 409 saying someone else saved the webinar since this form was loaded (type ends in `webinar-edited`). */
export function isEditConflict(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('status' in error) || !('problem' in error)) return false
  const { status, problem } = error as { status: number; problem: { type?: string; detail?: string; title?: string } }
  return status === 409 && [problem.type, problem.title, problem.detail].some((text) => text?.includes('webinar-edited'))
}
