import { http } from './http'

/** One glossary term as GET /api/glossary answers it (docs/api.md, "Glossary"). */
export interface GlossaryTerm {
  id: string
  /** The word as shown, e.g. "RIEC". */
  term: string
  /** 1-3 short sentences, plain text. */
  definition: string
  /** Related terms of the glossary, by id. */
  see: string[]
  /** The locale of the definition: "nl" when it fell back to Dutch. */
  locale: string
  untranslated: boolean
}

export interface Glossary {
  locale: string
  /** Sorted alphabetically in the locale. */
  terms: GlossaryTerm[]
}

export const fetchGlossary = (locale: string) => http<Glossary>('/api/glossary', { query: { locale } })
