import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { logIn } from '../support/app'
import { ui, type Locale } from '../support/ui'

// The demo's herhaler completed the first module months ago (demo data), which issued a certificate.
const HOLDER = 'herhaler@demo.signaal.nl'

test('a holder downloads their certificate and the public verification page accepts its code', async ({ page, browser }) => {
  const locale: Locale = 'nl'
  const t = ui(locale)
  await logIn(page, HOLDER, locale)

  await page.getByRole('link', { name: t('certification.nav'), exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: t('certification.mine.title') })).toBeVisible()
  const certificate = page.getByTestId('certificate').first()
  await expect(certificate.getByText(t('certification.status.VALID'), { exact: true })).toBeVisible()
  const title = (await certificate.getByRole('heading', { level: 2 }).innerText()).trim()

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    certificate.getByRole('link', { name: t('certification.mine.downloadFor', { title }) }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^signaal-certificate-.*\.pdf$/)
  const file = await download.path()
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-')

  // The code as printed, checked by someone without an account.
  const code = (await certificate.locator('.certificate-code').innerText()).trim()
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
  const verifier = await browser.newPage()
  await verifier.goto('/verify')
  await verifier.getByLabel(t('certification.field.code'), { exact: true }).fill(code.toLowerCase())
  await verifier.getByRole('button', { name: t('certification.verify.submit') }).click()
  const verification = verifier.getByTestId('verification')
  await expect(verification.getByText(t('certification.verify.explained.VALID'))).toBeVisible()
  await expect(verification.getByText('Demo Herhaler')).toBeVisible()

  await verifier.goto(`/verify/${code.replace(/^./, code.startsWith('Z') ? 'Y' : 'Z')}`)
  await expect(verifier.getByTestId('not-found')).toContainText(t('certification.verify.notFound'))
  await verifier.close()
})

test('someone without certificates sees how to earn one', async ({ page }) => {
  const t = ui('en')
  await logIn(page, 'trainer@demo.signaal.nl', 'en')
  await page.goto('/certificates')
  await expect(page.getByTestId('no-certificates')).toContainText(t('certification.mine.empty'))
})
