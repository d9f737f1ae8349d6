import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import type { DraftFilesMap, DraftProblem } from '@/api/authoring'

/**
 * The validator's problems placed at the editor's fields. The server names the field (`lessons.eerste-les.body`);
 * when it does not (the skeleton leaves `field` null), the field is derived from the problem's line with the yaml
 * LineCounter: the innermost key whose node spans that line.
 */

/** The dotted key path of the innermost node on a 1-based line, or null (line 0 = the whole file). */
export function fieldAtLine(text: string | undefined, line: number): string | null {
  return fieldFinder(text)(line)
}

/** Parses a file once and answers for any of its lines (a draft may have many problems in one file). */
function fieldFinder(text: string | undefined): (line: number) => string | null {
  if (!text) return () => null
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter })
  if (doc.errors.length > 0) return () => null
  return (line) => {
    const start = line >= 1 ? lineCounter.lineStarts[line - 1] : undefined
    if (start === undefined) return null
    const end = lineCounter.lineStarts[line] ?? text.length
    const onLine = (range: readonly number[] | null | undefined) =>
      !!range && range[0]! < end && (range[2] ?? range[1]!) > start
    const path: (string | number)[] = []
    let node: unknown = doc.contents
    for (;;) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => onLine((item.key as Node | null)?.range) || onLine((item.value as Node | null)?.range),
        )
        if (!pair) break
        // A problem on the key's line belongs to the key (its value may start there and go on).
        path.push(String(isScalar(pair.key) ? pair.key.value : pair.key))
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
}

/** Each problem with a field: the server's, or derived from its line in the draft's file. */
export function placeProblems(problems: readonly DraftProblem[], files: DraftFilesMap): DraftProblem[] {
  const finders = new Map<string, (line: number) => string | null>()
  return problems.map((problem) => {
    if (problem.field) return problem
    let finder = finders.get(problem.file)
    if (!finder) finders.set(problem.file, (finder = fieldFinder(files[problem.file])))
    return { ...problem, field: finder(problem.line) }
  })
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
