import { expect, test, type Page } from '@playwright/test'
import { DEMO, logIn } from '../support/app'
import { readModule } from '../support/content'
import { ui } from '../support/ui'

const t = ui('nl')

/** A not-found page: its own h1, a way home, and no retry button (asking again cannot help). */
async function expectNotFound(page: Page, heading: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: t('app.notFound.home') })).toBeVisible()
  await expect(page.getByRole('button', { name: t('common.action.retry') })).toHaveCount(0)
  await expect(page.getByText(t('common.error.unexpected'))).toHaveCount(0)
}

test.beforeEach(async ({ page }) => {
  // Viewing only: no run, attempt or record is made.
  await logIn(page, DEMO.learner, 'nl')
})

test('a malformed or unknown run address shows a not-found page', async ({ page }) => {
  for (const address of ['/practice/runs/garbage', '/practice/runs/00000000-0000-0000-0000-000000000000']) {
    await page.goto(address)
    await expectNotFound(page, t('simulation.player.notFound'))
  }
  await page.goto('/practice/runs/garbage/debrief')
  await expectNotFound(page, t('simulation.debrief.notFound'))
})

test('an unknown address shows the not-found page with a way home', async ({ page }) => {
  await page.goto('/simulations/buurtteam-tikkies/runs/garbage')
  await expectNotFound(page, t('app.notFound.title'))
  await page.getByRole('main').getByRole('link', { name: t('app.notFound.home') }).click()
  await expect(page.getByRole('heading', { level: 1, name: t('learning.home.title') })).toBeVisible()
})

test('the check of an unknown module is not found; a module without a check says it has none', async ({ page }) => {
  await page.goto('/learn/no-such-module/check')
  await expectNotFound(page, t('learning.module.notFound'))

  // Every shipped module has a check (docs/content-format.md), so the server's answer for one without is staged.
  const module = readModule('wat-is-criminele-uitbuiting', 'nl')
  await page.route(`**/api/modules/${module.id}/check?**`, (route) =>
    route.fulfill({
      status: 404,
      contentType: 'application/problem+json',
      body: JSON.stringify({ status: 404, title: 'Not Found' }),
    }),
  )
  await page.goto(`/learn/${module.id}/check`)
  await expect(page.getByRole('heading', { level: 1, name: t('learning.check.titleFor', { title: module.title }) })).toBeVisible()
  await expect(page.getByText(t('learning.check.notFound'), { exact: true })).toBeVisible()
  await expect(page.getByText(t('learning.module.notFound'))).toHaveCount(0)
})
