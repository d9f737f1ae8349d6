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

/** After a failed submit, put the keyboard on the first field that needs attention. */
export async function focusFirstInvalid(form: HTMLFormElement | null | undefined): Promise<void> {
  await nextTick()
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
}
