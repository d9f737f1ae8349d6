import { inject, type ComputedRef, type InjectionKey } from 'vue'
import { problemsAt, type PlacedProblem } from './problemFields'
import type { Files, ScenarioModel } from './scenarioDocument'

/** What the editor's parts share: the files, the model read from them, placed problems and the way to change files. */
export interface EditorContext {
  files: ComputedRef<Files>
  model: ComputedRef<ScenarioModel>
  problems: ComputedRef<PlacedProblem[]>
  apply(changed: Files): void
}

export const EDITOR: InjectionKey<EditorContext> = Symbol('scenario-editor')

export function useEditor(): EditorContext {
  const context = inject(EDITOR)
  if (!context) throw new Error('scenario editor context missing')
  return context
}

/** The element id of a field's input, so the problem list can focus it. */
export const fieldId = (file: string, field: string) => `ase-${file}-${field}`.replace(/[^A-Za-z0-9_-]/g, '-')

/** Attributes and problems of one field: aria-invalid and aria-describedby point at the problems under it. */
export function fieldState(problems: PlacedProblem[], file: string, field: string, below = false) {
  const found = problemsAt(problems, file, field, below)
  const id = fieldId(file, field)
  return {
    problems: found,
    problemsId: `${id}-problems`,
    attrs: {
      id,
      'aria-invalid': found.some((p) => p.severity === 'ERROR') ? ('true' as const) : undefined,
      'aria-describedby': found.length ? `${id}-problems` : undefined,
    },
  }
}
