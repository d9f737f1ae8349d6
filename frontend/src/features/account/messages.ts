/**
 * The server names the field and gives its reason in English (docs/api.md); the reasons of the password and name
 * rules and of reset links are shown in the user's language instead. Unknown reasons are shown as they are.
 */
const KNOWN: readonly (readonly [string, string])[] = [
  ['must be at least 12 characters', 'account.rules.tooShort'],
  ['must be at most 200 characters', 'account.rules.tooLong'],
  ['must be more than spaces', 'account.rules.onlySpaces'],
  ['must not contain your e-mail address or name', 'account.rules.personal'],
  ['is too easy to guess', 'account.rules.guessable'],
  ['is not your current password', 'account.rules.wrongCurrent'],
  ['must contain visible characters', 'account.rules.nameInvisible'],
  ['must be one line without control characters', 'account.rules.nameControl'],
  ['must not contain text direction overrides', 'account.rules.nameDirection'],
  ['is expired or was used already', 'account.reset.linkUnusable'],
]

export function localiseReason(message: string, t: (key: string) => string): string {
  const known = KNOWN.find(([start]) => message.startsWith(start))
  return known ? t(known[1]) : message
}

/** Replaces the known English reasons in a form's error messages, in place. */
export function localiseReasons<F extends string>(
  errors: Partial<Record<F, string>>,
  t: (key: string) => string,
): void {
  for (const field of Object.keys(errors) as F[]) {
    const message = errors[field]
    if (message) errors[field] = localiseReason(message, t)
  }
}
