import { type Glossary, type GlossaryTerm, fetchGlossary } from '@/api/glossary'

/**
 * The glossary, fetched once per locale and shared by the glossary page and every term in rendered Markdown
 * (see ./glossaryTerms.ts). A failed fetch is forgotten, so the next use tries again.
 */
const cache = new Map<string, Promise<Glossary>>()

export function loadGlossary(locale: string, fetcher: (locale: string) => Promise<Glossary> = fetchGlossary): Promise<Glossary> {
  let glossary = cache.get(locale)
  if (!glossary) {
    glossary = fetcher(locale)
    cache.set(locale, glossary)
    glossary.catch(() => cache.delete(locale))
  }
  return glossary
}

/** Forgets every fetched glossary (tests; a changed session could see other content). */
export function forgetGlossary(): void {
  cache.clear()
}

/** The term id of a link the server rendered from `[text](term:<id>)`: `/glossary#<id>`, else null. */
export function termIdFromHref(href: string | null | undefined): string | null {
  if (!href) return null
  const match = /^\/glossary#([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(href)
  return match ? (match[1] ?? null) : null
}

/** Lowercase without accents, so "casuistiek" finds "casuïstiektafel" and "coordinator" finds "coördinator". */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase()
}

/** The terms whose word or definition contains every word of the query; all terms for an empty query. */
export function filterTerms(terms: readonly GlossaryTerm[], query: string): GlossaryTerm[] {
  const words = normalise(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...terms]
  return terms.filter((term) => {
    const text = normalise(`${term.term} ${term.definition}`)
    return words.every((word) => text.includes(word))
  })
}

export type Trigger = 'hover' | 'focus' | 'touch'

/**
 * Which term's popover is open and why; decides what a click on a term does. Mouse and keyboard users follow the
 * link at once (the popover already showed on hover or focus); on touch, the first tap opens the popover and a
 * second tap on the same term follows the link.
 */
export class TermPopoverState {
  open: { id: string; trigger: Trigger } | null = null

  show(id: string, trigger: Trigger): void {
    // A focus that follows a tap keeps the touch trigger, so the next tap still counts as the second one.
    if (this.open?.id === id && this.open.trigger === 'touch') return
    this.open = { id, trigger }
  }

  hide(): void {
    this.open = null
  }

  /** A click (or Enter) on a term: 'open' shows its popover instead of following the link. */
  click(id: string, touch: boolean): 'open' | 'navigate' {
    if (!touch) return 'navigate'
    if (this.open?.id === id && this.open.trigger === 'touch') return 'navigate'
    this.open = { id, trigger: 'touch' }
    return 'open'
  }
}

/** Where the popover goes: below the term, inside the viewport (start-aligned, so right-aligned in RTL). */
export function placePopover(
  term: { left: number; right: number; bottom: number },
  popoverWidth: number,
  viewportWidth: number,
  rightToLeft: boolean,
  margin = 8,
): { left: number; top: number } {
  const wanted = rightToLeft ? term.right - popoverWidth : term.left
  const left = Math.max(margin, Math.min(wanted, viewportWidth - popoverWidth - margin))
  return { left, top: term.bottom + 6 }
}
