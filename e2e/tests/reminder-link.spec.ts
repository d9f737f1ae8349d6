import { expect, test } from '@playwright/test'
import { chooseLanguage, DEMO_PASSWORD } from '../support/app'
import { linkIn, waitForMailTo, type Mail } from '../support/mail'
import { findRefresherItem, readRefresherBank } from '../support/refreshers'
import { ui, type Locale } from '../support/ui'

/**
 * A real reminder e-mail, end to end: the packaged app's reminder job (every few seconds in this run) sends the
 * demo learner who passed a module two months ago a digest through SMTP to the catcher that playwright.config.ts
 * starts. Its links are followed as a learner would: anonymous, through the login page, into a micro-refresher;
 * and the snooze link's page, which asks before it changes anything.
 */
const LEARNER = 'herhaler@demo.signaal.nl'
const locale: Locale = 'nl'
const t = ui(locale)
/** The words before a date placeholder, to find a text whose date depends on today. */
const before = (key: string) => (t(key).split('{date}')[0] ?? '').trim()

let mail: Mail

test.beforeAll(async () => {
  mail = await waitForMailTo(LEARNER)
})

test('the reminder e-mail carries signed links and RFC 8058 one-click headers', async ({ baseURL }) => {
  expect(mail.headers.subject).toBe('Tijd voor een korte opfrisser')
  expect(mail.headers['list-unsubscribe']).toMatch(new RegExp(`^<${baseURL}/api/reminder-links/[\\w.-]+>$`))
  expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
  expect(linkIn(mail.body, `${baseURL}/refresh?link=`)).toMatch(/link=[\w-]+\.[\w-]+$/)
})

test('an anonymous visitor follows the reminder link, logs in and answers a refresher question', async ({
  page,
  baseURL,
}) => {
  await page.goto(linkIn(mail.body, `${baseURL}/refresh?link=`))

  // Not signed in: the login page, which will bring the learner back to the link.
  await expect(page).toHaveURL(/\/login\?redirect=/)
  await chooseLanguage(page, locale)
  await page.getByLabel(t('auth.field.email'), { exact: true }).fill(LEARNER)
  await page.getByLabel(t('auth.field.password'), { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: t('auth.login.submit'), exact: true }).click()

  await expect(page).toHaveURL(/\/refresh\/[0-9a-f-]{36}$/)
  await expect(page.getByRole('heading', { level: 1, name: t('refresher.session.title') })).toBeVisible()
  const progress = page.getByRole('progressbar', { name: t('refresher.session.progressLabel') })
  const total = Number(await progress.getAttribute('aria-valuemax'))
  await expect(
    page.getByRole('heading', { level: 2, name: t('refresher.session.position', { number: 1, total }) }),
  ).toBeVisible()

  const group = page.locator('.refresher-item').getByRole('group')
  const prompt = await group.locator('legend').innerText()
  const caseText = page.locator('.refresher-item blockquote')
  const vignette = (await caseText.count()) > 0 ? await caseText.innerText() : null
  const item = findRefresherItem(readRefresherBank(locale), prompt, vignette, await group.locator('label').allInnerTexts())
  for (const optionId of item.correct) await group.locator(`input[value="${optionId}"]`).check()
  await page.getByRole('button', { name: t('refresher.session.submit') }).click()

  await expect(page.getByRole('status').filter({ hasText: t('refresher.session.right') })).toBeVisible()
})

test('the snooze link asks first, snoozes on the click, and a second visit says it is already done', async ({
  page,
  baseURL,
}) => {
  const snooze = linkIn(mail.body.split('\n').find((line) => line.startsWith('Geen tijd?')) ?? '', `${baseURL}/reminders/`)

  await page.goto('/')
  await chooseLanguage(page, locale)
  await page.goto(snooze)
  await expect(page.getByRole('heading', { level: 1, name: t('reminders.link.title') })).toBeVisible()
  await expect(page.getByText(t('reminders.link.snoozeAsk'))).toBeVisible()
  // Opening the page (what a mail scanner does) changed nothing yet.
  const unchanged = await page.request.get(snooze.replace('/reminders/', '/api/reminder-links/'), {
    headers: { Accept: 'application/json' },
  })
  expect((await unchanged.json()).done).toBe(false)

  await page.getByRole('button', { name: t('reminders.link.snoozeButton') }).click()
  const done = page.getByRole('status').filter({ hasText: t('reminders.link.undoHint') })
  await expect(done).toBeFocused()
  await expect(done).toContainText(before('reminders.link.snoozed'))

  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: before('reminders.link.snoozedAlready') })).toBeVisible()
  await expect(page.getByRole('button', { name: t('reminders.link.snoozeButton') })).toHaveCount(0)
})

test('a signed-in learner sees the snooze on My account and turns reminders back on', async ({ page }) => {
  await page.goto('/login')
  await chooseLanguage(page, locale)
  await page.getByLabel(t('auth.field.email'), { exact: true }).fill(LEARNER)
  await page.getByLabel(t('auth.field.password'), { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: t('auth.login.submit'), exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: t('learning.home.title') })).toBeVisible()
  // Reminder settings moved from the home page to the account page, behind the name in the header (decision 0032).
  await expect(page.getByRole('region', { name: t('reminders.settings.title') })).toHaveCount(0)
  await page.getByRole('link', { name: t('account.headerLink', { name: 'Demo Herhaler' }) }).click()
  await expect(page.getByRole('heading', { level: 1, name: t('account.title') })).toBeVisible()

  const panel = page.getByRole('region', { name: t('reminders.settings.title') })
  await expect(panel.getByText(before('reminders.settings.snoozed'))).toBeVisible()
  await panel.getByRole('button', { name: t('reminders.settings.turnOn') }).click()
  await expect(panel.getByText(t('reminders.settings.on'))).toBeVisible()
  await expect(panel.getByRole('button', { name: t('reminders.settings.turnOff') })).toBeVisible()
})

test('a forged link gets a friendly page, not an error screen', async ({ page }) => {
  await page.goto('/')
  await chooseLanguage(page, locale)
  await page.goto('/reminders/not.a-real-link')
  await expect(page.getByRole('alert')).toHaveText(t('reminders.link.invalid'))
})
