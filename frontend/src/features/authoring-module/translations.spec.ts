import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchTranslations, type TranslationField } from '@/api/authoring'
import { readYaml } from './moduleYaml'
import { completeness, filterFields, nextMissing, targetOf, writeTranslation } from './translations'

const field = (key: string, en: TranslationField['targets'][string]['status'], file?: string): TranslationField => ({
  key,
  source: `nl ${key}`,
  targets: { en: { text: en === 'missing' ? null : `en ${key}`, status: en } },
  file: file ?? 'nl.yaml',
})

const FIELDS = [
  field('title', 'ok'),
  field('summary', 'missing'),
  field('lessons.eerste-les.body', 'outdated'),
  field('items.geen-meldplicht.prompt', 'missing'),
]

describe('translations side by side', () => {
  it('writes a module text to <locale>.yaml at the Dutch key path', () => {
    expect(targetOf('MODULE', FIELDS[2]!, 'ar')).toEqual({ file: 'ar.yaml', path: ['lessons', 'eerste-les', 'body'] })
  })

  it('writes refresher texts to refreshers/<locale>.yaml, by key or by the server’s file', () => {
    expect(targetOf('MODULE', FIELDS[3]!, 'en').file).toBe('refreshers/en.yaml')
    expect(targetOf('MODULE', field('refreshers.items.x.prompt', 'ok'), 'en')).toEqual({
      file: 'refreshers/en.yaml',
      path: ['items', 'x', 'prompt'],
    })
    expect(targetOf('MODULE', field('items.x.explanation', 'ok', 'refreshers/nl.yaml'), 'tr').file).toBe(
      'refreshers/tr.yaml',
    )
    expect(targetOf('SCENARIO', field('nodes.begin.text', 'ok'), 'pl').file).toBe('pl.yaml')
  })

  it('creates the locale file when a draft has none yet', () => {
    const changed = writeTranslation({ 'nl.yaml': 'title: Nieuw\n' }, 'MODULE', FIELDS[2]!, 'en', 'Line one\nLine two\n')
    expect(changed).toEqual({ 'en.yaml': 'lessons:\n  eerste-les:\n    body: |\n      Line one\n      Line two\n' })
  })

  it('adds a key to an existing locale file and keeps its comments', () => {
    const english = '# checked by Sam\ntitle: New module # short\n'
    const changed = writeTranslation({ 'en.yaml': english }, 'MODULE', FIELDS[1]!, 'en', 'A short module.')
    expect(changed['en.yaml']).toBe('# checked by Sam\ntitle: New module # short\nsummary: A short module.\n')
  })

  it('filters missing and outdated fields', () => {
    expect(filterFields(FIELDS, 'en', 'missing').map((f) => f.key)).toEqual(['summary', 'items.geen-meldplicht.prompt'])
    expect(filterFields(FIELDS, 'en', 'outdated').map((f) => f.key)).toEqual(['lessons.eerste-les.body'])
    expect(filterFields(FIELDS, 'en', 'all')).toHaveLength(4)
    // A locale the server does not list for a field counts as missing.
    expect(filterFields(FIELDS, 'pl', 'missing')).toHaveLength(4)
  })

  it('finds the next missing field after the one in focus, wrapping round', () => {
    expect(nextMissing(FIELDS, 'en', -1)).toBe(1)
    expect(nextMissing(FIELDS, 'en', 1)).toBe(3)
    expect(nextMissing(FIELDS, 'en', 3)).toBe(1)
    expect(nextMissing([FIELDS[0]!], 'en', -1)).toBe(-1)
  })

  it('says how complete a locale is', () => {
    const view = { source: 'nl', locales: [{ locale: 'en', present: 34, total: 40, outdated: 2 }], fields: FIELDS }
    expect(completeness(view, 'en')).toEqual({ present: 34, total: 40, outdated: 2, percent: 85 })
    expect(completeness(view, 'ar')).toEqual({ present: 0, total: 4, outdated: 0, percent: 0 })
    expect(completeness(null, 'en').total).toBe(0)
  })
})

describe('the translations endpoint', () => {
  const fetchMock = vi.fn<typeof fetch>()
  beforeEach(() => {
    fetchMock.mockReset()
    vi.stubGlobal('fetch', fetchMock)
  })
  afterEach(() => vi.unstubAllGlobals())

  it('is read per item, and a missing field can then be written at its key', async () => {
    fetchMock.mockResolvedValue(
      Response.json({ source: 'nl', locales: [{ locale: 'en', present: 0, total: 1, outdated: 0 }], fields: [FIELDS[1]] }),
    )
    const view = await fetchTranslations('item 1')
    expect(String(fetchMock.mock.calls[0]?.[0])).toContain('/api/authoring/items/item%201/translations')
    const missing = view.fields[nextMissing(view.fields, 'en', -1)]!
    const changed = writeTranslation({}, 'MODULE', missing, 'en', 'A short module.')
    expect(readYaml(changed['en.yaml'], ['summary'])).toBe('A short module.')
  })
})
