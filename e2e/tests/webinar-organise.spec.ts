import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { DEMO, horizontalOverflow, logIn, openMenu } from '../support/app'
import { escapeRegExp, ui } from '../support/ui'

/**
 * Issue #14, the organiser's side: a trainer (planner@, only this spec uses it) schedules a webinar through the form,
 * fixing a field error on the way, finds it on the organiser's page and in the list, and edits it; on a phone and on a
 * laptop, shows the check-in code and opens the linked activity as a live session. The learner's side and the full flow with mail and the live part are in the learner spec.
 * SIGNAAL_SCREENSHOTS=1 also saves docs/images/webinar-organise-*.png.
 */
const locale = 'nl'
const t = ui(locale)
const SCREENSHOTS = process.env.SIGNAAL_SCREENSHOTS === '1'
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 800 },
] as const

/** A day three weeks ahead as yyyy-mm-dd (the form takes the date as the clock in Amsterdam shows it). */
function dayAhead(days: number): string {
  const day = new Date(Date.now() + days * 86_400_000)
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(day)
}

async function shot(page: Page, name: string): Promise<void> {
  if (SCREENSHOTS) await page.screenshot({ path: path.resolve(__dirname, `../../docs/images/webinar-organise-${name}.png`), fullPage: true })
}

for (const viewport of VIEWPORTS) {
  test(`a trainer schedules a webinar, fixes a field error, checks the organiser page and edits it (${viewport.name})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport)
    const title = `Meldcode in de praktijk ${viewport.name} ${Date.now()}`
    await logIn(page, DEMO.webinarPlanner, locale)

    // From the header menu to the organiser's list, and on to the form.
    await openMenu(page)
    await page.getByRole('link', { name: t('webinarOrganise.nav'), exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: t('webinarOrganise.list.title') })).toBeVisible()
    await page.getByRole('link', { name: t('webinarOrganise.list.schedule'), exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: t('webinarOrganise.form.newTitle') })).toBeVisible()

    // Dutch first (required), then English in its own tab; the tab says when a language is complete.
    await page.getByLabel(t('webinarOrganise.form.title', { language: 'Nederlands' })).fill(title)
    await page.getByLabel(t('webinarOrganise.form.description', { language: 'Nederlands' })).fill('Wat doe je bij een vermoeden van uitbuiting?')
    const english = page.getByRole('tab', { name: /^English/ })
    await english.click()
    await expect(english).toHaveAttribute('aria-selected', 'true')
    await page.getByLabel(t('webinarOrganise.form.title', { language: 'English' })).fill('The reporting code in practice')
    await page.getByLabel(t('webinarOrganise.form.description', { language: 'English' })).fill('What to do when you suspect exploitation?')
    await expect(english).toContainText(t('webinarOrganise.form.complete'))

    await page.getByLabel(t('common.sector.jeugdhulp')).check()
    await page.getByLabel(t('webinarOrganise.form.date'), { exact: true }).fill(dayAhead(21))
    await page.getByLabel(t('webinarOrganise.form.startTime'), { exact: true }).fill('14:00')
    await page.getByLabel(t('webinarOrganise.form.endTime'), { exact: true }).fill('15:30')
    const meetingUrl = page.getByLabel(t('webinarOrganise.form.meetingUrl'), { exact: true })
    await meetingUrl.fill('teams')
    await page.getByLabel(t('webinarOrganise.form.capacity'), { exact: true }).fill('2')
    const activities = page.getByRole('group', { name: t('webinarOrganise.form.activities') })
    const firstActivity = activities.getByRole('checkbox').first()
    const activityTitle = (await activities.locator('label').first().locator('span[dir="auto"]').innerText()).trim()
    await firstActivity.check()
    await page.getByRole('button', { name: t('webinarOrganise.form.addMaterial') }).click()
    await page.getByLabel(t('webinarOrganise.form.materialTitle', { n: 1 })).fill('Dia’s')
    await page.getByLabel(t('webinarOrganise.form.materialUrl', { n: 1 })).fill('https://example.org/dias.pdf')

    // A link that is no link: the message stands at the field, which gets the focus; the rest is kept.
    await page.getByRole('button', { name: t('webinarOrganise.form.schedule'), exact: true }).click()
    await expect(page.getByText(t('webinarOrganise.error.url'))).toBeVisible()
    await expect(meetingUrl).toHaveAttribute('aria-invalid', 'true')
    await expect(meetingUrl).toBeFocused()
    await shot(page, `form-error-${viewport.name}`)
    await meetingUrl.fill('https://meet.example.org/meldcode')
    await page.getByRole('button', { name: t('webinarOrganise.form.schedule'), exact: true }).click()

    // The organiser's page of the new webinar.
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await expect(page).toHaveURL(/\/webinars\/organise\/[^/]+$/)
    await expect(page.getByText(t('webinarOrganise.counts.registered', { n: 0, capacity: 2 }))).toBeVisible()
    await expect(page.getByText(t('webinarOrganise.registrations.empty'))).toBeVisible()
    await expect(page.getByRole('link', { name: 'Dia’s' })).toHaveAttribute('href', 'https://example.org/dias.pdf')
    const webinarPath = new URL(page.url()).pathname
    const id = webinarPath.split('/').pop() ?? ''
    await expect(page.getByRole('link', { name: t('webinarOrganise.page.ics') })).toHaveAttribute('href', `/api/webinars/${id}/invitation.ics`)
    await expect(page.getByRole('button', { name: t('webinarOrganise.page.showCheckin') })).toBeVisible()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await shot(page, `page-${viewport.name}`)

    // Edit: the form comes back filled in (the time as entered, in Amsterdam time); the change shows on the page.
    await page.getByRole('link', { name: t('webinarOrganise.page.edit') }).click()
    await expect(page.getByRole('heading', { level: 1, name: t('webinarOrganise.form.editTitle') })).toBeVisible()
    const titleField = page.getByLabel(t('webinarOrganise.form.title', { language: 'Nederlands' }))
    await expect(titleField).toHaveValue(title)
    await expect(page.getByLabel(t('webinarOrganise.form.startTime'), { exact: true })).toHaveValue('14:00')
    await expect(page.getByLabel(t('webinarOrganise.form.endTime'), { exact: true })).toHaveValue('15:30')
    await expect(page.getByLabel(t('common.sector.jeugdhulp'))).toBeChecked()
    const changed = `${title} (gewijzigd)`
    await titleField.fill(changed)
    await page.getByLabel(t('webinarOrganise.form.capacity'), { exact: true }).fill('3')
    await page.getByRole('button', { name: t('webinarOrganise.form.saveChanges'), exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: changed })).toBeVisible()
    await expect(page.getByText(t('webinarOrganise.counts.registered', { n: 0, capacity: 3 }))).toBeVisible()

    // The list has it among the upcoming webinars.
    // During the webinar: a check-in code to show, and the linked activity opens as a live session to present.
    await page.getByRole('button', { name: t('webinarOrganise.page.showCheckin') }).click()
    await expect(page.locator('.webinar-checkin-code')).toHaveText(/^[A-Z0-9]{3} [A-Z0-9]{3}$/)
    const startLive = new RegExp(`^${escapeRegExp(t('webinarOrganise.page.startLive'))}\\s*${escapeRegExp(activityTitle)}$`)
    await page.getByRole('button', { name: startLive }).click()
    await expect(page).toHaveURL(/\/live\/[^/]+$/)

    await page.goto(webinarPath)
    await page.getByRole('link', { name: t('webinarOrganise.form.backToList') }).click()
    const upcoming = page.getByRole('region', { name: t('webinarOrganise.list.upcoming') })
    await expect(upcoming.getByRole('link', { name: new RegExp(`^${escapeRegExp(changed)}$`) })).toBeVisible()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await shot(page, `list-${viewport.name}`)
  })
}
