import { ref, shallowRef, watch, type Ref } from 'vue'
import { ApiError } from '@/api/http'
import type { ChoiceCommand, ChoiceResult, Run } from '@/api/simulation'

/**
 * Playing one run: the run on screen, sending a choice, its feedback, and moving on.
 *
 * `loaded` is the run as last fetched (`reload` fetches it again). A choice is sent with a
 * `clientChoiceId` made when that choice is first sent and sent again when it is retried after a
 * failure (the server may have recorded it already; the same id then returns the same result and
 * records nothing). Another choice, or moving on, makes a new id. The answer's feedback stays on
 * screen with the scene it belongs to until `proceed()` shows the run as it is after the choice.
 * A 409 (the choice is not available now, or the run is finished) keeps the server's reason in
 * `conflict` and reloads the run.
 */
export function useRunPlayer(
  loaded: Readonly<Ref<Run | undefined>>,
  reload: () => Promise<void>,
  send: (command: ChoiceCommand) => Promise<ChoiceResult>,
  newId: () => string = () => crypto.randomUUID(),
) {
  const run = shallowRef<Run | null>(null)
  const result = shallowRef<ChoiceResult | null>(null)
  const error = shallowRef<unknown>(null)
  /** The server's reason why a choice could not be made ('' when it gave none), else null. */
  const conflict = ref<string | null>(null)
  const submitting = ref(false)
  /** The choice being sent or last failed, and where in the run it was made. */
  let pending: { command: ChoiceCommand; at: string } | null = null

  // A fresh copy from the server (first load, another language, after a conflict) replaces the screen.
  watch(
    loaded,
    (value) => {
      run.value = value ?? null
      result.value = null
    },
    { immediate: true },
  )

  async function choose(choiceId: string): Promise<void> {
    const current = run.value
    if (submitting.value || result.value || !current?.scene) return
    // Choice ids are unique within a scene only, so a retry is the same choice at the same point of the run.
    const at = `${current.decisions}/${current.scene.nodeId}`
    if (pending?.command.choiceId !== choiceId || pending.at !== at) {
      pending = { command: { clientChoiceId: newId(), choiceId }, at }
    }
    const { command } = pending
    submitting.value = true
    error.value = null
    conflict.value = null
    try {
      result.value = await send(command)
      pending = null
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        pending = null
        conflict.value = caught.problem.detail ?? ''
        await reload()
      } else {
        error.value = caught
      }
    } finally {
      submitting.value = false
    }
  }

  /** Sends the choice that failed again, with the same id. */
  async function retry(): Promise<void> {
    if (pending) await choose(pending.command.choiceId)
  }

  /** "Continue": shows the next scene or the ending. */
  function proceed(): void {
    if (!result.value) return
    run.value = result.value.run
    result.value = null
    conflict.value = null
  }

  return { run, result, error, conflict, submitting, choose, retry, proceed }
}
