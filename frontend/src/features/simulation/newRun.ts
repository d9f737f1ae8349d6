import { ref, shallowRef } from 'vue'
import { useRouter } from 'vue-router'
import { replayRun, startRun, type Run } from '@/api/simulation'

/** Starting a run (from the start, or replaying part of an earlier one) and opening it in the player. */
export function useNewRun() {
  const router = useRouter()
  const busy = ref(false)
  const error = shallowRef<unknown>(null)

  async function open(create: () => Promise<Run>): Promise<void> {
    if (busy.value) return
    busy.value = true
    error.value = null
    try {
      const run = await create()
      await router.push({ name: 'run', params: { runId: run.id } })
    } catch (caught) {
      error.value = caught
    } finally {
      busy.value = false
    }
  }

  return {
    busy,
    error,
    start: (scenarioId: string) => open(() => startRun(scenarioId)),
    replay: (runId: string, fromStep: number) => open(() => replayRun(runId, fromStep)),
  }
}
