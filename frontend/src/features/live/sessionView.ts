import { onScopeDispose, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { facilitatorEventsUrl, fetchSession, type FacilitatorView } from '@/api/live'
import { useLiveStream, type StreamState } from './stream'

/**
 * Whether view `b` is at least as new as `a`. Event ids grow per session ("12.40", and "12.40.t" once a
 * running timer has passed): compared part by part, numbers as numbers, a word part counting as present
 * (1) against a missing one (0). Ids of another shape: the one that arrived last wins.
 */
export function isNotOlder(a: { eventId: string } | null, b: { eventId: string }): boolean {
  if (!a) return true
  const parts = (id: string) => id.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : /^[a-z]+$/i.test(part) ? 1 : NaN))
  const left = parts(a.eventId)
  const right = parts(b.eventId)
  if (left.some(Number.isNaN) || right.some(Number.isNaN)) return true
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (right[i] ?? 0) - (left[i] ?? 0)
    if (difference !== 0) return difference > 0
  }
  return true
}

/**
 * A facilitator's (or projector's) copy of a session: loaded once, then kept current by the stream
 * and by the answers to the facilitator's own actions, whichever is newer. Reloading the page or
 * opening it on another device just resumes: the server holds the state.
 */
export function useFacilitatorSession(id: () => string): {
  view: ShallowRef<FacilitatorView | null>
  error: ShallowRef<unknown>
  loading: Ref<boolean>
  state: Ref<StreamState>
  accept: (next: FacilitatorView) => void
  reload: () => Promise<void>
} {
  const view = shallowRef<FacilitatorView | null>(null)
  const error = shallowRef<unknown>(null)
  const loading = ref(true)

  function accept(next: FacilitatorView): void {
    if (isNotOlder(view.value, next)) view.value = next
  }

  async function reload(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      view.value = await fetchSession(id())
    } catch (caught) {
      error.value = caught
    } finally {
      loading.value = false
    }
  }

  const stream = useLiveStream<FacilitatorView>(() => facilitatorEventsUrl(id()), { onGiveUp: () => void reload() })
  watch(stream.view, (next) => {
    if (next) accept(next)
  })
  watch(id, reload, { immediate: true })
  onScopeDispose(stream.close)

  return { view, error, loading, state: stream.state, accept, reload }
}
