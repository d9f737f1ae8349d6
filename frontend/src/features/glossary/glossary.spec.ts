import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Glossary, GlossaryTerm } from '@/api/glossary'
import {
  filterTerms,
  forgetGlossary,
  loadGlossary,
  normalise,
  placePopover,
  TermPopoverState,
  termIdFromHref,
} from './glossary'

const term = (id: string, word: string, definition: string): GlossaryTerm => ({
  id,
  term: word,
  definition,
  see: [],
  locale: 'nl',
  untranslated: false,
})

const TERMS = [
  term('casuistiektafel', 'casuïstiektafel', 'Een overleg waar partners casussen bespreken.'),
  term('riec', 'RIEC', 'Regionaal Informatie- en Expertise Centrum.'),
  term('zorgcoordinator', 'zorgcoördinator', 'Regelt de zorg voor leerlingen op school.'),
]

describe('termIdFromHref', () => {
  it('reads the id of a link rendered from term:<id>', () => {
    expect(termIdFromHref('/glossary#riec')).toBe('riec')
    expect(termIdFromHref('/glossary#meldpunt-uitbuiting-minderjarigen')).toBe('meldpunt-uitbuiting-minderjarigen')
  })

  it('ignores every other link', () => {
    expect(termIdFromHref('/learn/x/lessons/y')).toBeNull()
    expect(termIdFromHref('https://example.org/glossary#riec')).toBeNull()
    expect(termIdFromHref('/glossary#Bad_Id')).toBeNull()
    expect(termIdFromHref('/glossary#')).toBeNull()
    expect(termIdFromHref(null)).toBeNull()
  })
})

describe('filterTerms', () => {
  it('keeps every term for an empty query', () => {
    expect(filterTerms(TERMS, '  ')).toHaveLength(3)
  })

  it('finds words in the term and the definition, ignoring case and accents', () => {
    expect(filterTerms(TERMS, 'casuistiek').map((t) => t.id)).toEqual(['casuistiektafel'])
    expect(filterTerms(TERMS, 'COORDINATOR').map((t) => t.id)).toEqual(['zorgcoordinator'])
    expect(filterTerms(TERMS, 'school leerlingen').map((t) => t.id)).toEqual(['zorgcoordinator'])
    expect(filterTerms(TERMS, 'expertise riec').map((t) => t.id)).toEqual(['riec'])
    expect(filterTerms(TERMS, 'onbekend')).toEqual([])
  })

  it('normalises without accents', () => {
    expect(normalise('Coördinatie É')).toBe('coordinatie e')
  })
})

describe('loadGlossary', () => {
  afterEach(() => forgetGlossary())

  it('fetches once per locale', async () => {
    const glossary: Glossary = { locale: 'nl', terms: TERMS }
    const fetcher = vi.fn(() => Promise.resolve(glossary))
    await loadGlossary('nl', fetcher)
    await loadGlossary('nl', fetcher)
    expect(fetcher).toHaveBeenCalledTimes(1)
    await loadGlossary('en', fetcher)
    expect(fetcher).toHaveBeenCalledTimes(2)
  })

  it('tries again after a failed fetch', async () => {
    const fetcher = vi
      .fn<(locale: string) => Promise<Glossary>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ locale: 'nl', terms: TERMS })
    await expect(loadGlossary('nl', fetcher)).rejects.toThrow('offline')
    await expect(loadGlossary('nl', fetcher)).resolves.toMatchObject({ terms: TERMS })
    expect(fetcher).toHaveBeenCalledTimes(2)
  })
})

describe('TermPopoverState', () => {
  it('lets mouse and keyboard users follow the term at once', () => {
    const state = new TermPopoverState()
    state.show('riec', 'hover')
    expect(state.click('riec', false)).toBe('navigate')
    state.show('riec', 'focus')
    expect(state.click('riec', false)).toBe('navigate')
  })

  it('opens on the first tap and follows on a second tap on the same term', () => {
    const state = new TermPopoverState()
    state.show('riec', 'hover') // browsers send compatibility mouse events before the tap's click
    expect(state.click('riec', true)).toBe('open')
    expect(state.open).toEqual({ id: 'riec', trigger: 'touch' })
    state.show('riec', 'focus') // the focus that follows the tap keeps it a touch popover
    expect(state.click('riec', true)).toBe('navigate')
  })

  it('treats a tap on another term as a first tap, and a closed popover as closed', () => {
    const state = new TermPopoverState()
    expect(state.click('riec', true)).toBe('open')
    expect(state.click('casuistiektafel', true)).toBe('open')
    state.hide()
    expect(state.open).toBeNull()
    expect(state.click('casuistiektafel', true)).toBe('open')
  })
})

describe('placePopover', () => {
  const rect = { left: 100, right: 180, bottom: 50 }

  it('starts under the term, at its start edge', () => {
    expect(placePopover(rect, 200, 1000, false)).toEqual({ left: 100, top: 56 })
    expect(placePopover(rect, 200, 1000, true)).toEqual({ left: 8, top: 56 })
    expect(placePopover({ left: 600, right: 700, bottom: 50 }, 200, 1000, true)).toEqual({ left: 500, top: 56 })
  })

  it('stays inside the viewport', () => {
    expect(placePopover({ left: 900, right: 980, bottom: 10 }, 200, 1000, false).left).toBe(792)
  })
})
