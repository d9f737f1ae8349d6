import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ItemView } from '@/api/authoring'
import { useDraft } from '@/features/authoring/useDraft'
import { addLesson, lessonIds, removeLesson } from './moduleYaml'
import { useModuleEditing } from './useModuleEditing'

const ITEM: ItemView = {
  id: 'i1',
  kind: 'MODULE',
  contentId: 'nieuw',
  derivedFrom: null,
  audience: 'OWN',
  state: 'DRAFT',
  version: 1,
  files: {
    'module.yaml': 'id: nieuw\nlessons:\n  - eerste-les\n',
    'nl.yaml': 'title: Nieuw\nlessons:\n  eerste-les:\n    title: Eerste les\n    body: |\n      Zie [x](lesson:weg).\n',
  },
  problems: [
    {
      severity: 'ERROR',
      file: 'nl.yaml',
      line: 6,
      column: 7,
      field: null,
      position: null,
      message: "lesson link 'weg' points to an unknown lesson",
    },
  ],
  updatedAt: '2026-12-07T15:00:00Z',
  updatedBy: 'Sam',
  reviewRequestedBy: null,
  reviewComment: null,
  publishedVersion: null,
}

const fetchMock = vi.fn<typeof fetch>()
beforeEach(() => {
  fetchMock.mockReset()
  fetchMock.mockImplementation(async () => Response.json(ITEM))
  vi.stubGlobal('fetch', fetchMock)
})
afterEach(() => vi.unstubAllGlobals())

async function editing() {
  const draft = useDraft('i1', 60_000)
  await draft.load()
  return { draft, editing: useModuleEditing(draft) }
}

describe('module editing', () => {
  it('shows a problem at its field, derived from the line when the server gives none', async () => {
    const { editing: e } = await editing()
    expect(e.errorAt('nl.yaml', ['lessons', 'eerste-les', 'body'])).toBe("lesson link 'weg' points to an unknown lesson")
    expect(e.errorAt('nl.yaml', ['lessons', 'eerste-les', 'title'])).toBeUndefined()
  })

  it('undoes a removal until the next edit', async () => {
    const { draft, editing: e } = await editing()
    e.apply(() => addLesson(draft.files.value, 'tweede', 'Tweede', 'Tekst\n'))
    e.apply(() => removeLesson(draft.files.value, 'eerste-les'), 'Les eerste-les is verwijderd.')
    expect(lessonIds(draft.files.value)).toEqual(['tweede'])
    expect(e.undo.value?.label).toBe('Les eerste-les is verwijderd.')
    e.undoRemoval()
    expect(lessonIds(draft.files.value)).toEqual(['eerste-les', 'tweede'])
    expect(draft.state.value).toBe('dirty')

    e.apply(() => removeLesson(draft.files.value, 'tweede'), 'weg')
    e.setText('nl.yaml', ['title'], 'Nieuwe titel')
    expect(e.undo.value).toBeNull()
  })

  it('stops at a file that does not parse and says so', async () => {
    const { draft, editing: e } = await editing()
    draft.setFile('nl.yaml', 'title: [kapot')
    expect(e.setText('nl.yaml', ['title'], 'x')).toBe(false)
    expect(e.syntaxError.value).toBeTruthy()
    expect(draft.files.value['nl.yaml']).toBe('title: [kapot')
  })
})
