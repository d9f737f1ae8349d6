import { devices, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { DEMO, logIn } from '../support/app'
import { readScenario, recommendedPath } from '../support/content'
import { escapeRegExp, ui } from '../support/ui'

/**
 * A live group session end to end: one facilitator and three participants — anonymous on a phone,
 * signed in and joining as herself, and one whose network drops while voting — play the team case
 * to its debrief, then a signal-pooling exercise to the end. SIGNAAL_SCREENSHOTS=1 also saves the
 * README's screenshots (docs/images/live-*.png).
 */
const locale = 'nl'
const t = ui(locale)
const CASE = 'team-signalen-samenbrengen'
const SCREENSHOTS = process.env.SIGNAAL_SCREENSHOTS === '1'
const shot = async (page: Page, name: string) => {
  if (SCREENSHOTS) await page.screenshot({ path: `../docs/images/live-${name}.png`, fullPage: false })
}

// Four browsers and a whole case: longer than one page's test.
test.setTimeout(300_000)

interface Player {
  name: string
  context: BrowserContext
  page: Page
}

async function newPlayer(browser: Browser, name: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Player> {
  const context = await browser.newContext(options)
  return { name, context, page: await context.newPage() }
}

/** Opens a session from /live and returns its id and code, read off the control page. */
async function openSession(page: Page, kind: 'case' | 'pooling', pick: (list: Page) => Promise<void>): Promise<{ id: string; code: string }> {
  await page.goto('/live')
  await expect(page.getByRole('heading', { level: 1, name: t('live.home.title') })).toBeVisible()
  await page
    .getByRole('group', { name: t('live.home.kind') })
    .getByRole('radio', { name: new RegExp(`^${escapeRegExp(t(`live.kind.${kind}`))}`) })
    .check()
  await pick(page)
  await page.getByRole('button', { name: t('live.home.start'), exact: true }).click()
  await expect(page).toHaveURL(/\/live\/[0-9a-f-]{36}$/)
  const id = new URL(page.url()).pathname.split('/').pop() ?? ''
  const code = ((await page.locator('.live-code').textContent()) ?? '').replace(/\D/g, '')
  expect(code).toMatch(/^\d{6}$/)
  return { id, code }
}

async function joinAnonymously(player: Player, code: string): Promise<void> {
  await player.page.goto(`/j/${code}`)
  await expect(player.page.getByLabel(t('live.join.code'), { exact: true })).toHaveValue(code)
  await player.page.getByLabel(t('live.join.nickname'), { exact: true }).fill(player.name)
  await player.page.getByRole('button', { name: t('live.join.submit'), exact: true }).click()
  await expect(player.page.getByRole('heading', { level: 2, name: t('live.play.lobbyTitle') })).toBeVisible()
}

async function joinAsSelf(player: Player, code: string): Promise<void> {
  await player.page.goto('/j')
  await player.page.getByLabel(t('live.join.code'), { exact: true }).fill(code)
  const asSelf = t('live.join.asSelf', { name: '\u0000' }).split('\u0000')[0] ?? ''
  await player.page.getByRole('radio', { name: new RegExp(`^${escapeRegExp(asSelf)}`) }).check()
  await expect(player.page.getByLabel(t('live.join.nickname'), { exact: true })).toHaveCount(0)
  await player.page.getByRole('button', { name: t('live.join.submit'), exact: true }).click()
  await expect(player.page.getByRole('heading', { level: 2, name: t('live.play.lobbyTitle') })).toBeVisible()
}

const votesIn = (page: Page, votes: number, participants: number) =>
  expect(page.locator('.live-phase')).toContainText(t('live.control.votes', { votes, participants }))

const button = (page: Page, key: string, params?: Record<string, string | number>) =>
  page.getByRole('button', { name: t(key, params), exact: true })

test('a facilitator runs the team case and a signal-pooling exercise with three phones', async ({ browser }) => {
  const scenario = readScenario(CASE, locale)
  const path = recommendedPath(scenario)
  expect(path.steps.length, 'the case has a decision to tie and one to vote on offline').toBeGreaterThanOrEqual(2)

  const host = await newPlayer(browser, 'facilitator')
  await logIn(host.page, DEMO.liveFacilitator, locale)
  await host.page.getByRole('navigation', { name: t('app.nav.label') }).getByRole('link', { name: t('live.nav') }).click()

  const phone = await newPlayer(browser, 'Anna', { ...devices['Pixel 7'] })
  const self = await newPlayer(browser, 'self')
  await logIn(self.page, DEMO.liveParticipant, locale)
  const flaky = await newPlayer(browser, 'Chris')
  const players = [phone, self, flaky]

  // ---- The case ----
  const session = await openSession(host.page, 'case', async (page) => {
    await page.getByRole('group', { name: t('live.home.activity') }).getByRole('radio', { name: new RegExp(`^${escapeRegExp(scenario.title)}`) }).check()
  })
  const presenter = await host.context.newPage()
  await presenter.goto(`/live/${session.id}/present`)
  await expect(presenter.locator('.live-present-code')).toHaveText(`${session.code.slice(0, 3)} ${session.code.slice(3)}`)

  // A wrong code is refused at the code field.
  await phone.page.goto('/j')
  await phone.page.getByLabel(t('live.join.code'), { exact: true }).fill(session.code === '000000' ? '000001' : '000000')
  await phone.page.getByLabel(t('live.join.nickname'), { exact: true }).fill(phone.name)
  await phone.page.getByRole('button', { name: t('live.join.submit'), exact: true }).click()
  await expect(phone.page.getByText(t('live.join.error.codeUnknown'))).toBeVisible()

  await joinAnonymously(phone, session.code)
  await joinAsSelf(self, session.code)
  await joinAnonymously(flaky, session.code)
  await expect(host.page.getByRole('heading', { level: 2, name: t('live.control.rosterTitle', { n: 3 }) })).toBeVisible()
  await expect(presenter.locator('.live-present-count')).toHaveText(t('live.participants', { n: 3 }).split(' | ')[1] ?? '')
  await shot(presenter, 'presenter-lobby')

  await button(host.page, 'live.control.start').click()

  for (const [index, { scene, choice }] of path.steps.entries()) {
    const number = index + 1
    for (const player of players) {
      await expect(player.page.getByText(t('live.step.decision', { n: number }), { exact: true }).first()).toBeVisible()
    }
    const other = scene.choices.find((candidate) => candidate.id !== choice.id && candidate.condition === null)
    const optionButton = (player: Player, text: string) => player.page.getByRole('button', { name: text, exact: true })

    if (index === 0) {
      await button(host.page, 'live.control.seconds', { n: 90 }).click()
      await expect(phone.page.getByText(t('live.timer.label'))).toBeVisible()
      // Changeable until the reveal: first another option, then the recommended one.
      if (other) {
        await optionButton(phone, other.text).click()
        await expect(phone.page.getByText(t('live.vote.saved'))).toBeVisible()
      }
      await optionButton(phone, choice.text).click()
      await expect(optionButton(phone, choice.text)).toHaveAttribute('aria-pressed', 'true')
      await optionButton(self, choice.text).click()
      // The network drops while voting: the vote waits and goes out once back, counted once.
      await flaky.context.setOffline(true)
      await optionButton(flaky, choice.text).click()
      await expect(flaky.page.getByText(t('live.vote.retrying'))).toBeVisible()
      await flaky.page.waitForTimeout(3000)
      await flaky.context.setOffline(false)
      await expect(flaky.page.getByText(t('live.vote.saved'))).toBeVisible({ timeout: 20_000 })
      await votesIn(host.page, 3, 3)
      await shot(phone.page, 'phone')
      await button(host.page, 'live.control.reveal').click()
      for (const player of players) {
        await expect(player.page.getByRole('heading', { level: 3, name: t('live.play.resultTitle') })).toBeVisible()
      }
      await expect(phone.page.locator('.tally-row', { hasText: choice.text }).locator('.tally-count')).toHaveText(
        t('live.tally.count', { votes: 3, percent: 100 }).split(' | ')[1] ?? '',
      )
      await shot(host.page, 'control')
      await shot(presenter, 'presenter')
      await button(host.page, 'live.control.decideMajority', { text: choice.text }).click()
    } else if (index === 1 && other) {
      // A tie (one against one, one abstains): the facilitator must pick the path.
      await optionButton(phone, choice.text).click()
      await optionButton(self, other.text).click()
      await votesIn(host.page, 2, 3)
      await button(host.page, 'live.control.close').click()
      await expect(flaky.page.getByText(t('live.play.waitReveal'))).toBeVisible()
      await button(host.page, 'live.control.reveal').click()
      await expect(host.page.getByText(t('live.control.tie'))).toBeVisible()
      await expect(button(host.page, 'live.control.decideMajority', { text: choice.text })).toHaveCount(0)
      await host.page.getByRole('radio', { name: new RegExp(`^${escapeRegExp(choice.text)}`) }).check()
      await button(host.page, 'live.control.decidePick').click()
      await expect(phone.page.getByText(t('live.how.FACILITATOR'))).toBeVisible()
    } else {
      for (const player of players) await optionButton(player, choice.text).click()
      await votesIn(host.page, 3, 3)
      await button(host.page, 'live.control.reveal').click()
      await button(host.page, 'live.control.decideMajority', { text: choice.text }).click()
    }

    for (const player of players) {
      await expect(player.page.getByRole('heading', { level: 3, name: t('live.play.groupChose') })).toBeVisible()
    }
    await expect(phone.page.locator('.live-decided .chosen')).toHaveText(choice.text)
    await button(host.page, 'live.control.next').click()
  }

  const followed = t('live.debrief.followed', { followed: path.steps.length, total: path.steps.length })
  for (const player of players) {
    await expect(player.page.getByRole('heading', { level: 2, name: t('live.play.debriefTitle') })).toBeVisible()
    await expect(player.page.getByText(followed)).toBeVisible()
  }
  await expect(presenter.getByText(followed)).toBeVisible()
  // Own vote history on the phone: one line per decision.
  await expect(phone.page.locator('.live-history li')).toHaveCount(path.steps.length)

  await button(host.page, 'live.control.end').click()
  await button(host.page, 'live.control.endYes').click()
  for (const player of players) {
    await expect(player.page.getByRole('heading', { level: 2, name: t('live.play.endedTitle') })).toBeVisible()
  }

  await host.page.getByRole('link', { name: t('live.control.toSummary') }).click()
  await expect(host.page.getByRole('heading', { level: 1, name: t('live.summary.pageTitle', { title: scenario.title }) })).toBeVisible()
  await expect(host.page.getByRole('heading', { level: 2 })).toHaveCount(path.steps.length)
  const csv = await host.page.request.get(`/api/live/sessions/${session.id}/summary.csv`)
  expect(csv.ok()).toBe(true)
  expect(await csv.text()).toContain(choice0(path))

  // The ended code no longer joins.
  await phone.page.goto(`/j/${session.code}`)
  await phone.page.getByLabel(t('live.join.nickname'), { exact: true }).fill(phone.name)
  await phone.page.getByRole('button', { name: t('live.join.submit'), exact: true }).click()
  await expect(phone.page.getByText(t('live.join.error.codeUnknown'))).toBeVisible()

  // ---- A signal-pooling exercise ----
  const pooling = await openSession(host.page, 'pooling', async (page) => {
    await page.getByRole('group', { name: t('live.home.activity') }).getByRole('radio').first().check()
  })
  await joinAnonymously(phone, pooling.code)
  await joinAsSelf(self, pooling.code)
  await joinAnonymously(flaky, pooling.code)
  const extra = await newPlayer(browser, 'Weg')
  await joinAnonymously(extra, pooling.code)
  for (const player of players) {
    await expect(player.page.getByRole('heading', { level: 2, name: t('live.pooling.fragmentTitle') })).toBeVisible()
    await expect(player.page.getByText(t('live.pooling.fragmentHint'))).toBeVisible()
  }

  // Removing a participant: asked first, then that phone is told.
  await host.page.getByRole('button', { name: t('live.control.removeName', { name: extra.name }) }).click()
  await button(host.page, 'live.control.removeYes').click()
  await expect(extra.page.getByRole('heading', { level: 1, name: t('live.play.removedTitle') })).toBeVisible()
  await expect(host.page.getByRole('heading', { level: 2, name: t('live.control.rosterTitle', { n: 3 }) })).toBeVisible()
  await extra.context.close()

  await button(host.page, 'live.control.start').click()
  const questionPattern = new RegExp(escapeRegExp(t('live.step.question', { n: 1, total: '\u0000' })).replace('\u0000', '(\\d+)'))
  const first = phone.page.locator('.live-step-number')
  await expect(first).toHaveText(questionPattern)
  const total = Number(questionPattern.exec((await first.textContent()) ?? '')?.[1])
  expect(total).toBeGreaterThan(0)

  for (let number = 1; number <= total; number++) {
    for (const player of players) {
      await expect(player.page.locator('.live-step-number')).toHaveText(t('live.step.question', { n: number, total }))
      await player.page.locator('.live-options').getByRole('button').first().click()
      await expect(player.page.getByText(t('live.vote.saved'))).toBeVisible()
    }
    await votesIn(host.page, 3, 3)
    await button(host.page, 'live.control.reveal').click()
    await button(host.page, 'live.control.decideAnswer').click()
    for (const player of players) {
      await expect(player.page.getByRole('heading', { level: 3, name: t('live.play.answerTitle') })).toBeVisible()
    }
    await expect(phone.page.getByRole('heading', { level: 4, name: t('live.pooling.neededTitle') })).toBeVisible()
    await button(host.page, 'live.control.next').click()
  }

  for (const player of players) {
    await expect(player.page.getByRole('heading', { level: 2, name: t('live.play.debriefTitle') })).toBeVisible()
  }
  await button(host.page, 'live.control.end').click()
  await button(host.page, 'live.control.endYes').click()
  for (const player of players) {
    await expect(player.page.getByRole('heading', { level: 2, name: t('live.play.endedTitle') })).toBeVisible()
  }

  for (const player of players) await player.context.close()
  await host.context.close()
})

/** The first decision's recommended choice text, as the CSV writes it (quoted when it holds a comma). */
function choice0(path: ReturnType<typeof recommendedPath>): string {
  const text = path.steps[0]?.choice.text ?? ''
  return /[",\n]/.test(text) ? text.split(',')[0] ?? text : text
}

test('a learner does not see live sessions and is refused at /live', async ({ page }) => {
  await logIn(page, DEMO.learner, locale)
  await expect(page.getByRole('navigation', { name: t('app.nav.label') }).getByRole('link', { name: t('live.nav') })).toHaveCount(0)
  await page.goto('/live')
  await expect(page.getByRole('heading', { level: 1, name: t('app.forbidden.title') })).toBeVisible()
})
