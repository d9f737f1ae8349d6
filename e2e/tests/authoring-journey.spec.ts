import { expect, test, type Browser, type Page } from '@playwright/test'
import { logIn, openMenu } from '../support/app'
import { escapeRegExp, ui } from '../support/ui'

/**
 * Issue #15 end to end: bouwer@ (a trainer, only this spec) builds a small case from the template in the browser —
 * three nodes, a new variable and a condition on a choice —, meets the server's error at the condition, fixes it by
 * declaring the variable, previews it as a learner with the variable set (the conditional choice greyed out), and
 * asks for review; keurder@
 * (a second trainer, only this spec) publishes it; speler@ (a learner, only this spec) finds it among the cases at
 * once and plays it to its good ending. SIGNAAL_SCREENSHOTS=1 saves docs/images/authoring-{editor,review}.png.
 */
const locale = 'nl'
const t = ui(locale)
const BUILDER = 'bouwer@demo.signaal.nl'
const REVIEWER = 'keurder@demo.signaal.nl'
const LEARNER = 'speler@demo.signaal.nl'
const SCREENSHOTS = process.env.SIGNAAL_SCREENSHOTS === '1'

test.setTimeout(240_000)

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  await logIn(page, email, locale)
  return page
}

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: t('authoring.save.saved') })).toBeVisible()

test('a trainer builds a case, a second trainer publishes it, a learner plays it', async ({ browser }) => {
  const stamp = Date.now()
  const id = `reis-${stamp}`
  const title = `Klusjes voor Sam ${stamp}`

  // 1. A new case from the authoring home.
  const builder = await signedIn(browser, BUILDER)
  await openMenu(builder)
  await builder.getByRole('navigation', { name: t('app.nav.label') }).getByRole('link', { name: t('authoring.nav'), exact: true }).click()
  await builder.getByRole('button', { name: t('authoring.action.newScenario'), exact: true }).first().click()
  const dialog = builder.getByRole('dialog', { name: t('authoring.create.title.SCENARIO') })
  await dialog.getByLabel(t('authoring.create.id'), { exact: true }).fill(id)
  await dialog.getByRole('button', { name: t('authoring.create.submit'), exact: true }).click()
  await expect(builder).toHaveURL(/\/authoring\/[0-9a-f-]{36}$/)
  const itemUrl = builder.url()

  // 2. Its own title, written in the Dutch file as text.
  await builder.getByLabel(t('authoring.source.toggle')).check()
  const dutch = builder.getByLabel(t('authoring.source.file', { file: 'nl.yaml' }), { exact: true })
  await dutch.fill((await dutch.inputValue()).replace(/^title: .*$/m, `title: ${title}`))
  await saved(builder)
  await builder.getByLabel(t('authoring.source.toggle')).uncheck()

  // 3. The graph: three nodes. A condition on a variable that does not exist yet shows the server's error there.
  const nodeList = builder.getByRole('navigation', { name: t('authoringScenario.nodes.label') })
  for (const node of ['begin', 'goed', 'afgewacht']) {
    await expect(builder.locator(`.vue-flow__node[data-id="${node}"]`)).toBeVisible()
  }
  await nodeList.getByRole('button', { name: /^begin/ }).click()
  const waiting = builder.getByRole('group', { name: t('authoringScenario.choice.legend', { number: 2, id: 'afwachten' }) })
  const condition = waiting.getByLabel(t('authoringScenario.choice.condition'), { exact: true })
  await condition.fill('not geduld')
  await saved(builder)
  await expect(condition).toHaveAttribute('aria-invalid', 'true')
  await expect(builder.locator(`[id="${await condition.getAttribute('aria-describedby')}"]`)).toContainText('geduld')

  // 4. Declaring the variable fixes it.
  await builder.getByLabel(t('authoringScenario.variables.newName')).fill('geduld')
  await builder.getByRole('button', { name: t('authoringScenario.variables.add') }).click()
  await saved(builder)
  await expect(condition).not.toHaveAttribute('aria-invalid', 'true')
  await expect(builder.locator('.vue-flow__edge')).toHaveCount(2)
  if (SCREENSHOTS) await builder.screenshot({ path: '../docs/images/authoring-editor.png', fullPage: true })

  // 5. Preview as a learner: with geduld set the conditional choice is greyed out, with the reason.
  await builder.getByLabel('geduld', { exact: true }).check()
  await builder.getByRole('button', { name: t('authoringScenario.preview.show') }).click()
  await expect(builder.getByRole('button', { name: 'Zeg dat het vast wel meevalt.' })).toBeDisabled()
  await expect(builder.getByText(t('authoringScenario.preview.unavailable', { reason: 'not geduld' }))).toBeVisible()
  await builder.getByRole('button', { name: 'Vraag wat voor klusjes het zijn.' }).click()
  await expect(builder.getByText('Goed. Doorvragen helpt je signalen te zien.')).toBeVisible()

  // 6. Ask for review.
  await builder.getByRole('tab', { name: t('authoring.tab.versions') }).click()
  await builder.getByRole('button', { name: t('authoring.review.ask'), exact: true }).click()
  await expect(builder.getByText(t('authoring.review.asked'))).toBeVisible()

  // 7. A second trainer reads the changes and publishes.
  const reviewer = await signedIn(browser, REVIEWER)
  await reviewer.goto(`${itemUrl}?tab=versions`)
  await expect(reviewer.getByText(t('authoring.review.diffNew'))).toBeVisible()
  if (SCREENSHOTS) await reviewer.screenshot({ path: '../docs/images/authoring-review.png', fullPage: true })
  await reviewer.getByRole('button', { name: t('authoring.review.publish'), exact: true }).click()
  await expect(reviewer.getByText(t('authoring.review.published'))).toBeVisible()

  // 8. A learner finds it among the cases at once and plays it to the good ending.
  const learner = await signedIn(browser, LEARNER)
  await learner.goto('/practice')
  const card = learner.getByRole('article', { name: title })
  await card.getByRole('button', { name: t('simulation.card.actionFor', { action: t('simulation.card.start'), title }) }).click()
  await expect(learner).toHaveURL(/\/practice\/runs\/[^/]+$/)
  await expect(learner.getByRole('button', { name: 'Zeg dat het vast wel meevalt.', exact: true })).toBeVisible()
  await learner.getByRole('button', { name: 'Vraag wat voor klusjes het zijn.', exact: true }).click()
  await expect(learner.getByText('Goed. Doorvragen helpt je signalen te zien.', { exact: true })).toBeVisible()
  await learner.getByRole('button', { name: t('simulation.player.continue'), exact: true }).click()
  await expect(learner.getByText(new RegExp(escapeRegExp('Sam vertelt meer.')))).toBeVisible()
})
