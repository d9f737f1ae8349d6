import { expect, test, type Page } from '@playwright/test'
import { DEMO, logIn } from '../support/app'
import { readDecisionPoint } from '../support/practice'
import { normalise } from '../support/refreshers'
import { ui, type Locale } from '../support/ui'

interface SessionItem {
  id: string
  type: string
  options: { id: string }[]
  answered: boolean
}

/**
 * Starts refreshers through /refresh until one holds a decision point. Every fifth session of a
 * learner has one (docs/refreshers.md), so at most five starts, however many sessions the account
 * had before.
 */
async function sessionWithDecisionPoint(page: Page): Promise<{ id: string; items: SessionItem[] }> {
  for (let start = 1; start <= 5; start++) {
    await page.goto('/refresh')
    await expect(page).toHaveURL(/\/refresh\/[^/]+$/)
    const id = page.url().split('/').pop() ?? ''
    const session = (await (await page.request.get(`/api/refresher-sessions/${id}`)).json()) as { items: SessionItem[] }
    if (session.items.some((item) => item.type === 'decision')) return { id, items: session.items }
  }
  throw new Error('five sessions in a row without a decision point')
}

test('a refresher asks a decision point from a case and explains the better choice', async ({ page }) => {
  const locale: Locale = 'nl'
  const t = ui(locale)
  // The demo trainer practises too; no other spec uses this account, so the answers here leave alone
  // the module statuses refresher.spec.ts checks (the demo learner, and the attention officer's notice).
  await logIn(page, DEMO.trainer, locale)

  const session = await sessionWithDecisionPoint(page)
  const total = session.items.length
  const index = session.items.findIndex((item) => item.type === 'decision')
  expect(index, 'the decision point takes the last place').toBe(total - 1)
  const decisionKey = session.items[index]?.id ?? ''
  const decision = readDecisionPoint(decisionKey, locale)

  // The items before it are answered through the API (refresher.spec.ts answers items in the page).
  const me = (await (await page.request.get('/api/me')).json()) as { csrfToken: string }
  for (const item of session.items.slice(0, index)) {
    const answered = await page.request.post(`/api/refresher-sessions/${session.id}/answers`, {
      headers: { 'X-CSRF-Token': me.csrfToken },
      data: { clientAnswerId: crypto.randomUUID(), itemId: item.id, optionIds: [item.options[0]?.id] },
    })
    expect(answered.status()).toBe(200)
  }

  const memoryOf = async (competency: string) => {
    const memory = (await (await page.request.get('/api/me/refreshers')).json()) as {
      competencies: { competency: string; retrievability: number; dueAt: string }[]
    }
    return memory.competencies.find((entry) => entry.competency === competency) ?? null
  }
  const before = await memoryOf(decision.competency)

  // Reloaded, the page goes on at the decision point: the case, then the choices.
  await page.reload()
  const position = t('refresher.session.position', { number: total, total })
  await expect(page.getByRole('heading', { level: 2, name: position })).toBeVisible()
  const caseFigure = page.locator('figure.decision-case')
  await expect(caseFigure.locator('figcaption')).toHaveText(t('practice.decision.fromCase', { title: decision.title }))
  // The scene's Markdown as the page shows it: links (glossary terms) keep only their text, no emphasis marks.
  const firstParagraph = normalise(decision.text.split('\n\n')[0] ?? '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_]/g, '')
  await expect(caseFigure).toContainText(firstParagraph)

  const group = page.getByRole('group', { name: t('practice.decision.prompt') })
  const radios = group.getByRole('radio')
  await expect(radios).toHaveCount(decision.choices.length)
  for (const choice of decision.choices) {
    await expect(group.getByLabel(choice.text, { exact: true })).toHaveAttribute('value', choice.id)
  }
  // The choices come in this session's shuffled order (decision 0020), the same after the reload.
  const shown: string[] = []
  for (let number = 0; number < decision.choices.length; number++) {
    shown.push((await radios.nth(number).getAttribute('value')) ?? '')
  }
  expect([...shown].sort()).toEqual(decision.choices.map((choice) => choice.id).sort())

  // By keyboard: Space picks the first choice, the arrow keys move on to another than the recommended one.
  const other = shown.findIndex((id) => id !== decision.recommended)
  const chosen = decision.choices.find((choice) => choice.id === shown[other])
  const better = decision.choices.find((choice) => choice.id === decision.recommended)
  if (!chosen || !better) throw new Error(`${decisionKey} needs a recommended and another choice`)
  await radios.first().focus()
  await page.keyboard.press('Space')
  for (let step = 0; step < other; step++) await page.keyboard.press('ArrowDown')
  await expect(radios.nth(other)).toBeChecked()
  await page.keyboard.press('Tab')
  const submit = page.getByRole('button', { name: t('refresher.session.submit') })
  await expect(submit).toBeFocused()
  await page.keyboard.press('Enter')

  const feedback = page.getByRole('status').filter({ hasText: t('practice.decision.notBest') })
  await expect(feedback).toBeVisible()
  await expect(feedback).toContainText(t('practice.decision.betterWas', { answer: better.text }))
  await expect(feedback).toContainText(normalise(chosen.feedback))
  await expect(feedback).toContainText(t('practice.decision.whyBetter'))
  await expect(feedback).toContainText(normalise(better.feedback))

  const toSummary = page.getByRole('button', { name: t('refresher.session.toSummary') })
  await expect(toSummary).toBeFocused()
  await toSummary.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: t('refresher.summary.title') })).toBeFocused()

  // The answer counts for the memory of the decision point's competency: practised just now, so it
  // has a new due date (the items before may have practised it too, a moment earlier).
  const after = await memoryOf(decision.competency)
  expect(after?.retrievability).toBeGreaterThan(0.99)
  expect(after?.dueAt).not.toBe(before?.dueAt)
})
