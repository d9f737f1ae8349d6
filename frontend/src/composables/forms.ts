import { nextTick } from 'vue'
import { ApiError } from '@/api/http'

/** Server validation messages for the fields this form shows; the rest belong in a general message. */
export function splitFieldErrors(
  error: unknown,
  fields: readonly string[],
): { byField: Record<string, string>; other: string[] } {
  const byField: Record<string, string> = {}
  const other: string[] = []
  if (!(error instanceof ApiError)) return { byField, other }
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    if (fields.includes(field)) byField[field] = message
    else other.push(message)
  }
  return { byField, other }
}

/**
 * Shows a failed submit on a form: each field's server message goes into `errors` beside its field;
 * the returned messages go above the form — the other messages, led by `general` when no field was
 * named (so the user always learns why it failed).
 */
export function submitErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
  errors: Partial<Record<F, string>>,
  general: string,
): string[] {
  const { byField, other } = splitFieldErrors(error, fields)
  Object.assign(errors, byField)
  return Object.keys(byField).length > 0 ? other : [general, ...other]
}

/** After a failed submit, put the keyboard on the first field that needs attention. */
export async function focusFirstInvalid(form: HTMLFormElement | null | undefined): Promise<void> {
  await nextTick()
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
}
