import { describe, expect, it } from 'vitest'
import type { DraftProblem, FileDiff } from '@/api/authoring'
import { diffCounts, diffSign, hasChanges, nextTab, refusalOf, reviewActions, tabFrom, wholeFilesAsAdded } from './review'

const error: DraftProblem = { severity: 'ERROR', file: 'scenario.yaml', line: 3, column: 1, field: null, position: null, message: 'x' }

describe('reviewActions', () => {
  it('lets the author ask for review of a draft without errors', () => {
    expect(reviewActions({ state: 'DRAFT', reviewRequestedBy: null }, [], 'me')).toEqual({
      canAsk: true,
      askBlocked: null,
      canReview: false,
      waiting: false,
    })
  })

  it('blocks asking while the draft has errors, and says why', () => {
    expect(reviewActions({ state: 'DRAFT', reviewRequestedBy: null }, [error], 'me')).toMatchObject({ canAsk: false, askBlocked: 'errors' })
  })

  it('lets a second trainer review, and lets the one who asked wait', () => {
    expect(reviewActions({ state: 'IN_REVIEW', reviewRequestedBy: 'colleague' }, [], 'me')).toMatchObject({ canReview: true, waiting: false, canAsk: false })
    expect(reviewActions({ state: 'IN_REVIEW', reviewRequestedBy: 'me' }, [], 'me')).toMatchObject({ canReview: false, waiting: true })
  })
})

describe('diffs', () => {
  const files: FileDiff[] = [
    { file: 'nl.yaml', status: 'same', hunks: [] },
    {
      file: 'scenario.yaml',
      status: 'changed',
      hunks: [
        {
          lines: [
            { kind: 'context', oldLine: 1, newLine: 1, text: 'id: x' },
            { kind: 'removed', oldLine: 2, newLine: null, text: 'version: 1' },
            { kind: 'added', oldLine: null, newLine: 2, text: 'version: 2' },
            { kind: 'added', oldLine: null, newLine: 3, text: 'minutes: 5' },
          ],
        },
      ],
    },
  ]

  it('signs added and removed lines, so colour is not the only mark', () => {
    expect(files[1]!.hunks[0]!.lines.map(diffSign)).toEqual([' ', '−', '+', '+'])
  })

  it('counts changed files and lines', () => {
    expect(diffCounts(files)).toEqual({ added: 2, removed: 1, files: 1 })
    expect(hasChanges(files)).toBe(true)
    expect(hasChanges([files[0]!])).toBe(false)
  })

  it('shows a never published draft as all new, files in name order', () => {
    const diff = wholeFilesAsAdded({ 'scenario.yaml': 'id: x\nversion: 1\n', 'nl.yaml': 'title: X' })
    expect(diff.map((file) => file.file)).toEqual(['nl.yaml', 'scenario.yaml'])
    expect(diff[1]!.hunks[0]!.lines).toEqual([
      { kind: 'added', oldLine: null, newLine: 1, text: 'id: x' },
      { kind: 'added', oldLine: null, newLine: 2, text: 'version: 1' },
    ])
  })
})

describe('refusalOf', () => {
  it('knows the refusals of the review endpoints by problem type and status', () => {
    expect(refusalOf(409, 'https://signaal.nl/problems/draft-has-errors')).toBe('hasErrors')
    expect(refusalOf(409, 'draft-edited')).toBe('stale')
    expect(refusalOf(409, 'item-published')).toBe('published')
    expect(refusalOf(403, undefined)).toBe('secondTrainer')
    expect(refusalOf(409, 'other')).toBe('notInReview')
    expect(refusalOf(500, undefined)).toBeNull()
  })
})

describe('tabs', () => {
  it('reads the tab from the query, edit by default', () => {
    expect(tabFrom('versions')).toBe('versions')
    expect(tabFrom('nonsense')).toBe('edit')
    expect(tabFrom(undefined)).toBe('edit')
  })

  it('moves with the arrows (mirrored right to left), Home and End, and wraps', () => {
    expect(nextTab('edit', 'ArrowRight')).toBe('translations')
    expect(nextTab('edit', 'ArrowLeft')).toBe('versions')
    expect(nextTab('edit', 'ArrowLeft', true)).toBe('translations')
    expect(nextTab('versions', 'ArrowRight')).toBe('edit')
    expect(nextTab('translations', 'Home')).toBe('edit')
    expect(nextTab('edit', 'End')).toBe('versions')
    expect(nextTab('edit', 'Enter')).toBeNull()
  })
})
