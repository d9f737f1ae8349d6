import { expect, test } from '@playwright/test'
import { ui } from '../support/ui'

// An e-mail address without an account: throttled exactly like a real one, and no demo account
// gets counted failures that another spec would run into.
test('after five wrong tries the login page says how long to wait', async ({ page }) => {
  const t = ui('nl')
  const email = `niemand-${Date.now()}@example.org`
  await page.goto('/login')
  const submit = page.getByRole('button', { name: t('auth.login.submit'), exact: true })
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel(t('auth.field.email'), { exact: true }).fill(email)
    await page.getByLabel(t('auth.field.password'), { exact: true }).fill(`fout wachtwoord ${i}`)
    await submit.click()
    await expect(page.getByRole('alert')).toHaveText(t('auth.login.wrongCredentials'))
  }

  await page.getByLabel(t('auth.field.password'), { exact: true }).fill('nog een poging')
  await submit.click()

  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Te veel inlogpogingen')
  await expect(alert).toContainText(/\d+ seconden/)
  await expect(alert).toContainText(t('limits.loginWaitHint'))
  await expect(page.getByLabel(t('auth.field.password'), { exact: true })).toHaveValue('')
})
