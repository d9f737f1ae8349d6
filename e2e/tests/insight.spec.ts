import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { logIn } from '../support/app'
import { ui, type Locale } from '../support/ui'

/**
 * The coordinator's insight flow (issue 16) at 1280 and 390 px, by keyboard where a coordinator would use it, with
 * axe. The demo organisation for insight (part "teams", docs/insight-contract.md): `inzicht@` is its coordinator,
 * "Ambulant team" has 7 people and "Woongroep De Linde" 4 (under the privacy floor of 5). Viewing only, except that
 * opening the people list and the CSV writes audit entries (that is the point).
 */
test.describe.configure({ timeout: 180_000 })

const COORDINATOR = 'inzicht@demo.signaal.nl'
const AMBULANT = 'Ambulant team'
const LINDE = 'Woongroep De Linde'

/** A text with plural branches ("{count} persoon | {count} mensen") for `count`, as vue-i18n picks it for two branches. */
const plural = (text: string, count: number) => {
  const branches = text.split('|').map((branch) => branch.trim())
  return (branches[count === 1 ? 0 : branches.length - 1] ?? text).replace(/\{count\}/g, String(count))
}

/** Serious and critical axe violations on the page as it is now, one line each. */
async function axe(page: Page, name: string): Promise<string[]> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${name}: ${violation.id} ${violation.help}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

async function noSidewaysScroll(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
}

/** The dashboard's scope heading (the first h2 of the scope panel). */
const scopeHeading = (page: Page) => page.locator('#insight-scope-heading')

async function chooseTeam(page: Page, t: ReturnType<typeof ui>, team: string): Promise<void> {
  await page.getByLabel(t('insight.filter.team'), { exact: true }).selectOption({ label: team })
  await expect(page).toHaveURL(/[?&]team=[^&]+/)
}

test('a coordinator filters the dashboard to a team, reads a chart by keyboard and downloads the people list (1280 px)', async ({
  page,
}) => {
  const locale: Locale = 'nl'
  const t = ui(locale)
  const found: string[] = []
  await page.setViewportSize({ width: 1280, height: 800 })
  await logIn(page, COORDINATOR, locale)

  await page.goto('/insight')
  await expect(page.getByRole('heading', { level: 1, name: t('insight.title') })).toBeVisible()
  await expect(scopeHeading(page)).toBeVisible()
  await expect(page.getByText(t('insight.asOf', { date: '' }).trim(), { exact: false })).toBeVisible()
  found.push(...(await axe(page, 'dashboard')))
  await noSidewaysScroll(page, 1280)

  // Filter to a team: the URL holds it, a reload keeps it, the heading says whose numbers these are.
  await chooseTeam(page, t, AMBULANT)
  const withTeam = page.url()
  await expect(scopeHeading(page)).toHaveText(`${AMBULANT} · ${plural(t('insight.scope.people'), 7)}`)
  await page.reload()
  await expect(page).toHaveURL(withTeam)
  await expect(scopeHeading(page)).toHaveText(`${AMBULANT} · ${plural(t('insight.scope.people'), 7)}`)
  await expect(page.getByLabel(t('insight.filter.team'), { exact: true }).locator('option:checked')).toHaveText(AMBULANT)
  // The chosen policy (two mandatory modules) means numbers, not the first-time question.
  await expect(page.getByTestId('insight-setup')).toHaveCount(0)
  await expect(page.locator('.insight-rate-value')).toHaveText(/\d+\s?%/)

  // Keyboard through the trend chart: one tab stop after its table button, then the arrow keys, Home and End.
  const trend = page.getByRole('region', { name: t('insight.trend.title') })
  const trendToggle = trend.getByRole('button', { name: t('insight.chart.showTable') })
  await expect(trend.locator('svg')).toBeVisible()
  await trendToggle.focus()
  await page.keyboard.press('Tab')
  const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')
  const last = await focusedLabel()
  expect(last).toMatch(/:/)
  await page.keyboard.press('Home')
  const first = await focusedLabel()
  expect(first).not.toBe(last)
  await page.keyboard.press('ArrowRight')
  const second = await focusedLabel()
  expect(second).not.toBe(first)
  await expect(trend.locator('.trend-readout')).toContainText(second)
  await page.keyboard.press('End')
  expect(await focusedLabel()).toBe(last)

  // The data-table alternative: the same twelve months as rows, and back.
  await trendToggle.press('Enter')
  // The same button now offers the chart back (its name changes with what it does).
  const chartToggle = trend.getByRole('button', { name: t('insight.chart.showChart') })
  await expect(chartToggle).toHaveAttribute('aria-expanded', 'true')
  const trendTable = trend.getByRole('table', { name: t('insight.trend.title') })
  await expect(trendTable).toBeVisible()
  await expect(trendTable.locator('tbody tr')).toHaveCount(12)
  await chartToggle.press('Enter')
  await expect(trendTable).toBeHidden()

  // Mandatory modules: a bar each with its numbers in words, and the table behind them.
  const modules = page.getByRole('region', { name: t('insight.modules.title') })
  await expect(modules.getByText(t('insight.count.current')).first()).toBeVisible()
  await modules.getByRole('button', { name: t('insight.chart.showTable') }).click()
  await expect(modules.getByRole('table', { name: t('insight.modules.title') }).locator('tbody tr')).toHaveCount(2)
  found.push(...(await axe(page, 'dashboard, Ambulant team, tables open')))
  await noSidewaysScroll(page, 1280)

  // The team under the floor: a plain sentence, no numbers, not even its size.
  await chooseTeam(page, t, LINDE)
  await expect(page.getByTestId('insight-floor')).toHaveText(t('insight.floor.sentence'))
  await expect(scopeHeading(page)).toHaveText(`${LINDE} · ${t('insight.scope.fewerThanFive')}`)
  await expect(page.locator('.insight-rate-value')).toHaveCount(0)
  await expect(page.getByText(/\b0\s?%/)).toHaveCount(0)
  // The back button returns to the previous filter.
  await page.goBack()
  await expect(page).toHaveURL(withTeam)
  await expect(scopeHeading(page)).toContainText(AMBULANT)

  // The people list keeps the team; viewing it is said to be logged.
  await page.getByRole('link', { name: t('insight.links.people') }).click()
  await expect(page).toHaveURL(/\/insight\/people\?team=[^&]+$/)
  await expect(page.getByRole('heading', { level: 1, name: t('insight.people.title') })).toBeVisible()
  await expect(page.getByTestId('insight-logged')).toHaveText(t('insight.people.logged'))
  const table = page.getByRole('table', { name: plural(t('insight.people.caption'), 7) })
  await expect(table.locator('tbody tr')).toHaveCount(7)
  const names = (await table.locator('tbody th .person-name').allTextContents()).map((name) => name.trim())
  expect(names).toHaveLength(7)
  // Statuses are words (not colour only).
  await expect(table.locator('.refresher-status').first()).not.toHaveText('')
  found.push(...(await axe(page, 'people')))
  await noSidewaysScroll(page, 1280)

  // Filter by status in the URL, then clear it again.
  await page.getByLabel(t('insight.filter.status'), { exact: true }).selectOption('CURRENT')
  await expect(page).toHaveURL(/status=CURRENT/)
  await page.goBack()
  await expect(page).toHaveURL(/\/insight\/people\?team=[^&]+$/)

  // The exports carry the same filters; the CSV has a header line and the people by name.
  const xlsx = page.getByRole('link', { name: t('insight.people.downloadXlsx') })
  await expect(xlsx).toHaveAttribute('href', /\/api\/organisations\/[^/]+\/insight\/people\.xlsx\?team=[^&]+/)
  const csvLink = page.getByRole('link', { name: t('insight.people.downloadCsv') })
  await expect(csvLink).toHaveAttribute('href', /\/api\/organisations\/[^/]+\/insight\/people\.csv\?team=[^&]+/)
  const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()])
  const csv = readFileSync((await download.path()) ?? '', 'utf8').replace(/^\uFEFF/, '')
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== '')
  expect(lines.length).toBe(8)
  expect(lines[0]).not.toContain('@')
  for (const name of names) expect(csv).toContain(name)
  expect(csv).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/)

  expect(found).toEqual([])
})

