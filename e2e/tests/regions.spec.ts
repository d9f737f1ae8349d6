import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { horizontalOverflow, logIn } from '../support/app'
import { ui, type Locale } from '../support/ui'

/**
 * Regions (issue 16, docs/insight/region.md) with this spec's own demo accounts: the municipality "Gemeente Utrecht
 * (demo)" (regio@ coordinator, regio-beheer@ admin) and its region "Regio Utrecht", which the main demo organisation
 * joined at demo creation. The main demo admin opts in to a new region and out again; no other spec uses regions.
 */
const COORDINATOR = 'regio@demo.signaal.nl'
const MUNICIPALITY_ADMIN = 'regio-beheer@demo.signaal.nl'
const PARTNER_ADMIN = 'admin@demo.signaal.nl'
const MAIN_DEMO = 'Demo-organisatie (voorbeeld)'

async function openRegions(page: Page, t: ReturnType<typeof ui>): Promise<void> {
  await page.goto('/organisation/regions')
  await expect(page.getByRole('heading', { level: 1, name: t('regions.title') })).toBeVisible()
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

test('the municipality admin hands out a code, a partner admin opts in with it and out again', async ({ page, browser }) => {
  const t = ui('nl')
  await logIn(page, MUNICIPALITY_ADMIN, 'nl')
  await openRegions(page, t)
  await expect(page.getByRole('heading', { level: 3, name: 'Regio Utrecht' })).toBeVisible()
  await expect(page.getByText(MAIN_DEMO).first()).toBeVisible()

  await page.getByLabel(t('regions.create.name')).fill('Regio Eemland')
  await page.getByRole('button', { name: t('regions.create.submit') }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText(t('regions.create.done', { name: 'Regio Eemland' }))
  const eemland = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Regio Eemland' }) })
  await eemland.getByRole('button', { name: t('regions.code.show') }).click()
  const code = (await eemland.getByTestId('join-code').textContent())?.trim() ?? ''
  expect(code).toMatch(/^[A-Z2-9]{10}$/)

  const partnerContext = await browser.newContext()
  const partner = await partnerContext.newPage()
  const p = ui('nl')
  await logIn(partner, PARTNER_ADMIN, 'nl')
  await openRegions(partner, p)
  const codeField = partner.getByLabel(p('regions.join.code'))
  await codeField.fill('AAAA-AAAAAA')
  await codeField.press('Enter')
  await expect(partner.getByText(p('regions.join.wrong'))).toBeVisible()
  await codeField.fill(`${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`)
  await codeField.press('Enter')
  await expect(partner.getByRole('main').getByRole('status')).toContainText(p('regions.join.done', { name: 'Regio Eemland' }))

  await page.reload()
  await expect(eemland.getByText(MAIN_DEMO)).toBeVisible()

  // Opting out asks first; the confirmation takes the focus, so the keyboard can answer it.
  await partner.getByRole('button', { name: p('regions.joined.leave', { name: 'Regio Eemland' }) }).click()
  const yes = partner.getByRole('button', { name: p('regions.joined.confirmYes') })
  await expect(yes).toBeFocused()
  await yes.press('Enter')
  await expect(partner.getByRole('main').getByRole('status')).toContainText(p('regions.joined.left', { name: 'Regio Eemland' }))
  await page.reload()
  await expect(eemland.getByText(p('regions.owned.noPartners'))).toBeVisible()
  await partnerContext.close()
})

test('a coordinator sees the regional view but never the join code', async ({ page }) => {
  const t = ui('nl')
  await logIn(page, COORDINATOR, 'nl')
  await openRegions(page, t)
  await expect(page.getByText(t('regions.coordinatorNote'))).toBeVisible()
  await expect(page.getByRole('button', { name: t('regions.code.show') })).toHaveCount(0)
  await expect(page.getByRole('button', { name: t('regions.create.submit') })).toHaveCount(0)

  await utrecht(page).getByRole('link', { name: t('regions.owned.view') }).click()
  await expect(page.getByRole('heading', { level: 1, name: t('regions.insight.title', { name: 'Regio Utrecht' }) })).toBeVisible()
  await expect(page.getByText(t('regions.insight.floor'))).toBeVisible()
  const partners = page.getByRole('table', { name: t('regions.insight.partners.caption') })
  await expect(partners.getByRole('row', { name: new RegExp(MAIN_DEMO.replace(/[()]/g, '\\$&')) })).toBeVisible()
  await expect(page.getByRole('table', { name: t('regions.insight.modules.caption') })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

for (const [locale, width] of [
  ['nl', 390],
  ['ar', 390],
  ['en', 1280],
] as [Locale, number][]) {
  test(`the regional view fits ${width} px in ${locale}`, async ({ page }) => {
    const t = ui(locale)
    await page.setViewportSize({ width, height: 800 })
    await logIn(page, COORDINATOR, locale)
    await openRegions(page, t)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await utrecht(page).getByRole('link', { name: t('regions.owned.view') }).click()
    await expect(page.getByRole('heading', { level: 1, name: t('regions.insight.title', { name: 'Regio Utrecht' }) })).toBeVisible()
    await expect(page.getByRole('table', { name: t('regions.insight.partners.caption') })).toBeVisible()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    if (locale === 'ar') await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  })
}

/** The demo region's card: another spec run may have added "Regio Eemland", which sorts first. */
function utrecht(page: Page) {
  return page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Regio Utrecht', exact: true }) })
}
