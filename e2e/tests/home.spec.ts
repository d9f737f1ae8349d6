import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { DEMO, logIn } from '../support/app'
import { escapeRegExp, ui } from '../support/ui'

/**
 * The home page says where to start (issue #13 item 4, docs/decisions/0032). A learner who has done nothing yet
 * (nieuw@, only this spec uses it) gets one first step as the first primary button, above the fold on a phone and
 * on a laptop; the header stays short; reminder settings live on the account page; the phone menu works by keyboard;
 * every role has its own first section. SIGNAAL_SCREENSHOTS=1 also saves docs/images/home-phone-after.png.
 */
const locale = 'nl'
const t = ui(locale)
const NEW_LEARNER = 'nieuw@demo.signaal.nl'
const SCREENSHOTS = process.env.SIGNAAL_SCREENSHOTS === '1'
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 800 },
] as const

const startsWith = (key: string) => new RegExp(`^${escapeRegExp(t(key, { title: '' }))}`)

/** The first primary (not secondary) button-styled link or button in the page content. */
const firstPrimaryButton = (page: Page) =>
  page.locator('main').locator('a.button:not(.button--secondary), button.button:not(.button--secondary)').first()

async function headerHeight(page: Page): Promise<number> {
  const box = await page.locator('header.app-header').boundingBox()
  return box?.height ?? Number.POSITIVE_INFINITY
}

for (const viewport of VIEWPORTS) {
  test(`a new learner's first primary button is the first step, above the fold (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize(viewport)
    await logIn(page, NEW_LEARNER, locale)

    const firstStep = page.getByRole('region', { name: t('home.first.begin.heading') })
    const begin = firstStep.getByRole('link', { name: startsWith('home.first.begin.button') })
    await expect(begin).toBeVisible()
    await expect(firstPrimaryButton(page)).toHaveText(await begin.innerText())
    await expect(begin).toBeInViewport({ ratio: 1 })
    const box = await begin.boundingBox()
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport.height)

    expect(await headerHeight(page)).toBeLessThanOrEqual(viewport.height * 0.12)

    // Reminder settings are not on the home page any more; cases are.
    await expect(page.getByRole('region', { name: t('reminders.settings.title') })).toHaveCount(0)
    await expect(page.getByRole('button', { name: t('reminders.settings.snooze') })).toHaveCount(0)
    await expect(page.getByRole('button', { name: t('reminders.settings.turnOff') })).toHaveCount(0)
    const cases = page.getByRole('region', { name: t('home.cases.title') })
    await expect(cases.getByRole('listitem').first()).toBeVisible()
    await expect(cases.getByRole('link', { name: t('home.cases.all') })).toHaveAttribute('href', '/practice')

    if (SCREENSHOTS && viewport.name === 'phone') {
      await page.screenshot({ path: path.resolve(__dirname, '../../docs/images/home-phone-after.png') })
    }

    // The step leads to the module it names.
    const title = (await begin.innerText()).replace(startsWith('home.first.begin.button'), '').trim()
    await begin.click()
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  })
}

test('the phone menu opens and closes by keyboard and leads to the reminder settings on the account page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await logIn(page, NEW_LEARNER, locale)

  const toggle = page.getByRole('button', { name: t('app.nav.menu') })
  const practice = page.getByRole('link', { name: t('app.nav.practice'), exact: true })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(practice).toBeHidden()

  await toggle.focus()
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(practice).toBeVisible()
  // The menu follows its button: the next Tab is its first link.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: t('app.nav.myLearning'), exact: true })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(toggle).toBeFocused()
  await expect(practice).toBeHidden()

  await page.keyboard.press('Space')
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  const account = page.getByRole('link', { name: t('account.headerLink', { name: 'Demo Nieuw' }) })
  for (let step = 0; step < 20; step++) {
    await page.keyboard.press('Tab')
    if (await account.evaluate((element) => element === document.activeElement)) break
  }
  await expect(account).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: t('account.title') })).toBeVisible()
  // Moving to another page folds the menu again.
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  expect(await headerHeight(page)).toBeLessThanOrEqual(844 * 0.12)

  const reminders = page.getByRole('region', { name: t('reminders.settings.title') })
  await reminders.getByRole('button', { name: t('reminders.settings.snooze') }).click()
  await expect(reminders.getByRole('button', { name: t('reminders.settings.turnOn') })).toBeVisible()
  await reminders.getByRole('button', { name: t('reminders.settings.turnOn') }).click()
  await expect(reminders.getByText(t('reminders.settings.on'))).toBeVisible()
  await expect(reminders.getByRole('button', { name: t('reminders.settings.turnOff') })).toBeVisible()
})

/** The first section heading on the home page, after the page title. */
const firstSectionHeading = (page: Page) => page.locator('main h2').first()

test('each demo role sees its own work first on the home page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })

  await logIn(page, DEMO.learner, locale)
  const stepHeadings = ['begin', 'continue-module', 'continue-case', 'refresh', 'next-module', 'practise'].map(
    (kind) => t(`home.first.${kind}.heading`),
  )
  await expect(firstSectionHeading(page)).toHaveText(new RegExp(`^(${stepHeadings.map(escapeRegExp).join('|')})$`))

  await page.context().clearCookies()
  await logIn(page, DEMO.attentionOfficer, locale)
  const tracks = (await (await page.request.get('/api/me/tracks?locale=nl')).json()) as { title: string }[]
  expect(tracks.length).toBeGreaterThan(0)
  await expect(firstSectionHeading(page)).toHaveText(tracks[0]?.title ?? '')
  await expect(page.locator('main h2').nth(1)).toHaveText(t('home.facilitation.title'))

  await page.context().clearCookies()
  await logIn(page, DEMO.trainer, locale)
  await expect(firstSectionHeading(page)).toHaveText(t('home.facilitation.title'))
  await expect(page.getByRole('region', { name: t('home.facilitation.title') }).getByRole('link', { name: t('home.facilitation.kits') })).toBeVisible()

  await page.context().clearCookies()
  await logIn(page, DEMO.coordinator, locale)
  await expect(firstSectionHeading(page)).toHaveText(t('home.team.title'))
  // The organisation's refresh rate (insight status), or the plain sentence asking to choose the mandatory modules first.
  const team = page.getByRole('region', { name: t('home.team.title') })
  await expect(team.getByText(/\d+\s?%/).or(team.getByText(t('insight.home.setup'), { exact: true }))).toBeVisible()

  await page.context().clearCookies()
  await logIn(page, DEMO.admin, locale)
  await expect(firstSectionHeading(page)).toHaveText(t('home.admin.title'))
  await page.getByRole('region', { name: t('home.admin.title') }).getByRole('link', { name: t('home.admin.members') }).click()
  await expect(page).toHaveURL(/\/organisation\/members$/)
})
