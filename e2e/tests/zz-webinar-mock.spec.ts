import { expect, test } from '@playwright/test'
import { DEMO, logIn, chooseLanguage } from '../support/app'

test.use({ viewport: { width: 390, height: 844 } })
const now = Date.now()
const base = {
  id: 'w1', title: 'Signalen herkennen in het team', description: 'Een webinar over signalen.\nMet een casus.', language: 'nl', targetGroups: [],
  startsAt: new Date(now - 5 * 60000).toISOString(), endsAt: new Date(now + 55 * 60000).toISOString(), mode: 'ONLINE', location: null,
  capacity: 1, placesLeft: 0, waitingCount: 0, status: 'SCHEDULED', over: false, organiserOrganisation: 'Demo-organisatie', myStatus: 'REGISTERED', myWaitingPosition: null,
}
const past = { ...base, id: 'w2', title: 'Vorige webinar', over: true, startsAt: new Date(now - 8 * 86400000).toISOString(), endsAt: new Date(now - 8 * 86400000 + 3600000).toISOString() }
const detail = { ...base, meetingUrl: 'https://meet.example.org/x', materials: [{ title: 'Hand-out', url: 'https://example.org/h.pdf' }], recordingUrl: null, activities: [], liveSession: { id: 's1', code: '123456' }, attended: null, checkinOpen: true }

test('mock pages', async ({ page }) => {
  let registered = true
  await page.route('**/api/webinars?**', (route) => {
    const url = new URL(route.request().url())
    return route.fulfill({ json: url.searchParams.get('past') ? [past] : [{ ...base, myStatus: registered ? 'REGISTERED' : null, placesLeft: registered ? 0 : 1 }] })
  })
  await page.route('**/api/webinars/w1?**', (route) => route.fulfill({ json: { ...detail, myStatus: registered ? 'REGISTERED' : null, placesLeft: registered ? 0 : 1 } }))
  await page.route('**/api/webinars/w2?**', (route) => route.fulfill({ json: { ...detail, ...past, attended: true, recordingUrl: 'https://rec.example.org', liveSession: null, checkinOpen: false } }))
  await page.route('**/api/webinars/w1/registration', (route) => {
    registered = route.request().method() === 'POST'
    return registered ? route.fulfill({ json: { status: 'REGISTERED' } }) : route.fulfill({ status: 204 })
  })
  await page.route('**/api/calendar/feed', (route) => route.fulfill({ json: { url: 'http://127.0.0.1/api/calendar/abc.ics' } }))
  await logIn(page, DEMO.webinarLearner1, 'nl')
  await page.screenshot({ path: '/tmp/wblu/home.png', fullPage: true })
  await page.goto('/webinars')
  await expect(page.getByTestId('webinar')).toHaveCount(1)
  await page.screenshot({ path: '/tmp/wblu/list.png', fullPage: true })
  await page.goto('/webinars/w1')
  await page.getByRole('button', { name: 'Mijn agenda-adres tonen' }).click()
  await page.screenshot({ path: '/tmp/wblu/detail.png', fullPage: true })
  await page.getByRole('button', { name: 'Mijn plaats annuleren' }).click()
  await page.getByRole('button', { name: 'Ja, annuleer mijn plaats' }).click()
  await expect(page.getByTestId('webinar-said')).toBeFocused()
  await page.screenshot({ path: '/tmp/wblu/cancelled.png', fullPage: true })
  await page.goto('/webinars/w2')
  await chooseLanguage(page, 'ar')
  await page.screenshot({ path: '/tmp/wblu/past-ar.png', fullPage: true })
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
})
