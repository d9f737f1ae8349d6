import { expect, test } from '@playwright/test'
import { DEMO, logIn } from '../support/app'
import { readModule } from '../support/content'
import { ui, type Locale } from '../support/ui'

/**
 * A coordinator whose organisation never chose its mandatory modules: the refresher page opens with that question,
 * nothing ticked; two modules chosen and saved stay chosen after a reload, and the question is gone.
 * Own organisation and account (keuze@, DemoData): no other spec touches its policy. Port 18157 when run alone.
 */
test('the first-time question asks which modules are mandatory and remembers the choice', async ({ page }) => {
  const locale: Locale = 'nl'
  const t = ui(locale)
  const first = readModule('de-meldcode', locale)
  const second = readModule('signalen-herkennen', locale)

  await logIn(page, DEMO.firstChoiceCoordinator, locale)
  await page.goto('/organisation/refreshers')
  await expect(page.getByRole('heading', { level: 1, name: t('refresher.admin.title') })).toBeVisible()

  const question = page.getByRole('group', { name: t('refresher.policy.firstChoice.question') })
  await expect(question).toBeVisible()
  await expect(question.getByText(t('refresher.policy.firstChoice.untilThen'))).toBeVisible()
  const boxes = question.getByRole('checkbox')
  expect(await boxes.count()).toBeGreaterThan(2)
  for (const box of await boxes.all()) await expect(box).not.toBeChecked()

  // Saving with nothing ticked says why in plain words, and saves nothing.
  await page.getByRole('button', { name: t('refresher.policy.save') }).click()
  await expect(question.getByText(t('refresher.policy.chooseAtLeastOne'))).toBeVisible()

  await question.getByRole('checkbox', { name: first.title }).check()
  await question.getByRole('checkbox', { name: second.title }).check()
  await page.getByRole('button', { name: t('refresher.policy.save') }).click()
  await expect(page.getByRole('status').filter({ hasText: t('refresher.policy.firstChoice.saved') })).toBeVisible()

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: t('refresher.admin.title') })).toBeVisible()
  await expect(page.getByRole('group', { name: t('refresher.policy.firstChoice.question') })).toHaveCount(0)
  const mandatory = page.getByRole('group', { name: t('refresher.policy.mandatory') })
  await expect(mandatory.getByRole('checkbox', { name: first.title })).toBeChecked()
  await expect(mandatory.getByRole('checkbox', { name: second.title })).toBeChecked()
  await expect(mandatory.getByRole('checkbox', { checked: true })).toHaveCount(2)
})
