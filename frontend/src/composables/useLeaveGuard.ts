import { onBeforeUnmount, onMounted } from 'vue'
import { onBeforeRouteLeave } from 'vue-router'
import { useSessionStore } from '@/stores/session'

/**
 * Asks before leaving a page with answers that are not submitted yet: the browser's own prompt when the
 * tab is closed or reloaded, a confirmation when another page of the app is opened. Nothing is asked when
 * nothing is entered, nor when the session has ended: then the app itself sends the learner to the login
 * page, and the draft brings the answers back afterwards (composables/drafts.ts).
 */
export function useLeaveGuard(hasUnsavedWork: () => boolean, question: () => string): void {
  const session = useSessionStore()
  const guarding = () => session.isLoggedIn && hasUnsavedWork()

  function onBeforeUnload(event: BeforeUnloadEvent): void {
    if (!guarding()) return
    // Browsers show their own text; both calls are needed for the prompt in every browser.
    event.preventDefault()
    event.returnValue = ''
  }

  onMounted(() => window.addEventListener('beforeunload', onBeforeUnload))
  onBeforeUnmount(() => window.removeEventListener('beforeunload', onBeforeUnload))
  onBeforeRouteLeave(() => (guarding() ? window.confirm(question()) : true))
}
