import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { applyLocale, DEFAULT_LOCALE, isSupportedLocale, loadAllMessages, SUPPORTED_LOCALES } from '@/i18n'
import { useSessionStore } from './session'

const STORAGE_KEY = 'signaal.locale'

/** The logged-in user's language, else the one chosen on this device, else Dutch. */
export function resolveLocale(
  userLocale: string | null | undefined,
  storedLocale: string | null | undefined,
): string {
  if (isSupportedLocale(userLocale)) return userLocale
  if (isSupportedLocale(storedLocale)) return storedLocale
  return DEFAULT_LOCALE
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}

/** The language to start in before the server says who is logged in: this device's choice, else Dutch. */
export function startLocale(): string {
  return resolveLocale(null, readStored())
}

function writeStored(locale: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // Storage can be off (private mode, policy); the choice then lasts for this page only.
  }
}

export const useLocaleStore = defineStore('locale', () => {
  const session = useSessionStore()
  const stored = ref(readStored())
  const current = computed(() => resolveLocale(session.me?.locale, stored.value))

  watch(current, applyLocale, { immediate: true })
  // A signed-in user's header names pages from every feature: fetch all texts as soon as someone signs in.
  watch(
    () => session.isLoggedIn,
    (loggedIn) => {
      if (loggedIn) void loadAllMessages().catch(() => undefined)
    },
    { immediate: true },
  )
  // Remember the user's language on this device too, so the UI keeps it after logging out.
  watch(
    () => session.me?.locale,
    (locale) => {
      if (isSupportedLocale(locale)) {
        stored.value = locale
        writeStored(locale)
      }
    },
  )

  async function choose(locale: string): Promise<void> {
    if (!isSupportedLocale(locale)) return
    stored.value = locale
    writeStored(locale)
    if (session.isLoggedIn) {
      try {
        await session.changeLocale(locale)
      } catch {
        // The language is a preference: keep showing the choice even if the server did not store it.
      }
    }
  }

  return { current, available: SUPPORTED_LOCALES, choose }
})
