import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as account from '@/api/account'
import * as identity from '@/api/identity'
import type { Me, RegisterCommand, Role, SetupCommand } from '@/api/identity'
import { setCsrfToken } from '@/api/http'
import { purgeDrafts } from '@/composables/drafts'
import { FACILITATOR_ROLES } from '@/router/access'

/** Who is logged in. The session itself is an HttpOnly cookie; this store holds `Me` and its CSRF token. */
export const useSessionStore = defineStore('session', () => {
  const me = ref<Me | null>(null)
  const loaded = ref(false)
  let loading: Promise<void> | null = null

  const isLoggedIn = computed(() => me.value !== null)
  const canManageInvitations = computed(() => hasAnyRole(['COORDINATOR', 'ADMIN']))
  /** May run live group sessions (the router's FACILITATOR_ROLES). */
  const canFacilitate = computed(() => hasAnyRole(FACILITATOR_ROLES))

  function hasAnyRole(roles: readonly Role[]): boolean {
    return me.value?.roles.some((role) => roles.includes(role)) ?? false
  }

  function setMe(value: Me | null): void {
    me.value = value
    setCsrfToken(value?.csrfToken ?? null)
    loaded.value = true
    // On a shared computer another person's unsubmitted answers must not stay behind (decision 0025).
    if (value) purgeDrafts(value.id)
  }

  /**
   * Asks the server once whether the cookie still holds a session: `Me`, or null (204) when anonymous; a failed
   * request counts as anonymous too.
   */
  function ensureLoaded(): Promise<void> {
    if (loaded.value) return Promise.resolve()
    loading ??= identity
      .fetchMe()
      .then(setMe, () => setMe(null))
      .finally(() => {
        loading = null
      })
    return loading
  }

  async function login(email: string, password: string): Promise<void> {
    setMe(await identity.login(email, password))
  }

  async function register(command: RegisterCommand): Promise<void> {
    setMe(await identity.register(command))
  }

  async function setup(command: SetupCommand): Promise<void> {
    setMe(await identity.setup(command))
  }

  /** A deliberate logout also removes this browser's drafts; an expired session keeps them (decision 0025). */
  async function logout(): Promise<void> {
    try {
      await identity.logout()
    } finally {
      setMe(null)
      purgeDrafts(null)
    }
  }

  /** A reset link's new password also logs in (every older session has ended). */
  async function resetPassword(token: string, newPassword: string): Promise<void> {
    setMe(await account.confirmPasswordReset(token, newPassword))
  }

  async function changeProfile(displayName: string, locale: string): Promise<void> {
    setMe(await account.updateProfile(displayName, locale))
  }

  /** Ends every session of the user, this one too. */
  async function signOutEverywhere(): Promise<void> {
    await account.signOutEverywhere()
    setMe(null)
    purgeDrafts(null)
  }

  /** The server no longer knows the session (it expired or was ended elsewhere). */
  function expire(): void {
    setMe(null)
  }

  /** Optimistic: the UI switches at once; the server's answer then replaces `Me`. */
  async function changeLocale(locale: string): Promise<void> {
    if (!me.value) return
    me.value = { ...me.value, locale }
    setMe(await identity.updateLocale(locale))
  }

  return {
    me,
    loaded,
    isLoggedIn,
    canManageInvitations,
    canFacilitate,
    hasAnyRole,
    ensureLoaded,
    login,
    register,
    setup,
    logout,
    expire,
    changeLocale,
    resetPassword,
    changeProfile,
    signOutEverywhere,
  }
})
