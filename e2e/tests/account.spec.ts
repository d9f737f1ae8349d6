import { expect, test } from '@playwright/test'
import { chooseLanguage, DEMO_PASSWORD, openMenu } from '../support/app'
import { linkIn, waitForMailTo } from '../support/mail'
import { inAnyLocale, ui, type Locale } from '../support/ui'

/**
 * A user's own account, with a demo account no other spec uses (its password and name change here):
 * a forgotten password reset through a real e-mail caught by the SMTP catcher, then the account page.
 */
const ACCOUNT = 'profiel@demo.signaal.nl'
const NEW_PASSWORD = 'zeven groene kikkers op de dijk'
const locale: Locale = 'en'
const t = ui(locale)

test.describe.configure({ mode: 'serial' })

test('a forgotten password is reset with the link from the e-mail, which logs in', async ({ page, baseURL }) => {
  await page.goto('/login')
  await chooseLanguage(page, locale)
  await page.getByRole('link', { name: t('account.forgot.link') }).click()
  await expect(page.getByRole('heading', { level: 1, name: t('account.forgot.title') })).toBeVisible()
  await page.getByLabel(t('auth.field.email'), { exact: true }).fill(ACCOUNT)
  await page.getByRole('button', { name: t('account.forgot.submit') }).click()
  await expect(page.getByText(t('account.forgot.sent', { email: ACCOUNT }))).toBeVisible()

  const mail = await waitForMailTo(ACCOUNT, 15_000)
  // The demo accounts speak Dutch: the mail is in the user's language, not the page's.
  expect(mail.headers.subject).toBe('Nieuw wachtwoord voor Signaal')
  await page.goto(linkIn(mail.body, `${baseURL}/reset-password?token=`))
  await chooseLanguage(page, locale)
  await expect(page.getByRole('heading', { level: 1, name: t('account.reset.title') })).toBeVisible()

  const newPassword = page.getByLabel(t('account.field.newPassword'), { exact: true })
  await newPassword.fill('welkom123456')
  await page.getByRole('button', { name: t('account.reset.submit') }).click()
  await expect(page.getByText(t('account.rules.guessable'))).toBeVisible()
  await expect(newPassword).toHaveAttribute('aria-invalid', 'true')
  await expect(newPassword).toBeFocused()

  await newPassword.fill(NEW_PASSWORD)
  await page.getByRole('button', { name: t('account.reset.submit') }).click()
  // Logged in now, so the page speaks the user's saved language (the demo's Dutch) until we pick English again.
  await expect(page.getByRole('heading', { level: 1, name: inAnyLocale('account.title') })).toBeVisible()
  await chooseLanguage(page, locale)
  await expect(page.getByText(t('account.reset.done'))).toBeVisible()

  await page.getByRole('button', { name: inAnyLocale('app.logout') }).click()
  await page.goto('/login')
  await page.getByLabel(t('auth.field.email'), { exact: true }).fill(ACCOUNT)
  await page.getByLabel(t('auth.field.password'), { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: t('auth.login.submit'), exact: true }).click()
  await expect(page.getByText(t('auth.login.wrongCredentials'))).toBeVisible()
  await page.getByLabel(t('auth.field.password'), { exact: true }).fill(NEW_PASSWORD)
  await page.getByRole('button', { name: t('auth.login.submit'), exact: true }).click()
  await expect(page.getByRole('button', { name: inAnyLocale('app.logout') })).toBeVisible()
})

test('the account page, reached from the header, changes the name; it fits 390 px in Arabic', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/login')
  await chooseLanguage(page, locale)
  await page.getByLabel(t('auth.field.email'), { exact: true }).fill(ACCOUNT)
  await page.getByLabel(t('auth.field.password'), { exact: true }).fill(NEW_PASSWORD)
  await page.getByRole('button', { name: t('auth.login.submit'), exact: true }).click()
  // Wait for the way home first: a route change folds the header menu, so opened earlier it can close again
  // (seen once on a loaded machine).
  await expect(page).not.toHaveURL(/\/login/)
  await chooseLanguage(page, locale)

  // At 390 px the account link is in the folded header menu (decision 0032).
  await openMenu(page)
  await page.getByRole('link', { name: t('account.headerLink', { name: 'Demo Profiel' }) }).click()
  await expect(page.getByRole('heading', { level: 1, name: t('account.title') })).toBeVisible()
  const name = page.getByLabel(t('auth.field.displayName'), { exact: true })
  await name.fill('  Profiel   van Demo ')
  await name.press('Enter')
  await expect(page.getByText(t('account.profile.saved'), { exact: true })).toBeVisible()
  await expect(name).toHaveValue('Profiel van Demo')
  await openMenu(page)
  await expect(page.getByRole('link', { name: t('account.headerLink', { name: 'Profiel van Demo' }) })).toBeVisible()

  await chooseLanguage(page, 'ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('heading', { level: 1, name: ui('ar')('account.title') })).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
})
