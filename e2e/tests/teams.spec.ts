import { expect, test } from '@playwright/test'
import { DEMO, horizontalOverflow, logIn } from '../support/app'
import { escapeRegExp, ui } from '../support/ui'

/**
 * Issue #16, teams (docs/insight/teams.md) on a phone (390 px): a coordinator of the first demo organisation creates a
 * team (fixing a field error first), adds two members, takes one out, invites a new member into the team and deletes
 * the team again. The insight demo organisation (inzicht@) is only looked at: its two teams are what the dashboard's
 * tests count on, so this spec changes nothing there.
 */
const t = ui('nl')
const PHONE = { width: 390, height: 844 }
const INSIGHT_COORDINATOR = 'inzicht@demo.signaal.nl'

test('a coordinator creates a team, fixes a field error, manages its members and invites into it (390 px)', async ({
  page,
}) => {
  await page.setViewportSize(PHONE)
  const name = `Wijkteam Oost ${Date.now()}`
  await logIn(page, DEMO.coordinator, 'nl')

  // From the members page to the teams page.
  await page.goto('/organisation/members')
  await page.getByRole('link', { name: t('teams.link'), exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: t('teams.title') })).toBeVisible()

  // A blank name is refused at the field, which gets the focus.
  const nameField = page.getByLabel(t('teams.form.name'), { exact: true })
  await page.getByLabel(t('teams.form.sector'), { exact: true }).selectOption('jeugdhulp')
  await nameField.fill('   ')
  await page.getByRole('button', { name: t('teams.form.create'), exact: true }).click()
  await expect(page.getByText(t('teams.form.nameRequired'))).toBeVisible()
  await expect(nameField).toBeFocused()
  await expect(nameField).toHaveAttribute('aria-invalid', 'true')

  await nameField.fill(name)
  await page.getByRole('button', { name: t('teams.form.create'), exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: t('teams.notice.created', { name }) })).toBeVisible()
  const card = page.getByRole('article', { name })
  await expect(card).toContainText(t('teams.memberCount', { count: 0 }))

  // The same name again is a conflict, said at the name field.
  await nameField.fill(name.toUpperCase())
  await page.getByLabel(t('teams.form.sector'), { exact: true }).selectOption('jeugdhulp')
  await page.getByRole('button', { name: t('teams.form.create'), exact: true }).click()
  await expect(page.getByText(t('teams.form.duplicate'))).toBeVisible()

  // Two members in, one out.
  const membersButton = card.getByRole('button', { name: t('teams.action.members'), exact: true })
  await membersButton.click()
  await expect(membersButton).toHaveAttribute('aria-expanded', 'true')
  const choose = card.getByLabel(t('teams.members.choose', { name }), { exact: true })
  const add = card.getByRole('button', { name: t('teams.members.add'), exact: true })
  await choose.selectOption({ label: 'Demo Leerling (leerling@demo.signaal.nl)' })
  await add.click()
  await expect(page.getByRole('status').filter({ hasText: t('teams.notice.added', { name: 'Demo Leerling', team: name }) })).toBeVisible()
  await choose.selectOption({ label: 'Demo Nieuw (nieuw@demo.signaal.nl)' })
  await add.click()
  await expect(card).toContainText(t('teams.memberCount', { count: 2 }))
  await card.getByRole('button', { name: t('teams.members.remove', { name: 'Demo Nieuw' }), exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: t('teams.notice.removed', { name: 'Demo Nieuw', team: name }) })).toBeVisible()
  await expect(card).toContainText(t('teams.memberCount', { count: 1 }))
  await expect(card.getByRole('button', { name: t('teams.members.remove', { name: 'Demo Leerling' }) })).toBeVisible()
  expect(await horizontalOverflow(page)).toBe(0)

  // An invitation that places a new member in the team.
  await page.goto('/organisation/invitations')
  await page.getByLabel(t('teams.invitation.team'), { exact: true }).selectOption({ label: name })
  await page.getByRole('button', { name: t('organisation.invitations.create'), exact: true }).click()
  await expect(page.getByRole('listitem').filter({ hasText: name }).first()).toBeVisible()
  expect(await horizontalOverflow(page)).toBe(0)

  // Deleting asks first and says it cannot be undone.
  await page.goto('/organisation/teams')
  const again = page.getByRole('article', { name })
  await again.getByRole('button', { name: t('teams.action.delete'), exact: true }).click()
  await expect(again).toContainText(t('teams.delete.warning'))
  await again.getByRole('button', { name: t('teams.delete.yes'), exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: t('teams.notice.deleted', { name }) })).toBeVisible()
  await expect(page.getByRole('article', { name })).toHaveCount(0)
})

test('the insight demo organisation has its two teams, in Arabic right to left without sideways scrolling', async ({
  page,
}) => {
  await page.setViewportSize(PHONE)
  const ar = ui('ar')
  await logIn(page, INSIGHT_COORDINATOR, 'ar')
  await page.goto('/organisation/teams')
  await expect(page.getByRole('heading', { level: 1, name: ar('teams.title') })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('article', { name: 'Ambulant team' })).toContainText(
    new RegExp(escapeRegExp(ar('teams.memberCount', { count: 7 }))),
  )
  await expect(page.getByRole('article', { name: 'Woongroep De Linde' })).toContainText(ar('teams.memberCount', { count: 4 }))
  expect(await horizontalOverflow(page)).toBe(0)
})
