import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { DEMO, logIn } from '../support/app'
import { readModule } from '../support/content'
import { ui, type Locale } from '../support/ui'

/**
 * An axe scan of every main page, as the roles that see it: a serious or critical violation fails the test
 * (issue 13). Viewing only, except for `axe@`, this spec's own account, which opens a knowledge check (an
 * attempt), plays a case (a run) and starts a refresher session.
 */
// Each test scans several pages; axe takes seconds per page on a busy machine.
test.describe.configure({ timeout: 300_000 })

const MODULE = 'wat-is-criminele-uitbuiting'
const CASE = 'buurtteam-tikkies'
const TRACK = 'aandachtsfunctionaris-criminele-uitbuiting'

const module = readModule(MODULE, 'nl')
const lesson = module.lessons[0]

/** The page has settled: its h1 is there and nothing is loading any more. */
async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
  await page.waitForLoadState('networkidle')
}

/** Scans the page as it is; returns one line per serious or critical violation, naming the page and the nodes. */
async function scan(page: Page, name: string): Promise<string[]> {
  await settled(page)
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${name}: ${violation.id} (${violation.impact}) ${violation.help}: ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    )
}

/** Opens each address in turn and scans it. */
async function scanAll(page: Page, addresses: Record<string, string>): Promise<string[]> {
  const found: string[] = []
  for (const [name, address] of Object.entries(addresses)) {
    await page.goto(address)
    found.push(...(await scan(page, `${name} (${address})`)))
  }
  return found
}

test('anonymous pages have no serious or critical axe violations', async ({ page }) => {
  const found = await scanAll(page, {
    login: '/login',
    home: '/',
    'forgot password': '/forgot-password',
    cases: '/practice',
    case: `/practice/${CASE}`,
    'verify a certificate': '/verify',
    'not found': '/no/such/page',
  })
  expect(found).toEqual([])
})

for (const locale of ['nl', 'ar'] as const satisfies readonly Locale[]) {
  test(`a learner's pages have no serious or critical axe violations (${locale})`, async ({ page }) => {
    expect(lesson, 'the module has lessons').toBeDefined()
    await logIn(page, DEMO.learner, locale)
    const found = await scanAll(page, {
      home: '/',
      module: `/learn/${MODULE}`,
      lesson: `/learn/${MODULE}/lessons/${lesson?.id ?? ''}`,
      cases: '/practice',
      case: `/practice/${CASE}`,
      glossary: '/glossary',
      account: '/account',
      certificates: '/certificates',
      'my data': '/my-data',
    })
    expect(found).toEqual([])
  })
}

test('a knowledge check, a case run and a refresher have no serious or critical axe violations', async ({ page }) => {
  const t = ui('nl')
  await logIn(page, DEMO.axe, 'nl')
  const found: string[] = []

  await page.goto(`/learn/${MODULE}/check`)
  await expect(page.getByRole('heading', { level: 1, name: t('learning.check.titleFor', { title: module.title }) })).toBeVisible()
  found.push(...(await scan(page, 'knowledge check')))
  // With the message that names the unanswered questions.
  await page.getByRole('button', { name: t('learning.check.submit') }).click()
  await expect(page.getByRole('alert')).toBeVisible()
  found.push(...(await scan(page, 'knowledge check, answers missing')))

  await page.goto(`/practice/${CASE}`)
  await page.getByRole('button', { name: t('simulation.scenario.start') }).click()
  await expect(page).toHaveURL(/\/practice\/runs\/[^/]+$/)
  found.push(...(await scan(page, 'case run')))

  await page.goto('/refresh')
  await expect(page.getByRole('heading', { level: 1, name: t('refresher.session.title') })).toBeVisible()
  found.push(...(await scan(page, 'refresher')))
  expect(found).toEqual([])
})

test('an attention officer’s pages have no serious or critical axe violations', async ({ page }) => {
  await logIn(page, DEMO.attentionOfficer, 'nl')
  const found = await scanAll(page, {
    home: '/',
    'live sessions': '/live',
    'trainer kits': '/trainer-kits',
    'trainer kit': `/trainer-kits/${CASE}`,
    track: `/tracks/${TRACK}`,
  })
  expect(found).toEqual([])
})

test('a trainer’s pages have no serious or critical axe violations', async ({ page }) => {
  await logIn(page, DEMO.trainer, 'nl')
  const found = await scanAll(page, {
    home: '/',
    'reflections to review': '/organisation/reflections',
    'live sessions': '/live',
  })
  expect(found).toEqual([])
})

test('the authoring pages have no serious or critical axe violations', async ({ page }) => {
  // The trainer makes two drafts to open in the editors: the only writes of this account in the browser tests.
  await logIn(page, DEMO.trainer, 'nl')
  const me = (await (await page.request.get('/api/me')).json()) as { csrfToken: string }
  const draft = async (kind: 'SCENARIO' | 'MODULE') => {
    const response = await page.request.post('/api/authoring/items', {
      headers: { 'X-CSRF-Token': me.csrfToken },
      data: { kind, contentId: `axe-${kind.toLowerCase()}-${Date.now()}` },
    })
    expect(response.status()).toBe(201)
    return ((await response.json()) as { id: string }).id
  }
  const scenario = await draft('SCENARIO')
  const module = await draft('MODULE')
  const found = await scanAll(page, {
    'authoring home': '/authoring',
    'case editor': `/authoring/${scenario}`,
    'case translations': `/authoring/${scenario}?tab=translations`,
    'case versions and review': `/authoring/${scenario}?tab=versions`,
    'module editor': `/authoring/${module}`,
  })
  expect(found).toEqual([])
})

test('a coordinator’s pages have no serious or critical axe violations', async ({ page }) => {
  await logIn(page, DEMO.coordinator, 'nl')
  const found = await scanAll(page, {
    home: '/',
    members: '/organisation/members',
    invitations: '/organisation/invitations',
    refreshers: '/organisation/refreshers',
    certificates: '/organisation/certificates',
  })
  expect(found).toEqual([])
})

test('an administrator’s pages have no serious or critical axe violations', async ({ page }) => {
  await logIn(page, DEMO.admin, 'nl')
  const found = await scanAll(page, {
    home: '/',
    members: '/organisation/members',
    account: '/account',
  })
  expect(found).toEqual([])
})
