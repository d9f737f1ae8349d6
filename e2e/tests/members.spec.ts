import { expect, test, type Page } from '@playwright/test'
import { DEMO, DEMO_PASSWORD, horizontalOverflow, logIn } from '../support/app'
import { linkIn, waitForMailTo } from '../support/mail'
import { ui } from '../support/ui'

/** The demo member this spec changes; no other spec uses it, and no other demo account is touched. */
const MEMBER = 'Demo Lid'
/** The demo member this spec erases (DEMO.erasable); nothing else uses it. */
const ERASABLE = 'Wessel Weg'

async function openMembers(page: Page, t: ReturnType<typeof ui>): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: t('members.nav'), exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: t('members.title') })).toBeVisible()
  await expect(page.getByRole('row', { name: new RegExp(MEMBER) })).toBeVisible()
}

test('an administrator changes a member role, undoes it, and deactivates and reactivates the member', async ({ page, browser }) => {
  const t = ui('nl')
  await logIn(page, DEMO.admin, 'nl')
  await openMembers(page, t)
  const row = page.getByRole('row', { name: new RegExp(MEMBER) })
  const role = row.getByRole('combobox', { name: t('members.roleOf', { name: MEMBER }) })
  await expect(role).toHaveValue('LEARNER')

  await role.selectOption('TRAINER')
  const status = page.getByRole('main').getByRole('status').filter({ hasText: t('members.notice.roleChanged', { name: MEMBER, role: t('common.role.TRAINER') }) })
  await expect(status).toBeVisible()
  await expect(role).toHaveValue('TRAINER')
  await page.getByRole('button', { name: t('members.notice.undoRole', { role: t('common.role.LEARNER') }) }).click()
  await expect(role).toHaveValue('LEARNER')
  await page.reload()
  await expect(page.getByRole('row', { name: new RegExp(MEMBER) }).getByRole('combobox')).toHaveValue('LEARNER')

  // The member is logged in elsewhere; deactivating ends that session at once.
  const elsewhere = await browser.newContext()
  const memberPage = await elsewhere.newPage()
  await logIn(memberPage, DEMO.member, 'nl')

  await row.getByRole('button', { name: t('members.action.deactivateNamed', { name: MEMBER }) }).click()
  const confirmYes = row.getByRole('button', { name: t('members.confirm.yes') })
  await expect(confirmYes).toBeFocused()
  await confirmYes.press('Enter')
  await expect(row.getByText(t('members.status.deactivated'), { exact: true })).toBeVisible()
  await expect(page.getByRole('main').getByRole('status')).toContainText(t('members.notice.deactivated', { name: MEMBER }))
  const reactivate = row.getByRole('button', { name: t('members.action.reactivateNamed', { name: MEMBER }) })
  await expect(reactivate).toBeFocused()

  // Deactivation ends the member's session: /api/me answers as to anyone (204), a personal endpoint refuses.
  expect((await memberPage.request.get('/api/me')).status()).toBe(204)
  expect((await memberPage.request.get('/api/me/progress')).status()).toBe(401)
  await memberPage.goto('/login')
  await memberPage.getByLabel(t('auth.field.email'), { exact: true }).fill(DEMO.member)
  await memberPage.getByLabel(t('auth.field.password'), { exact: true }).fill(DEMO_PASSWORD)
  await memberPage.getByRole('button', { name: t('auth.login.submit'), exact: true }).click()
  await expect(memberPage.getByRole('alert')).toHaveText(t('members.login.deactivated'))

  await reactivate.click()
  await expect(row.getByText(t('members.status.active'), { exact: true })).toBeVisible()
  await logIn(memberPage, DEMO.member, 'nl')
  await elsewhere.close()
})

test('the administrator cannot change their own row, and a cancelled deactivation changes nothing', async ({ page }) => {
  const t = ui('en')
  await logIn(page, DEMO.admin, 'en')
  await openMembers(page, t)
  const own = page.getByRole('row', { name: /Demo Beheerder/ })
  await expect(own.getByText(t('members.you'), { exact: true })).toBeVisible()
  await expect(own.getByRole('combobox')).toHaveCount(0)
  await expect(own.getByRole('button')).toHaveCount(0)

  const row = page.getByRole('row', { name: new RegExp(MEMBER) })
  const deactivate = row.getByRole('button', { name: t('members.action.deactivateNamed', { name: MEMBER }) })
  await deactivate.click()
  await row.getByRole('button', { name: t('members.confirm.cancel') }).click()
  await expect(deactivate).toBeFocused()
  await expect(row.getByText(t('members.status.active'), { exact: true })).toBeVisible()
})

test('an administrator sends a member a link to set a new password', async ({ page, baseURL }) => {
  const t = ui('en')
  await logIn(page, DEMO.admin, 'en')
  await openMembers(page, t)
  const row = page.getByRole('row', { name: new RegExp(MEMBER) })

  await row.getByRole('button', { name: t('members.action.sendResetNamed', { name: MEMBER }) }).click()

  await expect(page.getByRole('main').getByRole('status')).toContainText(t('members.notice.resetSent', { name: MEMBER }))
  const mail = await waitForMailTo(DEMO.member, 15_000)
  expect(linkIn(mail.body, `${baseURL}/reset-password?token=`)).toMatch(/token=\S+/)
})

test('an administrator erases an account only after confirming, and Escape cancels', async ({ page }) => {
  const t = ui('nl')
  await logIn(page, DEMO.admin, 'nl')
  await openMembers(page, t)
  const row = page.getByRole('row', { name: new RegExp(ERASABLE) })
  const erase = row.getByRole('button', { name: t('members.action.eraseNamed', { name: ERASABLE }) })

  await erase.click()
  const confirm = row.getByRole('group', { name: t('members.erase.label', { name: ERASABLE }) })
  await expect(confirm).toContainText(DEMO.erasable)
  await expect(confirm).toContainText(t('members.erase.kept'))
  const yes = confirm.getByRole('button', { name: t('members.erase.yes') })
  await expect(yes).toBeFocused()
  await yes.press('Escape')
  await expect(erase).toBeFocused()

  await erase.click()
  await confirm.getByRole('button', { name: t('members.erase.yes') }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText(t('members.notice.erased', { name: ERASABLE }))
  await expect(row).toHaveCount(0)
  await expect(page.locator('#members-list')).toBeFocused()

  await page.reload()
  await expect(page.getByRole('row', { name: new RegExp(MEMBER) })).toBeVisible()
  await expect(page.getByRole('row', { name: new RegExp(ERASABLE) })).toHaveCount(0)
})

test('a coordinator sees the members read-only', async ({ page }) => {
  const t = ui('nl')
  await logIn(page, DEMO.coordinator, 'nl')
  await openMembers(page, t)
  await expect(page.getByText(t('members.readOnly'))).toBeVisible()
  await expect(page.getByRole('table').getByRole('combobox')).toHaveCount(0)
  await expect(page.getByRole('table').getByRole('button')).toHaveCount(0)
})

for (const [width, height] of [[1280, 800], [390, 844]] as const) {
  test(`the members page fits a ${width} px wide screen, also right to left`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    const t = ui('ar')
    await logIn(page, DEMO.admin, 'ar')
    await page.goto('/organisation/members')
    await expect(page.getByRole('heading', { level: 1, name: t('members.title') })).toBeVisible()
    await expect(page.getByRole('row', { name: new RegExp(MEMBER) })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
  })
}
