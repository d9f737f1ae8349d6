import { expect, test, type Browser, type Page } from '@playwright/test'
import { DEMO, logIn, openMenu } from '../support/app'
import { readScenario, recommendedPath } from '../support/content'
import { waitForMailMatching, type Mail } from '../support/mail'
import { escapeRegExp, ui } from '../support/ui'

/**
 * A webinar from the learner's side (issue 14), on a phone: a trainer schedules one with a single place (through the
 * API: the organiser's pages are tested elsewhere), two learners register in the browser and the second waits, both
 * get their mail with the calendar invitation, the first gives her place back and the second moves up, the trainer
 * opens the live part and the learner joins it with one tap, votes, and her attendance shows. SIGNAAL_SCREENSHOTS=1
 * saves docs/images/webinar-{list,detail,joined}.png.
 */
const locale = 'nl'
const t = ui(locale)
const CASE = 'team-signalen-samenbrengen'
const SCREENSHOTS = process.env.SIGNAAL_SCREENSHOTS === '1'
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
const shot = async (page: Page, name: string) => {
  if (SCREENSHOTS) await page.screenshot({ path: `../docs/images/webinar-${name}.png`, fullPage: true })
}

test.setTimeout(240_000)

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext(PHONE)
  const page = await context.newPage()
  await logIn(page, email, locale)
  return page
}

async function csrfOf(page: Page): Promise<{ csrfToken: string; organisation: { id: string } }> {
  return (await (await page.request.get('/api/me')).json()) as { csrfToken: string; organisation: { id: string } }
}

/** The invitation in a mail: a text/calendar REQUEST for one event with a start and a stable UID. */
function invitationIn(mail: Mail): { uid: string } {
  const calendar = mail.calendar ?? ''
  expect(calendar).toMatch(/^METHOD:REQUEST\r?$/m)
  expect(calendar).toMatch(/^DTSTART[;:]/m)
  const uid = /^UID:(.+?)\r?$/m.exec(calendar)?.[1] ?? ''
  expect(uid).not.toBe('')
  return { uid }
}

const withInvitation = (mail: Mail) => /^METHOD:REQUEST\r?$/m.test(mail.calendar ?? '')

/** The page's calendar links: this webinar's invitation to download, and my personal feed (wb-calendar). */
async function checkCalendar(page: Page, webinarId: string): Promise<void> {
  const download = await page.request.get((await page.getByTestId('invitation').getAttribute('href')) ?? '')
  expect(download.status()).toBe(200)
  expect(download.headers()['content-type']).toContain('text/calendar')
  expect(await download.text()).toMatch(/^METHOD:REQUEST\r?$/m)

  await page.getByRole('button', { name: t('webinars.feed.show'), exact: true }).click()
  const address = page.getByLabel(t('webinars.feed.address'), { exact: true })
  await expect(address).toBeFocused()
  const feedUrl = await address.inputValue()
  const feed = await page.request.get(feedUrl)
  expect(feed.status()).toBe(200)
  const text = await feed.text()
  expect(text).toMatch(/^METHOD:PUBLISH\r?$/m)
  expect(text, 'my feed holds the webinar I have a place for').toContain(webinarId)
}

