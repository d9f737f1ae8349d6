import { expect, test, type Page } from '@playwright/test'
import { horizontalOverflow, logIn } from '../support/app'
import { ui } from '../support/ui'

// The scenario editor (issue 15, au-ui-scenario): a trainer builds on a new draft, sees the server's check at the
// field it concerns and fixes it. Uses the demo author's account (auteur@demo.signaal.nl), as the other authoring specs.
const AUTHOR = 'auteur@demo.signaal.nl'
const t = ui('nl')

async function newScenario(page: Page): Promise<string> {
  const me = (await (await page.request.get('/api/me')).json()) as { csrfToken: string }
  const created = await page.request.post('/api/authoring/items', {
    headers: { 'X-CSRF-Token': me.csrfToken },
    data: { kind: 'SCENARIO', contentId: `e2e-editor-${Date.now()}` },
  })
  expect(created.status()).toBe(201)
  return ((await created.json()) as { id: string }).id
}

test('a node and a choice are added; an unknown variable shows at its field until it is declared', async ({ page }) => {
  await logIn(page, AUTHOR, 'nl')
  await page.goto(`/authoring/${await newScenario(page)}`)

  const nodeList = page.getByRole('navigation', { name: t('authoringScenario.nodes.label') })
  await expect(nodeList.getByRole('button', { name: /^begin/ })).toBeVisible()
  await expect(page.locator('.vue-flow__node[data-id="begin"]')).toBeVisible()

  // Add a scene: it is selected and its form opens; give it a choice (it leads back to the first node).
  await nodeList.getByRole('button', { name: t('authoringScenario.nodes.addScene') }).click()
  await expect(page.getByRole('heading', { name: t('authoringScenario.node.sceneTitle', { id: 'scene' }) })).toBeVisible()
  await page.getByRole('button', { name: t('authoringScenario.choice.add') }).click()
  await expect(page.getByRole('group', { name: t('authoringScenario.choice.legend', { number: 1, id: 'keuze' }) })).toBeVisible()

  // A condition on a variable that is not declared: after the autosave the server's error sits at that field.
  const condition = page.getByLabel(t('authoringScenario.choice.condition'), { exact: true })
  await condition.fill('not urgent')
  await expect(page.getByText(t('authoring.save.saved'), { exact: true })).toBeVisible()
  await expect(condition).toHaveAttribute('aria-invalid', 'true')
  const problemId = await condition.getAttribute('aria-describedby')
  const problem = page.locator(`[id="${problemId}"]`)
  await expect(problem).toContainText('urgent')
  // The offending spot is marked inside the expression (the name starts at character 5).
  await expect(problem.locator('mark')).toHaveText('u')
  await expect(page.locator('.vue-flow__node[data-id="scene"] .graph-node__problems')).toBeVisible()

  // The problem list leads to the field as well.
  await page.getByRole('button', { name: /urgent/ }).first().click()
  await expect(condition).toBeFocused()

  // Declaring the variable fixes it.
  await page.getByLabel(t('authoringScenario.variables.newName')).fill('urgent')
  await page.getByRole('button', { name: t('authoringScenario.variables.add') }).click()
  await expect(page.getByText(t('authoring.save.saved'), { exact: true })).toBeVisible()
  await expect(condition).not.toHaveAttribute('aria-invalid', 'true')
  await expect(problem).toHaveCount(0)

  // The graph shows the new node with its choice to the ending.
  await expect(page.locator('.vue-flow__node[data-id="scene"]')).toBeVisible()
  await expect(page.locator('.vue-flow__edge')).toHaveCount(3)
})

test('the preview shows a node with chosen values, greys out unavailable choices and follows a choice', async ({ page }) => {
  await logIn(page, AUTHOR, 'nl')
  await page.goto(`/authoring/${await newScenario(page)}`)
  await page.getByRole('button', { name: t('authoringScenario.preview.show') }).click()
  await expect(page.getByRole('button', { name: 'Vraag wat voor klusjes het zijn.' })).toBeEnabled()
  await page.getByRole('button', { name: 'Vraag wat voor klusjes het zijn.' }).click()
  await expect(page.getByText('Goed. Doorvragen helpt je signalen te zien.')).toBeVisible()
  await page.getByRole('button', { name: t('authoringScenario.preview.restart') }).click()
})

test('the case panel changes the title and a competency; both are saved and there after a reload', async ({ page }) => {
  await logIn(page, AUTHOR, 'nl')
  await page.goto(`/authoring/${await newScenario(page)}`)

  // The case panel is a disclosure above the graph, opened from the keyboard.
  const summary = page.locator('.case-panel > summary')
  await summary.focus()
  await page.keyboard.press('Enter')
  const title = page.getByLabel(t('authoringCase.field.title'), { exact: true })
  await expect(title).toHaveValue('Nieuwe casus')
  await title.fill('Klusjes voor een oudere jongen')
  const safety = page.getByRole('checkbox', { name: t('common.competency.safety'), exact: true })
  await expect(safety).not.toBeChecked()
  await safety.check()
  await expect(page.getByText(t('authoring.save.saved'), { exact: true })).toBeVisible()

  await page.reload()
  await page.locator('.case-panel > summary').click()
  await expect(page.getByLabel(t('authoringCase.field.title'), { exact: true })).toHaveValue('Klusjes voor een oudere jongen')
  await expect(page.getByRole('checkbox', { name: t('common.competency.safety'), exact: true })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: t('common.competency.signal-recognition'), exact: true })).toBeChecked()
  // The new competency has its own place for lessons to read again.
  await expect(page.getByLabel(t('authoringCase.readAgain.label', { competency: t('common.competency.safety') }))).toBeVisible()
})

test('on a phone in Arabic the editor fits the screen: wide parts scroll inside their column', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  await logIn(page, AUTHOR, 'ar')
  await page.goto(`/authoring/${await newScenario(page)}`)
  await expect(page.locator('.vue-flow__node[data-id="begin"]')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  expect(await horizontalOverflow(page)).toBe(0)
  await context.close()
})
