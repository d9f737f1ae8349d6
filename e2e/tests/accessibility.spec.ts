import { expect, test } from '@playwright/test'
import { DEMO, DEMO_PASSWORD, hasVisibleFocus, horizontalOverflow, logIn, openMenu } from '../support/app'
import { readModule } from '../support/content'
import { inAnyLocale, ui } from '../support/ui'

test('the login form works with the keyboard alone', async ({ page }) => {
  const t = ui('nl')
  await page.goto('/login')
  // Start once the app has loaded (lazy route, session check), as a person would.
  await page.waitForLoadState('networkidle')

  await page.keyboard.press('Tab')
  const skipLink = page.getByRole('link', { name: t('app.skipLink') })
  await expect(skipLink).toBeFocused()
  expect(await hasVisibleFocus(skipLink)).toBe(true)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()

  await page.keyboard.press('Tab')
  await expect(page.getByLabel(t('auth.field.email'), { exact: true })).toBeFocused()
  await page.keyboard.type(DEMO.learner)
  await page.keyboard.press('Tab')
  await expect(page.getByLabel(t('auth.field.password'), { exact: true })).toBeFocused()
  await page.keyboard.type(DEMO_PASSWORD)
  await page.keyboard.press('Tab')
  // The way back in for someone who forgot the password comes right after the field it is about.
  const forgot = page.getByRole('link', { name: t('account.forgot.link') })
  await expect(forgot).toBeFocused()
  expect(await hasVisibleFocus(forgot)).toBe(true)
  await page.keyboard.press('Tab')
  const submit = page.getByRole('button', { name: t('auth.login.submit'), exact: true })
  await expect(submit).toBeFocused()
  expect(await hasVisibleFocus(submit)).toBe(true)
  await page.keyboard.press('Enter')

  await expect(page.getByRole('button', { name: inAnyLocale('app.logout') })).toBeVisible()
  await expect(page).toHaveURL(/\/$/)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('My learning fits the screen without horizontal scrolling', async ({ page }) => {
    const t = ui('nl')
    await logIn(page, DEMO.learner, 'nl')
    const module = readModule('wat-is-criminele-uitbuiting', 'nl')
    await expect(page.getByRole('article', { name: module.title })).toBeVisible()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    // The header folds its menu on a phone (decision 0032); unfolded, logging out is within reach.
    await openMenu(page)
    await expect(page.getByRole('button', { name: t('app.logout') })).toBeInViewport()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)

    const lesson = module.lessons[0]
    await page.goto(`/learn/${module.id}/lessons/${lesson?.id ?? ''}`)
    await expect(page.getByRole('heading', { level: 1, name: lesson?.title })).toBeVisible()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
  })
})
