import { expect, test } from '@playwright/test'
import { DEMO, logIn } from '../support/app'
import { ui } from '../support/ui'

/**
 * The demo attention officer opens a case's trainer kit from the menu and checks what printing gives: the case cards
 * without the navigation. Only viewing: no records change.
 */
const locale = 'nl'
const t = ui(locale)

test('a facilitator opens a trainer kit, and the printed page is the cards without the navigation', async ({ page }) => {
  await logIn(page, DEMO.attentionOfficer, locale)
  const nav = page.getByRole('navigation', { name: t('app.nav.label') })
  await nav.getByRole('link', { name: t('trainerKit.nav') }).click()
  await expect(page.getByRole('heading', { level: 1, name: t('trainerKit.list.title') })).toBeVisible()

  await page.getByRole('link', { name: 'Om half vijf thuis' }).click()
  await expect(page.getByRole('heading', { level: 1, name: t('trainerKit.kit.title', { title: 'Om half vijf thuis' }) })).toBeVisible()
  await expect(page.getByRole('button', { name: t('trainerKit.kit.print') })).toBeVisible()
  const cards = page.getByTestId('kit-card')
  await expect(cards.first()).toContainText('Maandagochtend, overdracht.')
  expect(await cards.count()).toBeGreaterThan(5)

  await page.emulateMedia({ media: 'print' })
  await expect(nav).toBeHidden()
  await expect(page.getByRole('button', { name: t('trainerKit.kit.print') })).toBeHidden()
  await expect(cards.first()).toBeVisible()
  // Each card starts on a page of its own.
  expect(await cards.nth(1).evaluate((card) => getComputedStyle(card).breakBefore)).toBe('page')
  await page.emulateMedia({ media: 'screen' })
  await expect(nav).toBeVisible()
})
