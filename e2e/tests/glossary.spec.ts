import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { load } from 'js-yaml'
import { DEMO, logIn } from '../support/app'
import { ui } from '../support/ui'

/**
 * The glossary: a term marked in a lesson ([text](term:<id>)) shows its definition on hover and on keyboard focus,
 * Escape closes it, Enter follows it to the glossary page, where the term is focused and highlighted; the page's
 * filter and anchors. `leerling@` only views (a lesson view is recorded, nothing else changes).
 *
 * The lesson is found in the content the app runs on (SIGNAAL_E2E_CONTENT_DIR, else ../content): the first lesson
 * whose Dutch body has a term link. Definitions come from content/glossary/nl.yaml.
 */
const CONTENT = process.env.SIGNAAL_E2E_CONTENT_DIR ?? path.resolve(__dirname, '../../content')

type Texts = { terms: Record<string, { term: string; definition: string }> }
type Lessons = { lessons?: Record<string, { body?: string }> }

const glossary = load(readFileSync(path.join(CONTENT, 'glossary', 'nl.yaml'), 'utf8')) as Texts

function lessonWithATerm(): { moduleId: string; lessonId: string; termId: string } | null {
  const modules = path.join(CONTENT, 'modules')
  for (const moduleId of readdirSync(modules).sort()) {
    const texts = load(readFileSync(path.join(modules, moduleId, 'nl.yaml'), 'utf8')) as Lessons
    for (const [lessonId, lesson] of Object.entries(texts.lessons ?? {})) {
      const match = /\]\(term:([a-z0-9-]+)\)/.exec(lesson.body ?? '')
      if (match?.[1]) return { moduleId, lessonId, termId: match[1] }
    }
  }
  return null
}

const t = ui('nl')

test('a term in a lesson explains itself on hover and focus and leads to the glossary page', async ({ page }) => {
  const found = lessonWithATerm()
  expect(found, `a lesson in ${CONTENT}/modules marks a glossary term`).not.toBeNull()
  if (!found) return
  const expected = glossary.terms[found.termId]
  expect(expected, `content/glossary/nl.yaml has ${found.termId}`).toBeDefined()
  if (!expected) return

  await logIn(page, DEMO.learner, 'nl')
  await page.goto(`/learn/${found.moduleId}/lessons/${found.lessonId}`)
  const term = page.locator(`a.glossary-term[data-glossary-term="${found.termId}"]`).first()
  await expect(term).toBeVisible()
  const popover = page.getByRole('tooltip')

  // Hover: the word and its definition, tied to the term; moving away closes it.
  await term.hover()
  await expect(popover).toBeVisible()
  await expect(popover).toContainText(expected.term)
  await expect(popover).toContainText(expected.definition.trim())
  await expect(term).toHaveAttribute('aria-describedby', 'glossary-popover')
  await page.mouse.move(0, 0)
  await expect(popover).toBeHidden()
  await expect(term).not.toHaveAttribute('aria-describedby', /.*/)

  // Keyboard: focus opens it, Escape closes it and keeps focus on the term, Enter follows it.
  await term.focus()
  await expect(popover).toBeVisible()
  await expect(popover).toContainText(expected.definition.trim())
  await expect(popover).toContainText(t('glossary.popover.more'))
  await page.keyboard.press('Escape')
  await expect(popover).toBeHidden()
  await expect(term).toBeFocused()
  await page.keyboard.press('Enter')

  await expect(page).toHaveURL(new RegExp(`/glossary#${found.termId}$`))
  await expect(page.getByRole('heading', { level: 1, name: t('glossary.title') })).toBeVisible()
  const entry = page.locator(`[id="${found.termId}"]`)
  await expect(entry).toBeFocused()
  await expect(entry).toHaveClass(/glossary-entry--target/)
  await expect(entry).toContainText(expected.definition.trim())
})

test('the glossary page lists every term, filters and scrolls to an anchor', async ({ page }) => {
  const total = Object.keys(glossary.terms).length
  await logIn(page, DEMO.learner, 'nl')
  await page.getByRole('navigation', { name: t('app.nav.label') }).getByRole('link', { name: t('glossary.nav') }).click()
  await expect(page.getByRole('heading', { level: 1, name: t('glossary.title') })).toBeVisible()
  const entries = page.locator('.glossary-entry')
  await expect(entries).toHaveCount(total)
  await expect(page.getByText(t('glossary.count', { shown: total, total }))).toBeVisible()

  // Alphabetical in Dutch (the server's collator decides ties like spaces; here the first letters must rise).
  const initials = (await entries.locator('.glossary-entry-term').allTextContents()).map((word) =>
    word.trim().charAt(0).toLocaleLowerCase('nl'),
  )
  expect(initials).toEqual([...initials].sort((a, b) => a.localeCompare(b, 'nl')))

  const filter = page.getByLabel(t('glossary.filter'))
  await filter.fill('riec')
  await expect(entries).toHaveCount(1)
  await expect(entries.first()).toContainText(glossary.terms.riec?.definition.trim() ?? 'RIEC')
  await filter.fill('casuistiek') // without the accent of casuïstiektafel
  await expect(page.locator('[id="casuistiektafel"]')).toBeVisible()
  await filter.fill('geen-zo-woord')
  await expect(entries).toHaveCount(0)
  await expect(page.getByText(t('glossary.none'))).toBeVisible()

  // An anchor clears the filter that hides its term, then scrolls to, highlights and focuses it.
  await page.goto('/glossary#meldrecht')
  const meldrecht = page.locator('[id="meldrecht"]')
  await expect(meldrecht).toBeFocused()
  await expect(meldrecht).toBeInViewport()
  await expect(meldrecht).toHaveClass(/glossary-entry--target/)
  await expect(entries).toHaveCount(total)
})
