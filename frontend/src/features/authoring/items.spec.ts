import { describe, expect, it } from 'vitest'
import type { ItemRow } from '@/api/authoring'
import { badgeOf, contentIdProblem, contentOutcomes, filterRows, importKind, reviewQueue, slugify, twineOutcome, type QueueRow } from './items'

function row(overrides: Partial<QueueRow>): QueueRow {
  return {
    id: 'i1',
    kind: 'SCENARIO',
    contentId: 'tikkies',
    title: 'Tikkies',
    derivedFrom: null,
    audience: 'OWN',
    state: 'DRAFT',
    updatedAt: '2026-12-07T10:00:00Z',
    errors: 0,
    publishedVersion: null,
    reviewRequestedBy: null,
    changedSincePublished: false,
    ...overrides,
  }
}

describe('badgeOf', () => {
  it('calls a never published draft a draft', () => {
    expect(badgeOf(row({}))).toEqual({ kind: 'draft', version: null })
  })

  it('says in review before published, because the review needs attention', () => {
    expect(badgeOf(row({ state: 'IN_REVIEW', publishedVersion: 2 }))).toEqual({ kind: 'review', version: 2 })
  })

  it('names the published version, with changes when the draft differs from it', () => {
    expect(badgeOf(row({ publishedVersion: 3 }))).toEqual({ kind: 'published', version: 3 })
    expect(badgeOf(row({ publishedVersion: 3 }), true)).toEqual({ kind: 'changed', version: 3 })
    expect(badgeOf({ ...row({ publishedVersion: 3 }), changedSincePublished: true })).toEqual({ kind: 'changed', version: 3 })
  })
})

describe('filterRows', () => {
  const rows: ItemRow[] = [
    row({ id: 'a' }),
    row({ id: 'b', kind: 'MODULE', state: 'IN_REVIEW' }),
    row({ id: 'c', publishedVersion: 1 }),
  ]
  const ids = (list: ItemRow[]) => list.map((r) => r.id)

  it('keeps everything without filters, in the given order', () => {
    expect(ids(filterRows(rows, 'all', 'all'))).toEqual(['a', 'b', 'c'])
  })

  it('filters by kind and by state', () => {
    expect(ids(filterRows(rows, 'MODULE', 'all'))).toEqual(['b'])
    expect(ids(filterRows(rows, 'all', 'draft'))).toEqual(['a'])
    expect(ids(filterRows(rows, 'all', 'review'))).toEqual(['b'])
    expect(ids(filterRows(rows, 'all', 'published'))).toEqual(['c'])
    expect(ids(filterRows(rows, 'MODULE', 'published'))).toEqual([])
  })
})

describe('reviewQueue', () => {
  it('lists items in review asked by someone else, not my own requests nor drafts', () => {
    const rows = [
      row({ id: 'mine', state: 'IN_REVIEW', reviewRequestedBy: 'me' }),
      row({ id: 'theirs', state: 'IN_REVIEW', reviewRequestedBy: 'colleague' }),
      row({ id: 'draft', reviewRequestedBy: 'colleague' }),
    ]
    expect(reviewQueue(rows, 'me').map((r) => r.id)).toEqual(['theirs'])
  })

  it('lists every item in review when the list does not say who asked', () => {
    expect(reviewQueue([row({ state: 'IN_REVIEW' })], 'me')).toHaveLength(1)
  })
})

describe('contentIdProblem', () => {
  it('accepts lowercase letters, digits and single hyphens', () => {
    expect(contentIdProblem('tikkies-op-school-2')).toBeNull()
  })

  it('says what is wrong', () => {
    expect(contentIdProblem('  ')).toBe('empty')
    expect(contentIdProblem('a'.repeat(81))).toBe('tooLong')
    expect(contentIdProblem('Tikkies')).toBe('uppercase')
    expect(contentIdProblem('tikkies op')).toBe('spaces')
    expect(contentIdProblem('tikkies--op')).toBe('hyphens')
    expect(contentIdProblem('-tikkies')).toBe('hyphens')
    expect(contentIdProblem('tikkies_op')).toBe('characters')
    expect(contentIdProblem('café')).toBe('characters')
  })
})

describe('slugify', () => {
  it('makes a valid id of a title', () => {
    expect(slugify('Tikkies op school!')).toBe('tikkies-op-school')
    expect(slugify('Café — Ünïcode')).toBe('cafe-unicode')
    expect(contentIdProblem(slugify('  Een -- rare   titel  '))).toBeNull()
  })
})

describe('import outcomes', () => {
  it('marks a created item with errors as imported with problems and says where each problem is', () => {
    const [outcome] = contentOutcomes({
      items: [
        {
          contentId: 'tikkies',
          kind: 'SCENARIO',
          itemId: 'i1',
          status: 'created',
          problems: [{ severity: 'ERROR', file: 'scenario.yaml', line: 12, column: 3, field: 'nodes.begin', position: null, message: 'unreachable' }],
        },
      ],
    })
    expect(outcome).toEqual({
      contentId: 'tikkies',
      itemId: 'i1',
      status: 'imported-with-problems',
      lines: [{ severity: 'ERROR', item: 'tikkies', where: 'scenario.yaml:12 (nodes.begin)', message: 'unreachable' }],
    })
  })

  it('keeps updated and refused, and calls a clean creation imported', () => {
    const statuses = contentOutcomes({
      items: [
        { contentId: 'a', kind: 'MODULE', itemId: 'x', status: 'updated', problems: [] },
        { contentId: 'b', kind: 'SCENARIO', itemId: null, status: 'refused', problems: [] },
        { contentId: 'c', kind: 'SCENARIO', itemId: 'y', status: 'created', problems: [] },
      ],
    }).map((outcome) => outcome.status)
    expect(statuses).toEqual(['updated', 'refused', 'imported'])
  })

  it('turns a Twine report into lines with passage and line', () => {
    const outcome = twineOutcome({
      status: 'imported-with-problems',
      itemId: 'i2',
      contentId: 'verhaal',
      report: [{ severity: 'WARNING', passage: 'Start', line: 4, message: 'raw <span> removed' }],
    })
    expect(outcome.status).toBe('imported-with-problems')
    expect(outcome.lines).toEqual([{ severity: 'WARNING', item: 'verhaal', where: 'Start:4', message: 'raw <span> removed' }])
  })
})

describe('twine report lines without a line', () => {
  it('name only the passage when the line is 0, and keep TODO lines', () => {
    const outcome = twineOutcome({
      status: 'imported',
      itemId: null,
      contentId: null,
      report: [{ severity: 'TODO', passage: 'Einde', line: 0, message: 'check the ending kind' }],
    })
    expect(outcome.contentId).toBe('')
    expect(outcome.lines).toEqual([{ severity: 'TODO', item: '', where: 'Einde', message: 'check the ending kind' }])
  })
})

describe('importKind', () => {
  it('sends a zip to the content import and a story to the Twine import', () => {
    expect(importKind('export.ZIP')).toBe('content')
    expect(importKind('story.twee')).toBe('twine')
    expect(importKind('library.html')).toBe('twine')
    expect(importKind('notes.txt')).toBeNull()
  })
})
