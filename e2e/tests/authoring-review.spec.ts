import { expect, test, type Browser, type Page } from '@playwright/test'
import { logIn, openMenu } from '../support/app'
import { escapeRegExp, ui } from '../support/ui'

/**
 * Issue #15, the authoring home, review and versions: redacteur@ (only this spec uses it) creates a case from the
 * template through the home's dialog and asks for review; recensent@ (only this spec) finds it waiting, sends it back
 * with a comment the author then reads, and publishes it after the second request; the versions list shows v1 and the
 * export downloads a zip. Two trainers saving the same draft at once meet the conflict banner, and "Load their
 * version" shows the other's text. The draft is edited as text (the Edit tab's "files as text"): the one edit path
 * that does not depend on the kind's editor.
 */
const locale = 'nl'
const t = ui(locale)
const AUTHOR = 'redacteur@demo.signaal.nl'
const REVIEWER = 'recensent@demo.signaal.nl'

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await logIn(page, email, locale)
  return page
}

/** From the header menu to the authoring home, and a new case from the template with this id; ends on its page. */
async function createCase(page: Page, id: string): Promise<string> {
  // The trainer's home has a way in too; the header menu is the one on every page.
  await expect(page.getByRole('main').getByRole('link', { name: t('authoring.homeLink'), exact: true })).toBeVisible()
  await openMenu(page)
  await page.getByRole('navigation', { name: t('app.nav.label') }).getByRole('link', { name: t('authoring.nav'), exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: t('authoring.title') })).toBeVisible()
  await page.getByRole('button', { name: t('authoring.action.newScenario'), exact: true }).first().click()
  const dialog = page.getByRole('dialog', { name: t('authoring.create.title.SCENARIO') })
  await expect(dialog).toBeVisible()
  const idField = dialog.getByLabel(t('authoring.create.id'), { exact: true })
  await expect(idField).toBeFocused()
  // The live hint says what is wrong before anything is sent.
  await idField.fill('Met Hoofdletters')
  await expect(dialog.getByText(t('authoring.create.idProblem.uppercase'))).toBeVisible()
  await idField.fill(id)
  await expect(dialog.getByText(t('authoring.create.idOk', { id }))).toBeVisible()
  await dialog.getByRole('button', { name: t('authoring.create.submit'), exact: true }).click()
  await expect(page).toHaveURL(/\/authoring\/[0-9a-f-]{36}$/)
  await expect(page.getByText(t('authoring.badge.draft'), { exact: true })).toBeVisible()
  return page.url()
}

/** The Edit tab with the files as text; the Dutch texts' field. */
async function dutchTexts(page: Page) {
  await page.getByRole('tab', { name: new RegExp(`^${escapeRegExp(t('authoring.tab.edit'))}`) }).click()
  const toggle = page.getByLabel(t('authoring.source.toggle'))
  if (!(await toggle.isChecked())) await toggle.check()
  return page.getByLabel(t('authoring.source.file', { file: 'nl.yaml' }), { exact: true })
}

