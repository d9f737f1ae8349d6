import { PASSWORD_MIN_LENGTH } from '@/api/identity'

/** The fields of a new account, as `AccountFields.vue` shows them on the register and setup pages. */
export type AccountField = 'displayName' | 'email' | 'password'
export const ACCOUNT_FIELDS: readonly AccountField[] = ['displayName', 'email', 'password']

export interface AccountValues {
  displayName: string
  email: string
  password: string
}

/** Messages for the account fields that are not filled in well enough; undefined for those that are. */
export function accountErrors(
  values: AccountValues,
  t: (key: string, params?: Record<string, unknown>) => string,
): Record<AccountField, string | undefined> {
  return {
    displayName: values.displayName.trim() ? undefined : t('auth.field.displayNameRequired'),
    email: values.email.trim() ? undefined : t('auth.field.emailRequired'),
    password:
      passwordLength(values.password) >= PASSWORD_MIN_LENGTH
        ? undefined
        : t('auth.field.passwordTooShort', { min: PASSWORD_MIN_LENGTH }),
  }
}

/** Characters as people count them (an emoji is one), as the server counts them. */
export function passwordLength(password: string): number {
  return [...password].length
}
