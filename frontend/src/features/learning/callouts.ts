import type { Directive } from 'vue'
import { i18n } from '@/i18n'

/**
 * Callouts in server-rendered lesson and flyer HTML: the server turns `> [!tip]` (and `let-op`, `veiligheid`,
 * `kernpunten`) into `<aside data-callout="tip">` without a label, because the label is UI text in the reader's
 * language (docs/content-format.md). `v-callouts` gives each aside its translated label and ties the two together
 * for screen readers: key points get a heading (they are a section readers jump to), the others a role="note".
 */

const KINDS = new Map<string, string>([
  ['tip', 'tip'],
  ['let-op', 'caution'],
  ['veiligheid', 'safety'],
  ['kernpunten', 'keyPoints'],
])

/** The i18n key of a callout kind's label, or null for a kind the app does not know (left as it is). */
export function calloutLabelKey(kind: string | undefined): string | null {
  const name = kind === undefined ? undefined : KINDS.get(kind)
  return name ? `learning.callout.${name}` : null
}

/** Key points are headed like the lesson's own sections; the smaller callouts carry a bold label. */
export function calloutLabelTag(kind: string): 'h2' | 'p' {
  return kind === 'kernpunten' ? 'h2' : 'p'
}

let nextId = 0

function decorate(root: HTMLElement): void {
  for (const aside of Array.from(root.querySelectorAll<HTMLElement>('aside[data-callout]'))) {
    const kind = aside.dataset.callout ?? ''
    const key = calloutLabelKey(kind)
    if (!key) continue
    let label = aside.querySelector<HTMLElement>(':scope > .callout__label')
    if (!label) {
      label = document.createElement(calloutLabelTag(kind))
      label.className = 'callout__label'
      label.id = `callout-label-${++nextId}`
      aside.prepend(label)
    }
    label.textContent = i18n.global.t(key)
    // The label is app text: its language is the app's, even where the lesson itself fell back to Dutch.
    label.lang = i18n.global.locale.value
    aside.classList.add('callout', `callout--${kind}`)
    if (kind !== 'kernpunten') aside.setAttribute('role', 'note')
    aside.setAttribute('aria-labelledby', label.id)
  }
}

/** Use next to `v-html` on lesson and flyer HTML; runs again when the HTML or the language changes. */
export const vCallouts: Directive<HTMLElement> = {
  mounted: decorate,
  updated: decorate,
}