/** Replaces the `title:` line of nl.yaml and waits for the save the change sets off; returns its status. */
async function retitle(page: Page, title: string): Promise<number> {
  const field = await dutchTexts(page)
  const before = await field.inputValue()
  const saved = page.waitForResponse((response) => response.request().method() === 'PUT' && /\/api\/authoring\/items\//.test(response.url()))
  await field.fill(before.replace(/^title:.*$/m, `title: ${title}`))
  return (await saved).status()
}

test('two trainers save the same draft: the second meets the conflict banner and loads the first one’s version', async ({ browser }) => {
  const author = await signedIn(browser, AUTHOR)
  const url = await createCase(author, `conflict-${Date.now()}`)
  const reviewer = await signedIn(browser, REVIEWER)
  await reviewer.goto(url)
  await expect(reviewer.getByRole('tablist', { name: t('authoring.item.tabs') })).toBeVisible()
  await dutchTexts(reviewer)

  expect(await retitle(author, 'Versie van de redacteur')).toBe(200)
  await expect(author.getByRole('status').filter({ hasText: t('authoring.save.saved') })).toBeVisible()
  await expect(author.getByRole('heading', { level: 1, name: 'Versie van de redacteur' })).toBeVisible()

  // The reviewer still has the old version: the save answers 409 and nothing of either is lost.
  expect(await retitle(reviewer, 'Versie van de recensent')).toBe(409)
  const banner = reviewer.getByRole('alert').filter({ hasText: t('authoring.conflict.title') })
  await expect(banner).toBeVisible()
  await expect(banner).toBeFocused()
  await expect(reviewer.getByRole('status').filter({ hasText: t('authoring.save.conflict') })).toBeVisible()
  await banner.getByRole('button', { name: t('authoring.conflict.loadTheirs'), exact: true }).click()
  await expect(banner).toBeHidden()
  await expect(await dutchTexts(reviewer)).toHaveValue(/title: Versie van de redacteur/)
  await expect(reviewer.getByRole('heading', { level: 1, name: 'Versie van de redacteur' })).toBeVisible()

  // Keyboard: the tabs move with the arrow keys and say which is selected.
  const editTab = reviewer.getByRole('tab', { name: new RegExp(`^${escapeRegExp(t('authoring.tab.edit'))}`) })
  await editTab.focus()
  await reviewer.keyboard.press('End')
  await expect(reviewer.getByRole('tab', { name: t('authoring.tab.versions') })).toHaveAttribute('aria-selected', 'true')
  await expect(reviewer).toHaveURL(/tab=versions/)
})

test('the list shows the new draft with its state, and the filters narrow it', async ({ browser }) => {
  const author = await signedIn(browser, AUTHOR)
  const id = `lijst-${Date.now()}`
  await createCase(author, id)
  await author.getByRole('link', { name: t('authoring.item.back') }).click()
  const row = author.getByRole('row').filter({ hasText: id })
  await expect(row).toContainText(t('authoring.badge.draft'))
  await expect(row).toContainText(t('authoring.kind.SCENARIO'))
  await author.getByLabel(t('authoring.filter.kind'), { exact: true }).selectOption('MODULE')
  await expect(row).toBeHidden()
  await author.getByLabel(t('authoring.filter.kind'), { exact: true }).selectOption('all')
  await author.getByLabel(t('authoring.filter.state'), { exact: true }).selectOption('draft')
  await expect(row).toBeVisible()
})

test('a second trainer sends the draft back with a comment, then publishes it; v1 is listed and exports as a zip', async ({ browser }) => {
  const author = await signedIn(browser, AUTHOR)
  const id = `beoordeling-${Date.now()}`
  const url = await createCase(author, id)
  const versionsTab = (page: Page) => page.getByRole('tab', { name: t('authoring.tab.versions') })

  await versionsTab(author).click()
  await author.getByRole('button', { name: t('authoring.review.ask'), exact: true }).click()
  await expect(author.getByText(t('authoring.review.asked'))).toBeVisible()
  await expect(author.getByText(t('authoring.review.waiting'))).toBeVisible()

  // The second trainer finds it waiting on the authoring home and sends it back.
  const reviewer = await signedIn(browser, REVIEWER)
  await reviewer.goto('/authoring')
  const queue = reviewer.getByRole('region', { name: t('authoring.home.queue') })
  await queue.getByRole('link').filter({ hasText: /Nieuwe casus/ }).first().click()
  await expect(reviewer).toHaveURL(/tab=versions/)
  await reviewer.getByRole('button', { name: t('authoring.review.sendBack'), exact: true }).click()
  await expect(reviewer.getByText(t('authoring.review.commentRequired')).first()).toBeVisible()
  const comment = 'Het einde is te abrupt.\nGeef de leerling nog één keuze.'
  await reviewer.getByLabel(t('authoring.review.comment')).fill(comment)
  await reviewer.getByRole('button', { name: t('authoring.review.sendBack'), exact: true }).click()
  await expect(reviewer.getByText(t('authoring.review.sentBack'))).toBeVisible()

  // The author reads the comment and asks again.
  await author.goto(`${url}?tab=versions`)
  await expect(author.getByText(t('authoring.review.commentFrom'))).toBeVisible()
  await expect(author.getByText('Het einde is te abrupt.', { exact: false })).toBeVisible()
  await author.getByRole('button', { name: t('authoring.review.ask'), exact: true }).click()
  await expect(author.getByText(t('authoring.review.asked'))).toBeVisible()

  // The reviewer reads the diff (everything new) and publishes.
  await reviewer.goto(`${url}?tab=versions`)
  await expect(reviewer.getByText(t('authoring.review.diffNew'))).toBeVisible()
  await reviewer.getByRole('button', { name: t('authoring.review.publish'), exact: true }).click()
  await expect(reviewer.getByText(t('authoring.review.published'))).toBeVisible()
  const v1 = reviewer.getByRole('row').filter({ hasText: t('authoring.versions.number', { n: 1 }) })
  await expect(v1).toContainText(t('authoring.versions.live'))
  await expect(v1).toContainText('Demo Redacteur')
  await expect(v1).toContainText('Demo Recensent')

  const download = reviewer.waitForEvent('download')
  await v1.getByRole('link', { name: t('authoring.versions.download', { n: 1 }) }).click()
  expect((await download).suggestedFilename()).toBe(`${id}-v1.zip`)

  await reviewer.goto('/authoring')
  await expect(reviewer.getByRole('row').filter({ hasText: id })).toContainText(t('authoring.badge.published', { n: 1 }))
})

test('a Twine story with a passage nobody reaches imports with problems, listed in the results table', async ({ browser }) => {
  const author = await signedIn(browser, AUTHOR)
  await author.goto('/authoring')
  await author.getByRole('button', { name: t('authoring.action.import'), exact: true }).click()
  const ifid = crypto.randomUUID().toUpperCase()
  const story = [
    ':: StoryTitle',
    `Los eiland ${Date.now()}`,
    '',
    ':: StoryData',
    JSON.stringify({ ifid, format: 'Harlowe', start: 'Start' }),
    '',
    ':: Start',
    'Je begint.',
    '[[Klaar]]',
    '',
    ':: Klaar [good]',
    'Goed gedaan.',
    '',
    ':: Eiland',
    'Hier komt niemand. [[Klaar]]',
    '',
  ].join('\n')
  await author.getByLabel(t('authoring.import.file'), { exact: true }).setInputFiles({
    name: 'los-eiland.twee',
    mimeType: 'text/plain',
    buffer: Buffer.from(story, 'utf8'),
  })
  await author.locator('#authoring-import').getByRole('button', { name: t('authoring.import.submit'), exact: true }).click()
  const results = author.locator('#authoring-import')
  await expect(results.getByRole('heading', { name: t('authoring.import.results') })).toBeVisible()
  await expect(results.getByText(t('authoring.import.status.imported-with-problems'))).toBeVisible()
  await expect(results.getByRole('table')).toContainText('Eiland')
  if (process.env.SIGNAAL_SCREENSHOTS === '1') await author.screenshot({ path: '../docs/images/authoring-import.png', fullPage: true })
})
