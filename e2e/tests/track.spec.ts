import { randomUUID } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { inflateSync } from 'node:zlib'
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { load } from 'js-yaml'
import { DEMO, logIn } from '../support/app'
import { readModule, readScenario, recommendedPath, rightAnswer } from '../support/content'
import { escapeRegExp, ui } from '../support/ui'

/**
 * The demo attention officer completes the train-the-trainer track. The prerequisites (the modules' checks and the
 * cases) go through the API to keep the test short; the track's own steps go through the UI: the track first on the
 * home page, a live session with three anonymous phones, the reflection, a trainer's approval, the certificate PDF
 * and its public verification. SIGNAAL_SCREENSHOTS=1 also saves docs/images/track-home.png.
 */
const locale = 'nl'
const t = ui(locale)
const OFFICER_NAME = 'Demo Spoorloper'
const TRACK_ID = 'aandachtsfunctionaris-criminele-uitbuiting'
const LIVE_CASE = 'team-signalen-samenbrengen'
const CONTENT = path.resolve(__dirname, '../../content')
const SCREENSHOTS = process.env.SIGNAAL_SCREENSHOTS === '1'

interface TrackFile {
  requiredModules: string[]
  requiredCases: { atLeast: number; from: 'all' | string[] }
  facilitation: string[]
  practical: { liveSessions: { atLeast: number; minParticipants: number }; reflection: { minWords: number } }
}

const trackDir = path.join(CONTENT, 'tracks', TRACK_ID)
const trackFile = load(readFileSync(path.join(trackDir, 'track.yaml'), 'utf8')) as TrackFile
const trackTexts = load(readFileSync(path.join(trackDir, `${locale}.yaml`), 'utf8')) as { title: string }
const trackTitle = trackTexts.title.trim()

// Four browsers, a whole case and a review: longer than one page's test.
test.setTimeout(300_000)

const button = (page: Page, key: string, params?: Record<string, string | number>) =>
  page.getByRole('button', { name: t(key, params), exact: true })

async function csrfToken(page: Page): Promise<string> {
  const me = (await (await page.request.get('/api/me')).json()) as { csrfToken: string }
  return me.csrfToken
}

/** Passes each module's check with the correct answers from content. */
async function passChecks(page: Page, moduleIds: readonly string[]): Promise<void> {
  const headers = { 'X-CSRF-Token': await csrfToken(page) }
  for (const id of moduleIds) {
    const module = readModule(id, locale)
    const answers = Object.fromEntries(module.questions.map((q) => [q.id, rightAnswer(q).map((option) => option.id)]))
    const response = await page.request.post(`/api/modules/${id}/check/attempts`, {
      headers,
      data: { attemptId: randomUUID(), answers },
    })
    expect(response.ok(), `check of ${id}`).toBe(true)
    expect(((await response.json()) as { passed: boolean }).passed, `check of ${id} passed`).toBe(true)
  }
}

/** Plays each case along its recommended path to its ending. */
async function finishCases(page: Page, scenarioIds: readonly string[]): Promise<void> {
  const headers = { 'X-CSRF-Token': await csrfToken(page) }
  for (const id of scenarioIds) {
    const route = recommendedPath(readScenario(id, locale))
    const started = await page.request.post(`/api/scenarios/${id}/runs`, { headers })
    expect(started.ok(), `run of ${id}`).toBe(true)
    const run = (await started.json()) as { id: string }
    let status = ''
    for (const { choice } of route.steps) {
      const chosen = await page.request.post(`/api/runs/${run.id}/choices`, {
        headers,
        data: { clientChoiceId: randomUUID(), choiceId: choice.id },
      })
      expect(chosen.ok(), `${id}: choice ${choice.id}`).toBe(true)
      status = ((await chosen.json()) as { run: { status: string } }).run.status
    }
    expect(status, `${id} finished`).toBe('FINISHED')
  }
}

