import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import type { DraftProblem } from '@/api/authoring'

/** Where a problem sits: the dotted key path in its file (list indexes as numbers) and the offset inside the value. */
export interface ProblemPlace {
  field: string
  position: number | null
}

interface Entry {
  path: string
  /** Offsets: where the key (or list item) starts, where its value starts and ends. */
  keyStart: number
  valueStart: number
  valueEnd: number
  value: Node | null
}

function entries(node: unknown, prefix: string, into: Entry[]) {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : null
      if (key === null) continue
      const path = prefix ? `${prefix}.${key}` : key
      const value = (pair.value as Node | null) ?? null
      const keyRange = (pair.key as Node).range ?? [0, 0, 0]
      const valueRange = value?.range ?? [keyRange[1], keyRange[1], keyRange[1]]
      into.push({ path, keyStart: keyRange[0], valueStart: valueRange[0], valueEnd: valueRange[1], value })
      entries(value, path, into)
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const path = prefix ? `${prefix}.${index}` : String(index)
      const range = (item as Node | null)?.range ?? [0, 0, 0]
      into.push({ path, keyStart: range[0], valueStart: range[0], valueEnd: range[1], value: item as Node })
      entries(item, path, into)
    })
  }
}

/** 0-based offset inside a scalar's value of a file offset (quotes skipped); null for block or multi-line values. */
function positionInValue(entry: Entry, offset: number, text: string): number | null {
  const value = entry.value
  if (!isScalar(value)) return null
  const raw = text.slice(entry.valueStart, entry.valueEnd)
  if (raw.includes('\n')) return null
  const quoted = value.type === 'QUOTE_DOUBLE' || value.type === 'QUOTE_SINGLE'
  const position = offset - entry.valueStart - (quoted ? 1 : 0)
  return position >= 0 && position <= String(value.value).length ? position : null
}

/**
 * The field of a problem the server reported by line and column only (1-based; column 0 or absent = the whole line):
 * the deepest key whose value holds that spot, or for a whole line the first key that starts on it.
 */
export function placeOf(text: string, line: number, column: number | null): ProblemPlace | null {
  if (!line || line < 1) return null
  const counter = new LineCounter()
  const doc = parseDocument(text, { lineCounter: counter, keepSourceTokens: false })
  const found: Entry[] = []
  entries(doc.contents, '', found)
  const lineStart = line === 1 ? 0 : counter.lineStarts[line - 1]
  if (lineStart === undefined) return null
  const lineEnd = counter.lineStarts[line] ?? text.length
  if (column && column > 0) {
    const offset = lineStart + column - 1
    const holding = found.filter((entry) => entry.keyStart <= offset && offset < Math.max(entry.valueEnd, entry.keyStart + 1))
    const deepest = holding.reduce<Entry | null>(
      (best, entry) => (!best || entry.path.split('.').length > best.path.split('.').length ? entry : best),
      null,
    )
    if (deepest) {
      return { field: deepest.path, position: offset >= deepest.valueStart ? positionInValue(deepest, offset, text) : null }
    }
  }
  const starting = found.find((entry) => entry.keyStart >= lineStart && entry.keyStart < lineEnd && !/\.\d+$/.test(entry.path))
  if (starting) return { field: starting.path, position: null }
  const spanning = found.filter((entry) => entry.keyStart <= lineStart && lineStart < entry.valueEnd)
  const last = spanning[spanning.length - 1]
  return last ? { field: last.path, position: null } : null
}

/** A problem with its field and position filled in: the server's when given, else derived from line and column. */
export interface PlacedProblem extends DraftProblem {
  /** Stable key for lists and ids. */
  key: string
}

export function placeProblems(problems: DraftProblem[], files: Record<string, string>): PlacedProblem[] {
  return problems.map((problem, index) => {
    let { field, position } = problem
    if (!field && files[problem.file] !== undefined) {
      try {
        const place = placeOf(files[problem.file]!, problem.line, problem.column)
        if (place) ({ field, position } = place)
      } catch {
        // an unreadable file keeps the problem at its line only
      }
    }
    return { ...problem, field, position, key: `p${index}` }
  })
}

/** The node a problem belongs to (a field under `nodes.<id>`), if any. */
export function nodeOf(problem: { field: string | null }): string | null {
  const match = /^nodes\.([^.]+)/.exec(problem.field ?? '')
  return match ? match[1]! : null
}

/** The problems shown at a field: those of exactly that field, or below it when `below` is set. */
export function problemsAt(problems: PlacedProblem[], file: string, field: string, below = false): PlacedProblem[] {
  return problems.filter(
    (problem) =>
      problem.file === file && (problem.field === field || (below && (problem.field ?? '').startsWith(`${field}.`))),
  )
}
