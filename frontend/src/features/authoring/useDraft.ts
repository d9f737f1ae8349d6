import { computed, ref, shallowRef } from 'vue'
import { ApiError } from '@/api/http'
import { fetchItem, saveItem, type DraftFilesMap, type DraftProblem, type ItemView } from '@/api/authoring'

export type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'conflict' | 'failed'

/** How long typing must pause before the draft is saved (and checked by the server's validator). */
export const AUTOSAVE_MS = 800

/**
 * One draft being edited: its files, the server's problems for what was last saved, and saving. Edits change `files`
 * through `setFile`; a save follows after a pause in typing. When someone else saved meanwhile the save answers 409
 * (`draft-edited`): nothing of ours is lost, `conflict` holds their version, and the editor offers `keepMine` (save
 * ours over theirs, knowingly) or `loadTheirs` (drop ours).
 */
export function useDraft(id: string, delay = AUTOSAVE_MS) {
  const item = shallowRef<ItemView | null>(null)
  const files = ref<DraftFilesMap>({})
  const problems = ref<DraftProblem[]>([])
  const state = ref<SaveState>('idle')
  const conflict = shallowRef<ItemView | null>(null)
  const error = ref<unknown>(null)
  let timer: ReturnType<typeof setTimeout> | null = null
  let saving: Promise<void> | null = null

  function accept(view: ItemView) {
    item.value = view
    problems.value = view.problems
  }

  async function load() {
    const view = await fetchItem(id)
    accept(view)
    files.value = { ...view.files }
    state.value = 'idle'
    conflict.value = null
  }

  async function save(): Promise<void> {
    if (!item.value) return
    if (timer) {
      clearTimeout(timer)
      timer = null
    }
    if (saving) await saving
    const sent = { ...files.value }
    state.value = 'saving'
    saving = (async () => {
      try {
        accept(await saveItem(id, item.value!.version, sent))
        const changedMeanwhile = JSON.stringify(sent) !== JSON.stringify(files.value)
        state.value = changedMeanwhile ? 'dirty' : 'saved'
        if (changedMeanwhile) schedule()
      } catch (e) {
        if (e instanceof ApiError && e.status === 409) {
          conflict.value = await fetchItem(id)
          state.value = 'conflict'
        } else {
          error.value = e
          state.value = 'failed'
        }
      } finally {
        saving = null
      }
    })()
    return saving
  }

  function schedule() {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void save(), delay)
  }

  function setFile(name: string, text: string) {
    if (files.value[name] === text) return
    files.value = { ...files.value, [name]: text }
    if (state.value === 'conflict') return // nothing is saved until the author chose
    state.value = 'dirty'
    schedule()
  }

  /** Saves our files over theirs: based on their version, so it is a knowing choice, not a blind overwrite. */
  async function keepMine() {
    if (!conflict.value) return
    item.value = conflict.value
    conflict.value = null
    await save()
  }

  /** Drops our unsaved changes and shows theirs. */
  function loadTheirs() {
    if (!conflict.value) return
    accept(conflict.value)
    files.value = { ...conflict.value.files }
    conflict.value = null
    state.value = 'idle'
  }

  const errors = computed(() => problems.value.filter((problem) => problem.severity === 'ERROR'))

  return { item, files, problems, errors, state, conflict, error, load, save, setFile, keepMine, loadTheirs }
}

/** A draft being edited, as the item page hands it to the scenario editor, the module editor and the translations. */
export type Draft = ReturnType<typeof useDraft>
