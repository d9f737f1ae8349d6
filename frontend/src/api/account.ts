import { http } from './http'
import type { Me } from './identity'

/** A user's own account: forgotten password, password change, profile, sign out everywhere (docs/api.md). */

export const requestPasswordReset = (email: string) =>
  http<void>('/api/auth/password-reset', { method: 'POST', body: { email } })

export const confirmPasswordReset = (token: string, newPassword: string) =>
  http<Me>('/api/auth/password-reset/confirm', { method: 'POST', body: { token, newPassword } })

export const changePassword = (currentPassword: string, newPassword: string) =>
  http<void>('/api/me/password', { method: 'PUT', body: { currentPassword, newPassword } })

export const updateProfile = (displayName: string, locale: string) =>
  http<Me>('/api/me/profile', { method: 'PUT', body: { displayName, locale } })

export const signOutEverywhere = () => http<void>('/api/me/sessions', { method: 'DELETE' })
