import { ref, shallowRef, watch, type WatchSource } from 'vue'

/**
 * Loads data for a view and reloads it when `source` changes (an id, the UI locale).
 * Only the newest request may write its answer, so a slow older one never overwrites it.
 */
export function useAsync<T>(source: WatchSource | WatchSource[], load: () => Promise<T>) {
  const data = shallowRef<T>()
  const error = shallowRef<unknown>(null)
  const loading = ref(false)
  let generation = 0

  async function reload(): Promise<void> {
    const mine = ++generation
    loading.value = true
    error.value = null
    try {
      const result = await load()
      if (mine === generation) data.value = result
    } catch (caught) {
      if (mine === generation) error.value = caught
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  watch(source, reload, { immediate: true })
  return { data, error, loading, reload }
}