/** The track's panel on the home page. */
const trackPanel = (page: Page) => page.locator('section.track', { has: page.getByRole('heading', { level: 2, name: trackTitle }) })

async function openHome(page: Page): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: t('learning.home.title') })).toBeVisible()
  // The track comes first: the first section heading on the page is the track's.
  await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toHaveText(trackTitle)
}

interface Phone {
  name: string
  context: BrowserContext
  page: Page
}

async function joinAnonymously(browser: Browser, name: string, code: string): Promise<Phone> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`/j/${code}`)
  await expect(page.getByLabel(t('live.join.code'), { exact: true })).toHaveValue(code)
  await page.getByLabel(t('live.join.nickname'), { exact: true }).fill(name)
  await page.getByRole('button', { name: t('live.join.submit'), exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: t('live.play.lobbyTitle') })).toBeVisible()
  return { name, context, page }
}

/** Runs the team case from /live with three anonymous phones, to its end. */
async function runLiveSession(page: Page, browser: Browser, participants: number): Promise<void> {
  const scenario = readScenario(LIVE_CASE, locale)
  const route = recommendedPath(scenario)
  await expect(page.getByRole('heading', { level: 1, name: t('live.home.title') })).toBeVisible()
  await page
    .getByRole('group', { name: t('live.home.kind') })
    .getByRole('radio', { name: new RegExp(`^${escapeRegExp(t('live.kind.case'))}`) })
    .check()
  await page
    .getByRole('group', { name: t('live.home.activity') })
    .getByRole('radio', { name: new RegExp(`^${escapeRegExp(scenario.title)}`) })
    .check()
  await button(page, 'live.home.start').click()
  await expect(page).toHaveURL(/\/live\/[0-9a-f-]{36}$/)
  const code = ((await page.locator('.live-code').textContent()) ?? '').replace(/\D/g, '')
  expect(code).toMatch(/^\d{6}$/)

  const phones: Phone[] = []
  for (let n = 1; n <= participants; n++) phones.push(await joinAnonymously(browser, `Deelnemer ${n}`, code))
  await expect(page.getByRole('heading', { level: 2, name: t('live.control.rosterTitle', { n: participants }) })).toBeVisible()

  await button(page, 'live.control.start').click()
  for (const [index, { choice }] of route.steps.entries()) {
    for (const phone of phones) {
      await expect(phone.page.getByText(t('live.step.decision', { n: index + 1 }), { exact: true }).first()).toBeVisible()
      await phone.page.getByRole('button', { name: choice.text, exact: true }).click()
      await expect(phone.page.getByText(t('live.vote.saved'))).toBeVisible()
    }
    await expect(page.locator('.live-phase')).toContainText(
      t('live.control.votes', { votes: participants, participants }),
    )
    await button(page, 'live.control.reveal').click()
    await button(page, 'live.control.decideMajority', { text: choice.text }).click()
    for (const phone of phones) {
      await expect(phone.page.getByRole('heading', { level: 3, name: t('live.play.groupChose') })).toBeVisible()
    }
    await button(page, 'live.control.next').click()
  }
  for (const phone of phones) {
    await expect(phone.page.getByRole('heading', { level: 2, name: t('live.play.debriefTitle') })).toBeVisible()
  }
  await button(page, 'live.control.end').click()
  await button(page, 'live.control.endYes').click()
  for (const phone of phones) {
    await expect(phone.page.getByRole('heading', { level: 2, name: t('live.play.endedTitle') })).toBeVisible()
    await phone.context.close()
  }
}

/** A reflection of at least `minWords` words, made of the live case's recommended choices and their feedback. */
function reflectionText(minWords: number): string {
  const route = recommendedPath(readScenario(LIVE_CASE, locale))
  const sentences = route.steps.map(({ choice }) => `${choice.text} ${choice.feedback}`)
  const words: string[] = []
  while (words.length < minWords + 10) {
    for (const sentence of sentences) words.push(...sentence.split(/\s+/).filter((word) => word !== ''))
  }
  return words.join(' ')
}

