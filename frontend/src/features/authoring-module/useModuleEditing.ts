import { computed, ref, shallowRef } from 'vue'
import type { DraftFilesMap } from '@/api/authoring'
import type { Draft } from '@/features/authoring/useDraft'
import { readYaml, setTextIn, YamlSyntaxError, type YamlPath } from './moduleYaml'
import { placeProblems, problemsAt } from './problems'

/** The plain value at a path of parsed YAML (a string for texts), or undefined. */
export function valueAt(tree: unknown, path: YamlPath): unknown {
  let node = tree
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string | number, unknown>)[key]
  }
  return node
}

export const textAt = (tree: unknown, path: YamlPath): string => {
  const value = valueAt(tree, path)
  return value === undefined || value === null ? '' : String(value)
}

/**
 * What the module editor's sections share: the draft's files (parsed once per change), one way to apply an edit
 * (`apply`, which hands changed files to `draft.setFile` and keeps what a removal overwrote for one undo), and the
 * validator's problems per field.
 */
export function useModuleEditing(draft: Draft) {
  const files = computed(() => draft.files.value)
  const structure = computed(() => readYaml(files.value['module.yaml']) ?? {})
  const dutch = computed(() => readYaml(files.value['nl.yaml']) ?? {})
  const refresherStructure = computed(() => readYaml(files.value['refreshers/items.yaml']) ?? {})
  const refresherDutch = computed(() => readYaml(files.value['refreshers/nl.yaml']) ?? {})

  /** The last removal, undoable until the next edit: its label and the files as they were before it. */
  const undo = shallowRef<{ label: string; files: DraftFilesMap } | null>(null)
  /** A file the form cannot change because its YAML does not parse (set by an edit that had to stop). */
  const syntaxError = ref<string | null>(null)

  function apply(change: () => DraftFilesMap, removal?: string): boolean {
    let changed: DraftFilesMap
    try {
      changed = change()
    } catch (e) {
      if (!(e instanceof YamlSyntaxError)) throw e
      syntaxError.value = e.message
      return false
    }
    syntaxError.value = null
    const before: DraftFilesMap = {}
    for (const name of Object.keys(changed)) {
      const previous = files.value[name]
      if (previous !== undefined) before[name] = previous
    }
    undo.value = removal ? { label: removal, files: before } : null
    for (const [name, text] of Object.entries(changed)) draft.setFile(name, text)
    return true
  }

  function undoRemoval() {
    const last = undo.value
    if (!last) return
    undo.value = null
    for (const [name, text] of Object.entries(last.files)) draft.setFile(name, text)
  }

  /** Types a text into a file at a key path. */
  const setText = (file: string, path: YamlPath, value: string) =>
    apply(() => ({ [file]: setTextIn(files.value[file], path, value) }))

  const problems = computed(() => placeProblems(draft.problems.value, files.value))

  /** The validator's messages at a field, joined (undefined when none), for FormField's `error`. */
  const errorAt = (file: string, field: YamlPath): string | undefined =>
    problemsAt(problems.value, file, field.join('.'))
      .map((problem) => problem.message)
      .join(' ') || undefined

  return {
    files,
    structure,
    dutch,
    refresherStructure,
    refresherDutch,
    undo,
    syntaxError,
    apply,
    undoRemoval,
    setText,
    problems,
    errorAt,
  }
}

export type ModuleEditing = ReturnType<typeof useModuleEditing>
