import { describe, expect, it } from 'vitest'
import { ROLES, SECTORS } from '@/api/identity'
import { KINDS, PHASES, STATUSES } from '@/api/live'
import { COMPETENCIES } from '@/api/learning'
import { REFRESHER_STATUSES } from '@/api/refresher'
import { OUTCOMES } from '@/api/simulation'
import { refresherStatusKey } from '@/features/refresher/status'
import { collectMessages, DEFAULT_LOCALE, type MessageTree } from './index'
import { competencyKey, outcomeKey, roleKey, sectorKey } from './labels'

// All languages at once, as the files are (the app itself loads one language at a time).
const messages = collectMessages(
  import.meta.glob<MessageTree>('./locales/*/*.json', { eager: true, import: 'default' }),
)

function flatten(tree: MessageTree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') flat.set(path, value)
    else for (const [innerKey, innerValue] of flatten(value, path)) flat.set(innerKey, innerValue)
  }
  return flat
}

const flatByLocale = new Map(Object.entries(messages).map(([locale, tree]) => [locale, flatten(tree)]))
const source = flatByLocale.get(DEFAULT_LOCALE) ?? new Map<string, string>()
const allKeys = new Set([...flatByLocale.values()].flatMap((flat) => [...flat.keys()]))
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()
const pluralBranches = (text: string) => text.split('|').length

describe('translations', () => {
  it('has Dutch and English', () => {
    expect([...flatByLocale.keys()]).toEqual(expect.arrayContaining(['nl', 'en']))
  })

  it('addresses the Dutch reader as "je", never "u" or "uw"', () => {
    const formal = [...source].filter(([, text]) => /(^|[^\p{L}])(u|uw|U|Uw)(?=[^\p{L}]|$)/u.test(text)).map(([key]) => key)
    expect(formal, 'Dutch texts that say "u"').toEqual([])
  })

  describe.each([...flatByLocale.entries()])('locale %s', (locale, flat) => {
    it('has every key that another locale has', () => {
      const missing = [...allKeys].filter((key) => !flat.has(key))
      expect(missing, `${locale} lacks these keys`).toEqual([])
    })

    it('has no empty texts', () => {
      const empty = [...flat].filter(([, text]) => text.trim() === '').map(([key]) => key)
      expect(empty, `${locale} has empty texts`).toEqual([])
    })

    it('uses the same placeholders and plural forms as Dutch', () => {
      const differing = [...flat]
        .filter(([key]) => source.has(key))
        .filter(([key, text]) => {
          const dutch = source.get(key) ?? ''
          return (
            placeholders(text).join() !== placeholders(dutch).join() ||
            pluralBranches(text) !== pluralBranches(dutch)
          )
        })
        .map(([key]) => key)
      expect(differing, `${locale} differs from nl in placeholders or plural forms`).toEqual([])
    })

    it('names every role, sector, competency, case outcome, refresher status and live session state of the API', () => {
      const keys = [
        ...ROLES.map(roleKey),
        ...SECTORS.map(sectorKey),
        ...COMPETENCIES.map(competencyKey),
        ...OUTCOMES.map(outcomeKey),
        ...REFRESHER_STATUSES.map(refresherStatusKey),
        ...KINDS.map((kind) => `live.kind.${kind}`),
        ...STATUSES.map((status) => `live.status.${status}`),
        ...PHASES.map((phase) => `live.phase.${phase}`),
        ...(['MAJORITY', 'FACILITATOR', 'ANSWER'] as const).map((how) => `live.how.${how}`),
      ]
      expect(keys.filter((key) => !flat.has(key))).toEqual([])
    })
  })

  it('has every key that the code asks for with a literal t(...)', () => {
    const sources = import.meta.glob<string>(['/src/**/*.{vue,ts}', '!/src/**/*.spec.ts'], {
      query: '?raw',
      import: 'default',
      eager: true,
    })
    const used = new Set<string>()
    for (const text of Object.values(sources)) {
      for (const match of text.matchAll(/\bt\(\s*'([\w.-]+)'/g)) used.add(match[1] ?? '')
    }
    expect(used.size).toBeGreaterThan(50)
    expect([...used].filter((key) => !source.has(key))).toEqual([])
  })
})