test('on a phone the dashboard and the people list fit the screen, also in Arabic (390 px)', async ({ page }) => {
  const found: string[] = []
  await page.setViewportSize({ width: 390, height: 844 })
  for (const locale of ['nl', 'ar'] as const) {
    const t = ui(locale)
    await page.context().clearCookies()
    await logIn(page, COORDINATOR, locale)
    await page.goto('/insight')
    await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr')
    await chooseTeam(page, t, AMBULANT)
    await expect(scopeHeading(page)).toContainText(AMBULANT)
    await noSidewaysScroll(page, 390)

    // Every chart's table, opened by keyboard, still fits (tables become cards).
    const toggles = page.getByRole('button', { name: t('insight.chart.showTable') })
    const count = await toggles.count()
    for (let index = 0; index < count; index++) await toggles.first().press('Enter')
    await expect(page.getByRole('button', { name: t('insight.chart.showChart') })).toHaveCount(count)
    await noSidewaysScroll(page, 390)
    found.push(...(await axe(page, `dashboard ${locale} 390`)))
    for (let index = 0; index < count; index++) await page.getByRole('button', { name: t('insight.chart.showChart') }).first().press('Enter')

    // Right to left, the arrow keys follow the screen: the left arrow goes to a later month.
    const trend = page.getByRole('region', { name: t('insight.trend.title') })
    await expect(trend.locator('svg')).toBeVisible()
    await trend.getByRole('button', { name: t('insight.chart.showTable') }).focus()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Home')
    const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))
    await page.keyboard.press(locale === 'ar' ? 'ArrowLeft' : 'ArrowRight')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).not.toBe(first)

    await page.getByRole('link', { name: t('insight.links.people') }).click()
    await expect(page.getByRole('heading', { level: 1, name: t('insight.people.title') })).toBeVisible()
    await expect(page.locator('.insight-people-table tbody tr').first()).toBeVisible()
    await noSidewaysScroll(page, 390)
    found.push(...(await axe(page, `people ${locale} 390`)))
  }
  expect(found).toEqual([])
})
