import { expect, test } from '@playwright/test'
import { DEMO, DEMO_PASSWORD, logIn } from '../support/app'
import { ui } from '../support/ui'

test('after logging out the login link shows and a deep link asks to log in first', async ({ page }) => {
  const t = ui('nl')
  await logIn(page, DEMO.learner, 'nl')

  await page.getByRole('button', { name: t('app.logout') }).click()
  await expect(page.getByRole('banner').getByRole('link', { name: t('app.login'), exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: t('app.logout') })).toHaveCount(0)

  await page.goto('/learn/signalen-herkennen')
  await expect(page).toHaveURL((url) => url.pathname === '/login' && url.searchParams.get('redirect') === '/learn/signalen-herkennen')
  await expect(page.getByRole('heading', { level: 1, name: t('auth.login.title') })).toBeVisible()

  // Logging in again goes back to the page that was asked for.
  await page.getByLabel(t('auth.field.email'), { exact: true }).fill(DEMO.learner)
  await page.getByLabel(t('auth.field.password'), { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: t('auth.login.submit'), exact: true }).click()
  await expect(page).toHaveURL(/\/learn\/signalen-herkennen$/)
})

test('wrong credentials are refused with a message', async ({ page }) => {
  const t = ui('nl')
  await page.goto('/login')
  await page.getByLabel(t('auth.field.email'), { exact: true }).fill(DEMO.learner)
  await page.getByLabel(t('auth.field.password'), { exact: true }).fill('not-the-password')
  await page.getByRole('button', { name: t('auth.login.submit'), exact: true }).click()
  await expect(page.getByRole('alert')).toHaveText(t('auth.login.wrongCredentials'))
})

test('an anonymous first load asks who is signed in without an error in the console', async ({ page }) => {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  const t = ui('nl')

  for (const address of ['/', '/login']) {
    const me = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/me')
    await page.goto(address)
    expect((await me).status(), 'anonymous is an answer, not an error').toBe(204)
    await expect(page.getByRole('banner').getByRole('link', { name: t('app.login'), exact: true })).toBeVisible()
    await page.waitForLoadState('networkidle')
  }
  expect(errors).toEqual([])
})

test('the header notices are fetched once on a first load', async ({ page }) => {
  await logIn(page, DEMO.learner, 'nl')
  const noticeRequests: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/me/notices') noticeRequests.push(request.url())
  })
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: ui('nl')('learning.home.title') })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(noticeRequests).toHaveLength(1)
})
