import type { Directive } from 'vue'
import type { Router } from 'vue-router'
import type { GlossaryTerm } from '@/api/glossary'
import { directionOf, i18n } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import { loadGlossary, placePopover, TermPopoverState, type Trigger, termIdFromHref } from './glossary'

/**
 * `v-glossary` on every element that shows server-rendered Markdown (`v-html`): each link the server rendered from
 * `[text](term:<id>)` (to /glossary#<id>) becomes a term. It is underlined with dots; hovering, focusing or tapping it
 * opens one shared popover (role="tooltip", tied to the term with aria-describedby) with the word and its definition.
 * Escape, moving away or tapping elsewhere closes it; it never takes focus. Following the term (a click, Enter, or a
 * second tap on touch screens) opens the glossary page at the term, inside the app.
 *
 * Only for signed-in users (the glossary API needs a session); for others the term stays a plain link.
 */

const POPOVER_ID = 'glossary-popover'
const HIDE_DELAY_MS = 150

const state = new TermPopoverState()
let popover: HTMLElement | null = null
let current: HTMLAnchorElement | null = null
let hideTimer: ReturnType<typeof setTimeout> | null = null
let lastPointerWasTouch = false

function t(key: string): string {
  return i18n.global.t(key)
}

function locale(): string {
  return i18n.global.locale.value
}

function ensurePopover(): HTMLElement {
  if (popover) return popover
  popover = document.createElement('div')
  popover.id = POPOVER_ID
  popover.setAttribute('role', 'tooltip')
  popover.className = 'glossary-popover'
  popover.hidden = true
  popover.addEventListener('mouseenter', cancelHide)
  popover.addEventListener('mouseleave', () => {
    if (state.open?.trigger === 'hover') scheduleHide()
  })
  document.body.appendChild(popover)
  // Escape closes the popover wherever focus is (WCAG 1.4.13); a tap or click elsewhere closes it too.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && state.open) hide()
  })
  document.addEventListener('pointerdown', (event) => {
    const target = event.target as Node | null
    if (state.open && target && !current?.contains(target) && !popover?.contains(target)) hide()
  })
  window.addEventListener('resize', () => hide())
  return popover
}

function cancelHide(): void {
  if (hideTimer) clearTimeout(hideTimer)
  hideTimer = null
}

function scheduleHide(): void {
  cancelHide()
  hideTimer = setTimeout(hide, HIDE_DELAY_MS)
}

function hide(): void {
  cancelHide()
  state.hide()
  current?.removeAttribute('aria-describedby')
  current = null
  if (popover) popover.hidden = true
}

function paragraph(className: string, text: string, untranslated = false): HTMLParagraphElement {
  const element = document.createElement('p')
  element.className = className
  element.textContent = text
  if (untranslated) {
    element.lang = 'nl'
    element.dir = 'ltr'
  }
  return element
}

function fill(term: GlossaryTerm | null | undefined, trigger: Trigger, loading: boolean): void {
  const element = ensurePopover()
  const parts: HTMLElement[] = []
  if (loading) {
    parts.push(paragraph('glossary-popover-definition', t('glossary.popover.loading')))
  } else if (!term) {
    parts.push(paragraph('glossary-popover-definition', t('glossary.popover.unknown')))
  } else {
    parts.push(paragraph('glossary-popover-term', term.term, term.untranslated))
    parts.push(paragraph('glossary-popover-definition', term.definition, term.untranslated))
  }
  parts.push(
    paragraph('glossary-popover-hint', t(trigger === 'touch' ? 'glossary.popover.tapAgain' : 'glossary.popover.more')),
  )
  element.replaceChildren(...parts)
}

function position(link: HTMLAnchorElement): void {
  const element = ensurePopover()
  const rect = link.getBoundingClientRect()
  const { left, top } = placePopover(
    rect,
    element.offsetWidth,
    document.documentElement.clientWidth,
    directionOf(locale()) === 'rtl',
  )
  element.style.left = `${left + window.scrollX}px`
  element.style.top = `${top + window.scrollY}px`
}

function open(link: HTMLAnchorElement, id: string, trigger: Trigger): void {
  cancelHide()
  if (current && current !== link) current.removeAttribute('aria-describedby')
  state.show(id, trigger)
  current = link
  const shownTrigger = state.open?.trigger ?? trigger
  const element = ensurePopover()
  link.setAttribute('aria-describedby', POPOVER_ID)
  fill(null, shownTrigger, true)
  element.hidden = false
  position(link)
  const asked = locale()
  loadGlossary(asked)
    .then((glossary) => {
      if (current !== link || locale() !== asked) return
      fill(
        glossary.terms.find((term) => term.id === id),
        state.open?.trigger ?? shownTrigger,
        false,
      )
      position(link)
    })
    .catch(() => {
      if (current === link) fill(null, shownTrigger, false)
    })
}

function enhance(root: HTMLElement, router: Router | undefined): void {
  if (!useSessionStore().isLoggedIn) return
  const links = root.querySelectorAll<HTMLAnchorElement>('a[href^="/glossary#"]')
  if (links.length > 0) {
    // Fetch early, so the definition is there when the first term is focused or hovered.
    loadGlossary(locale()).catch(() => undefined)
  }
  links.forEach((link) => {
    const id = termIdFromHref(link.getAttribute('href'))
    if (!id || link.dataset.glossaryTerm) return
    link.dataset.glossaryTerm = id
    link.classList.add('glossary-term')
    link.addEventListener('mouseenter', () => {
      if (!lastPointerWasTouch) open(link, id, 'hover')
    })
    link.addEventListener('mouseleave', () => {
      if (state.open?.trigger === 'hover') scheduleHide()
    })
    link.addEventListener('focus', () => open(link, id, 'focus'))
    link.addEventListener('blur', () => {
      if (state.open?.trigger !== 'hover') scheduleHide()
    })
    link.addEventListener('pointerdown', (event) => {
      lastPointerWasTouch = event.pointerType === 'touch' || event.pointerType === 'pen'
    })
    link.addEventListener('click', (event) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
        return
      }
      // A click from the keyboard (Enter) has detail 0: it follows the link like a mouse click.
      const touch = lastPointerWasTouch && event.detail > 0
      lastPointerWasTouch = false
      event.preventDefault()
      if (state.click(id, touch) === 'open') {
        open(link, id, 'touch')
        return
      }
      hide()
      const href = link.getAttribute('href') ?? '/glossary'
      if (router) void router.push(href)
      else window.location.assign(href)
    })
  })
}

export const vGlossary: Directive<HTMLElement> = {
  mounted(element, binding) {
    enhance(element, binding.instance?.$router as Router | undefined)
  },
  updated(element, binding) {
    enhance(element, binding.instance?.$router as Router | undefined)
  },
  beforeUnmount(element) {
    if (current && element.contains(current)) hide()
  },
}
