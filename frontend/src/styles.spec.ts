import { describe, expect, it } from 'vitest'

/**
 * Right-to-left locales (Arabic) must work without a second stylesheet, so styles use logical
 * properties only: margin-inline-start instead of margin-left, inset-block-start instead of top.
 */
const PHYSICAL = [
  /(?:^|[\s;{])(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right|top|bottom)\b/,
  /(?:^|[\s;{])(?:left|right|top|bottom)\s*:/,
  /(?:^|[\s;{])(?:width|height|min-width|min-height|max-width|max-height)\s*:/,
  /\b(?:text-align|float|clear)\s*:\s*(?:left|right)\b/,
  /border-(?:top|bottom)-(?:left|right)-radius/,
  // Four-value shorthands whose second and fourth values differ are left/right specific.
  /(?:^|[\s;{])(?:margin|padding|inset|border-width)\s*:\s*(\S+)\s+(\S+)\s+\S+\s+(?!\2[\s;!])\S+\s*[;!}]/,
]

const sources = import.meta.glob<string>(['/src/**/*.css', '/src/**/*.vue'], {
  query: '?raw',
  import: 'default',
  eager: true,
})

function styleOf(path: string, text: string): string {
  if (path.endsWith('.css')) return text
  return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('\n')
}

describe('stylesheets', () => {
  it('are found', () => {
    expect(Object.keys(sources).some((path) => path.endsWith('main.css'))).toBe(true)
  })

  it.each(Object.entries(sources))('%s uses logical properties only', (path, text) => {
    const offending = styleOf(path, text)
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split('\n')
      .filter((line) => PHYSICAL.some((pattern) => pattern.test(line)))
      .map((line) => line.trim())
    expect(offending).toEqual([])
  })
})
