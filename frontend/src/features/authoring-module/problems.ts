import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import type { DraftFilesMap, DraftProblem } from '@/api/authoring'

/**
 * The validator's problems placed at the editor's fields. The server names the field (`lessons.eerste-les.body`);
 * when it does not (the skeleton leaves `field` null), the field is derived from the problem's line with the yaml
 * LineCounter: the innermost key whose node spans that line.
 */

/** The dotted key path of the innermost node on a 1-based line, or null (line 0 = the whole file). */
export function fieldAtLine(text: string | undefined, line: number): string | null {
  if (!text || line < 1) return null
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter })
  if (doc.errors.length > 0) return null
  const start = lineCounter.lineStarts[line - 1]
  if (start === undefined) return null
  const end = lineCounter.lineStarts[line] ?? text.length
  const path: (string | number)[] = []
  let node: unknown = doc.contents
  const onLine = (range: readonly number[] | null | undefined) =>
    !!range && range[0]! < end && (range[2] ?? range[1]!) > start
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => onLine((item.key as Node | null)?.range) || onLine((item.value as Node | null)?.range),
      )
      if (!pair) break
      path.push(String(isScalar(pair.key) ? pair.key.value : pair.key))
      // A problem on the key's line belongs to the key (its value may start there and go on).
      node = pair.value
      continue
    }
    if (isSeq(node)) {
      // A flow list (`correct: [a, c]`) is one line: the line cannot tell which entry, so the list is the field.
      if (node.flow) break
      const index = node.items.findIndex((item) => onLine((item as Node | null)?.range ?? null))
      if (index < 0) break
      path.push(index)
      node = node.items[index]
      continue
    }
    break
  }
  return path.length > 0 ? path.join('.') : null
}

/** Each problem with a field: the server's, or derived from its line in the draft's file. */
export function placeProblems(problems: readonly DraftProblem[], files: DraftFilesMap): DraftProblem[] {
  return problems.map((problem) =>
    problem.field ? problem : { ...problem, field: fieldAtLine(files[problem.file], problem.line) },
  )
}

/** The problems at a field of a file: on it or inside it (`check.questions.0` holds `check.questions.0.correct`). */
export function problemsAt(problems: readonly DraftProblem[], file: string, field: string): DraftProblem[] {
  return problems.filter(
    (problem) =>
      problem.file === file && !!problem.field && (problem.field === field || problem.field.startsWith(`${field}.`)),
  )
}

/** A stable DOM id for a field's problem list, for aria-describedby. */
export function problemId(file: string, field: string): string {
  return `problem-${file}-${field}`.replace(/[^A-Za-z0-9_-]/g, '_')
}