async function openWebinar(page: Page, title: string): Promise<void> {
  await page.goto('/')
  await openMenu(page)
  await page.getByRole('navigation', { name: t('app.nav.label') }).getByRole('link', { name: t('webinars.nav') }).click()
  await expect(page.getByRole('heading', { level: 1, name: t('webinars.list.title') })).toBeVisible()
  await page.getByRole('link', { name: title, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

test('two learners register for one place, the waiting one moves up, joins the live part and is marked present', async ({ browser }) => {
  const scenario = readScenario(CASE, locale)
  const firstStep = recommendedPath(scenario).steps[0]
  if (!firstStep) throw new Error(`${CASE} has no decision`)
  const title = `Signalen bespreken (${Date.now() % 100_000})`

  // ---- The trainer schedules a webinar that runs now, with one place, and the team case as its live part ----
  const trainer = await signedIn(browser, DEMO.webinarTrainer)
  const me = await csrfOf(trainer)
  const headers = { 'X-CSRF-Token': me.csrfToken }
  const now = Date.now()
  const created = await trainer.request.post('/api/webinars', {
    headers,
    data: {
      title: { nl: title, en: title },
      description: { nl: 'Signalen herkennen en bespreken in het team.', en: 'Recognising and discussing signals.' },
      language: 'nl',
      targetGroups: [],
      startsAt: new Date(now - 5 * 60_000).toISOString(),
      endsAt: new Date(now + 55 * 60_000).toISOString(),
      mode: 'ONLINE',
      meetingUrl: 'https://meet.example.org/signaal-webinar',
      capacity: 1,
      audience: [me.organisation.id],
      activities: [`case:${CASE}`],
      materials: [{ title: 'Hand-out', url: 'https://example.org/hand-out.pdf' }],
      studyMinutes: 60,
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const webinarId = ((await created.json()) as { id: string }).id

  // ---- The first learner finds it in the menu and takes the one place ----
  const first = await signedIn(browser, DEMO.webinarLearner1)
  await openWebinar(first, title)
  await expect(first.getByTestId('places')).toHaveText(t('webinars.places.left').split(' | ')[0] ?? '')
  await expect(first.getByTestId('meeting-link')).toHaveCount(0)
  await first.getByRole('button', { name: t('webinars.place.register'), exact: true }).click()
  await expect(first.getByTestId('webinar-said')).toHaveText(t('webinars.said.registered'))
  await expect(first.getByTestId('webinar-said')).toBeFocused()
  await expect(first.getByTestId('my-status')).toHaveText(t('webinars.myStatus.REGISTERED'))
  await expect(first.getByTestId('meeting-link')).toHaveAttribute('href', 'https://meet.example.org/signaal-webinar')
  await expect(first.getByTestId('invitation')).toHaveAttribute('href', `/api/webinars/${webinarId}/invitation.ics`)
  await shot(first, 'detail')

  // ---- The second finds it full and joins the waiting list ----
  const second = await signedIn(browser, DEMO.webinarLearner2)
  await openWebinar(second, title)
  await expect(second.getByTestId('places')).toHaveText(t('webinars.places.waitingList', { n: 0 }))
  await second.getByRole('button', { name: t('webinars.place.wait'), exact: true }).click()
  await expect(second.getByTestId('webinar-said')).toHaveText(t('webinars.said.waiting', { n: 1 }))
  await expect(second.getByTestId('my-status')).toHaveText(t('webinars.myStatus.WAITING_AT', { n: 1 }))
  await expect(second.getByTestId('meeting-link')).toHaveCount(0)
  await second.getByRole('link', { name: t('webinars.back') }).click()
  await expect(second.getByTestId('webinar').filter({ hasText: title }).getByTestId('my-status')).toHaveText(
    t('webinars.myStatus.WAITING_AT', { n: 1 }),
  )
  await shot(second, 'list')

  // ---- Both have mail: the invitation with its calendar part for the first, the waiting list for the second ----
  const invitation = invitationIn(await waitForMailMatching(DEMO.webinarLearner1, withInvitation, 'the invitation'))
  await waitForMailMatching(DEMO.webinarLearner2, () => true, 'on the waiting list')

  // ---- The first gives her place back (after confirming); the second moves up and gets the invitation ----
  await first.getByRole('button', { name: t('webinars.place.cancel'), exact: true }).click()
  await expect(first.getByText(t('webinars.place.cancelConfirm'))).toBeVisible()
  await expect(first.getByRole('button', { name: t('webinars.place.cancelYes'), exact: true })).toBeFocused()
  await first.getByRole('button', { name: t('webinars.place.cancelYes'), exact: true }).click()
  await expect(first.getByTestId('webinar-said')).toHaveText(t('webinars.said.cancelled'))
  await expect(first.getByTestId('my-status')).toHaveCount(0)
  // The place went to the one waiting: for the first it is full again.
  await expect(first.getByRole('button', { name: t('webinars.place.wait'), exact: true })).toBeVisible()

  const withdrawn = await waitForMailMatching(
    DEMO.webinarLearner1,
    (mail) => /^METHOD:CANCEL\r?$/m.test(mail.calendar ?? ''),
    'the cancellation for her calendar',
  )
  expect(withdrawn.calendar).toContain(`UID:${invitation.uid}`)
  const promoted = invitationIn(await waitForMailMatching(DEMO.webinarLearner2, withInvitation, 'the invitation on moving up'))
  expect(promoted.uid, 'one webinar, one calendar event').toBe(invitation.uid)
  await second.getByRole('link', { name: title, exact: true }).click()
  await expect(second.getByTestId('my-status')).toHaveText(t('webinars.myStatus.REGISTERED'))
  await expect(second.getByTestId('meeting-link')).toBeVisible()
  await checkCalendar(second, webinarId)

  // ---- The trainer opens the live part; the learner joins with one tap and votes ----
  const opened = await trainer.request.post(`/api/webinars/${webinarId}/live-sessions`, {
    headers,
    data: { kind: 'case', activityId: CASE },
  })
  expect(opened.status(), await opened.text()).toBe(201)
  const session = (await opened.json()) as { sessionId?: string; id?: string }
  const sessionId = session.sessionId ?? session.id ?? ''
  const started = await trainer.request.post(`/api/live/sessions/${sessionId}/actions`, { headers, data: { action: 'start' } })
  expect(started.status(), await started.text()).toBe(200)

  await second.reload()
  await second.getByRole('button', { name: t('webinars.live.join'), exact: true }).click()
  await expect(second).toHaveURL(new RegExp(`/play/${sessionId}$`))
  await expect(second.getByText(t('live.step.decision', { n: 1 }), { exact: true }).first()).toBeVisible()
  await second.getByRole('button', { name: firstStep.choice.text, exact: true }).click()
  await expect(second.getByText(t('live.vote.saved'))).toBeVisible()
  await shot(second, 'joined')

  // ---- Joining signed in counted as attending ----
  await second.goto(`/webinars/${webinarId}`)
  await expect(second.getByTestId('attended')).toHaveText(t('webinars.attended'))
  await expect(second.getByText(new RegExp(`^${escapeRegExp(t('webinars.checkin.done'))}$`))).toBeVisible()
})

test('after a webinar: the follow-up refresher and the attendance certificate', async ({ browser }) => {
  // The demo has a webinar that ended eight days ago with inschrijver1@ attending (webinar/DemoPastWebinar.java): the
  // afterwards job's first run issues her certificate and plans the follow-up a week after the end, with its mail.
  const title = 'Terugblik: de meldcode in de praktijk'
  const mail = await waitForMailMatching(
    DEMO.webinarLearner1,
    (candidate) => candidate.body.includes('/refresh/') && candidate.body.includes(title),
    'the follow-up refresher of the past webinar',
  )
  const page = await signedIn(browser, DEMO.webinarLearner1)
  await page.goto('/webinars')
  const past = page.getByTestId('past-webinar').filter({ hasText: title })
  await past.getByRole('link', { name: title }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByTestId('recording')).toBeVisible()
  await page.getByTestId('certificate-link').click()
  await expect(page.getByText(title).first()).toBeVisible()

  const followUp = new URL(/https?:\/\/\S+\/refresh\/\S+/.exec(mail.body)?.[0] ?? 'http://missing/')
  await page.goto(followUp.pathname)
  await expect(page.getByRole('radio').or(page.getByRole('checkbox')).first()).toBeVisible()
  await shot(page, 'follow-up')
})