/**
 * Text a viewer can check without a PDF library: the raw file and each of its Flate streams inflated (PDFBox may put
 * the document information, whose title names the verification code, in a compressed object stream).
 */
function pdfText(pdf: Buffer): string {
  const parts = [pdf.toString('latin1')]
  const streamStart = /stream\r?\n/g
  for (let match = streamStart.exec(parts[0] ?? ''); match; match = streamStart.exec(parts[0] ?? '')) {
    const start = match.index + match[0].length
    const end = pdf.indexOf('endstream', start, 'latin1')
    if (end < 0) break
    try {
      parts.push(inflateSync(pdf.subarray(start, end)).toString('latin1'))
    } catch {
      // Not Flate (or an embedded font with other filters): nothing to read here.
    }
  }
  return parts.join('\n')
}

test('the demo attention officer completes the track and shows its certificate', async ({ page, browser }) => {
  const moduleIds = [...trackFile.requiredModules, ...trackFile.facilitation]
  const { atLeast: cases, from } = trackFile.requiredCases
  const scenarioIds = (from === 'all' ? readdirSync(path.join(CONTENT, 'scenarios')).sort() : from).slice(0, cases)
  expect(scenarioIds).toHaveLength(cases)
  const { minParticipants } = trackFile.practical.liveSessions
  const { minWords } = trackFile.practical.reflection
  // Every module and the facilitation module, the cases, the sessions, the reflection.
  const steps = moduleIds.length + 3

  // ---- The trainer's records before: reviewing must not change them ----
  const trainerContext = await browser.newContext()
  const trainer = await trainerContext.newPage()
  await logIn(trainer, DEMO.trainer, locale)
  const trainerRecords = async () =>
    JSON.stringify([
      await (await trainer.request.get('/api/me/progress')).json(),
      await (await trainer.request.get('/api/me/certificates')).json(),
      await (await trainer.request.get('/api/me/tracks')).json(),
    ])
  const trainerBefore = await trainerRecords()

  // ---- Prerequisites through the API ----
  await logIn(page, DEMO.trackOfficer, locale)
  await passChecks(page, moduleIds)
  await finishCases(page, scenarioIds)

  // ---- Home: the track first, its progress and the next step ----
  await openHome(page)
  const panel = trackPanel(page)
  await expect(panel.getByText(t('tracks.doneOf', { done: moduleIds.length + 1, total: steps }))).toBeVisible()
  await expect(panel.getByText(t('tracks.cases', { done: cases, atLeast: cases }))).toBeVisible()
  await expect(
    panel.getByText(t('tracks.sessions', { done: 0, atLeast: trackFile.practical.liveSessions.atLeast, minParticipants })),
  ).toBeVisible()
  if (SCREENSHOTS) await page.screenshot({ path: '../docs/images/track-home.png', fullPage: false })
  await panel.getByRole('link', { name: t('tracks.next.LIVE_SESSION'), exact: true }).click()
  await expect(page).toHaveURL(/\/live$/)

  // ---- The live session, with three anonymous phones ----
  await runLiveSession(page, browser, minParticipants)

  await openHome(page)
  await expect(panel.getByText(t('tracks.doneOf', { done: moduleIds.length + 2, total: steps }))).toBeVisible()
  const sessions = t('tracks.sessions', { done: 1, atLeast: trackFile.practical.liveSessions.atLeast, minParticipants })
  await expect(panel.getByText(`${t('tracks.done')}: ${sessions}`)).toBeVisible()
  await expect(panel.getByText(`${t('tracks.open')}: ${t('tracks.reflection.NONE')}`)).toBeVisible()
  await panel.getByRole('link', { name: t('tracks.next.REFLECTION'), exact: true }).click()

  // ---- The reflection ----
  await expect(page.getByRole('heading', { level: 1, name: trackTitle })).toBeVisible()
  const reflection = page.getByLabel(t('tracks.reflectionLabel'), { exact: true })
  const text = reflectionText(minWords)
  const sent = button(page, 'tracks.send')
  await reflection.fill(text.split(' ').slice(0, minWords - 1).join(' '))
  await expect(page.getByText(t('tracks.words', { words: minWords - 1, minWords }))).toBeVisible()
  await expect(sent).toBeDisabled()
  await reflection.fill(text)
  await expect(page.getByText(t('tracks.words', { words: text.split(' ').length, minWords }))).toBeVisible()
  await sent.click()
  await expect(page.getByText(t('tracks.reflection.SUBMITTED'), { exact: true })).toBeVisible()
  await expect(reflection).toHaveCount(0)

  // ---- The trainer approves it ----
  await trainer.goto('/')
  await trainer.getByRole('navigation', { name: t('app.nav.label') }).getByRole('link', { name: t('tracks.nav') }).click()
  await expect(trainer.getByRole('heading', { level: 1, name: t('tracks.review.title') })).toBeVisible()
  const waiting = trainer.locator('li', {
    has: trainer.getByRole('heading', { level: 2, name: `${OFFICER_NAME}: ${trackTitle}` }),
  })
  await expect(waiting).toHaveCount(1)
  await expect(waiting.locator('.own-text')).toHaveText(text)
  await button(trainer, 'tracks.review.approve').click()
  await expect(waiting).toHaveCount(0)
  expect(await trainerRecords(), "the trainer's own records did not change").toBe(trainerBefore)
  await trainerContext.close()

  // ---- The track complete, the certificate ----
  await openHome(page)
  await expect(panel.getByText(t('tracks.doneOf', { done: steps, total: steps }))).toBeVisible()
  await expect(panel.getByText(`${t('tracks.done')}: ${t('tracks.reflection.APPROVED')}`)).toBeVisible()
  await panel.getByRole('link', { name: t('tracks.next.DONE'), exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: t('certification.mine.title') })).toBeVisible()

  const certificate = page.getByTestId('certificate').filter({ has: page.getByRole('heading', { level: 2, name: trackTitle }) })
  await expect(certificate).toHaveCount(1)
  await expect(certificate.getByText(t('certification.status.VALID'), { exact: true })).toBeVisible()
  const code = (await certificate.locator('.certificate-code').innerText()).trim()
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)

  const downloadLink = certificate.getByRole('link', { name: t('certification.mine.downloadFor', { title: trackTitle }) })
  const [download] = await Promise.all([page.waitForEvent('download'), downloadLink.click()])
  expect(download.suggestedFilename()).toMatch(/^signaal-certificate-.*\.pdf$/)
  const file = readFileSync(await download.path())
  expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  if (process.env.SIGNAAL_TRACK_PDF) await download.saveAs(process.env.SIGNAAL_TRACK_PDF)

  // The same file through the API: a PDF whose document title names the verification code (the page's own text is
  // in subset fonts; the backend's CertificatePdfTest extracts and checks it).
  const response = await page.request.get((await downloadLink.getAttribute('href')) ?? '')
  expect(response.ok()).toBe(true)
  expect(response.headers()['content-type']).toContain('application/pdf')
  const body = await response.body()
  expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  expect(pdfText(body)).toContain(code.replace(/-/g, ''))

  // ---- Someone without an account checks the code ----
  const verifierContext = await browser.newContext()
  const verifier = await verifierContext.newPage()
  await verifier.goto(`/verify/${code}`)
  const verification = verifier.getByTestId('verification')
  await expect(verification.getByText(t('certification.verify.explained.VALID'))).toBeVisible()
  await expect(verification.getByText(OFFICER_NAME)).toBeVisible()
  await expect(verification.getByText(trackTitle)).toBeVisible()
  await verifierContext.close()
})
