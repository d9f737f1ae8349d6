import { expect, test, type Locator, type Page } from '@playwright/test'
import { DEMO, horizontalOverflow, logIn } from '../support/app'
import { ui } from '../support/ui'

/**
 * In Arabic (right to left) Dutch text that has no translation yet (a case's characters, a trainer kit) stays
 * inside its column, on a phone and on a desktop (issue 13). Viewing only.
 */
const CASE = 'buurtteam-tikkies'
const t = ui('ar')

/** How far the element's content reaches past its own box or the box of `column`, in pixels (0 when it fits). */
async function spill(element: Locator, column: Locator): Promise<number> {
  const inner = await element.evaluate((node) => node.scrollWidth - node.clientWidth)
  const box = await element.boundingBox()
  const outer = await column.boundingBox()
  if (!box || !outer) throw new Error('not laid out')
  return Math.max(inner, outer.x - box.x, box.x + box.width - (outer.x + outer.width), 0)
}

async function expectFits(page: Page): Promise<void> {
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
}

for (const width of [390, 1280]) {
  test.describe(`at ${width} pixels wide`, () => {
    test.use({ viewport: { width, height: 844 } })

    test('a case’s character list stays inside its column in Arabic', async ({ page }) => {
      await logIn(page, DEMO.learner, 'ar')
      await page.goto(`/practice/${CASE}`)
      const section = page.getByRole('region', { name: t('simulation.scenario.charactersTitle') })
      await expect(section).toBeVisible()
      await expectFits(page)
      const column = page.getByRole('main')
      for (const item of await section.getByRole('listitem').all()) {
        expect(await spill(item, column)).toBeLessThanOrEqual(1)
      }
    })

    test('a trainer kit in Dutch stays inside its columns in Arabic', async ({ page }) => {
      await logIn(page, DEMO.attentionOfficer, 'ar')
      await page.goto(`/trainer-kits/${CASE}`)
      await expect(page.getByTestId('kit-card').first()).toBeVisible()
      await expectFits(page)
      const column = page.getByRole('main')
      for (const part of await page.locator('.kit-plan, .kit-variations dd, .kit-variations dt, .kit-card').all()) {
        expect(await spill(part, column)).toBeLessThanOrEqual(1)
      }
    })
  })
}
