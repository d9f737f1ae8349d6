import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { DEMO, logIn, openMenu } from '../support/app'
import { readModule } from '../support/content'
import { ui, type Locale } from '../support/ui'

/**
 * Issue 17, the administrator's page for learning records (/organisation/learning-records): API credentials for an
 * LRS that fetches (made and revoked in the UI, tried with HTTP Basic against the real xAPI endpoint), the page
 * refused to a coordinator, and forwarding to a small fake LRS started by this spec.
 */
test.describe.configure({ timeout: 120_000 })

const locale: Locale = 'nl'
const t = ui(locale)

/** Serious and critical axe violations on the page as it is now, one line each. */
async function axe(page: Page, name: string): Promise<string[]> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${name}: ${violation.id} ${violation.help}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`

/** GET /api/xapi/statements with only HTTP Basic: `request` shares no cookies with the browser. */
const fetchStatements = (request: APIRequestContext, keyId: string, secret: string) =>
  request.get('/api/xapi/statements', {
    headers: { Authorization: basic(keyId, secret), 'X-Experience-API-Version': '1.0.3' },
  })

async function openPage(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByRole('link', { name: t('lrs.homeLink'), exact: true }).click()
  await expect(page).toHaveURL(/\/organisation\/learning-records$/)
  await expect(page.getByRole('heading', { level: 1, name: t('lrs.title') })).toBeVisible()
}

test('an administrator makes an API credential, sees its secret once, and revokes it', async ({ page, request }) => {
  const found: string[] = []
  await logIn(page, DEMO.admin, locale)
  await openPage(page)
  // The address an LRS uses is on the page, under the page's own origin.
  await expect(page.getByText(/\/api\/xapi\/$/)).toBeVisible()

  const name = `LRS e2e ${Date.now()}`
  // A name is required: the message stands beside the field, and nothing is sent.
  await page.getByRole('button', { name: t('lrs.credentials.form.create'), exact: true }).click()
  await expect(page.getByText(t('lrs.credentials.form.nameRequired'))).toBeVisible()
  await expect(page.getByLabel(t('lrs.credentials.form.name'), { exact: true })).toBeFocused()

  await page.getByLabel(t('lrs.credentials.form.name'), { exact: true }).fill(name)
  await page.getByRole('button', { name: t('lrs.credentials.form.create'), exact: true }).click()

  const box = page.getByRole('region', { name: t('lrs.credentials.secret.title', { name }) })
  await expect(box).toBeVisible()
  await expect(box).toBeFocused()
  await expect(box.getByText(t('lrs.credentials.secret.warning'))).toBeVisible()
  await expect(box.getByRole('button', { name: t('lrs.credentials.secret.copy') })).toBeVisible()
  const secret = await box.getByLabel(t('lrs.credentials.secret.label'), { exact: true }).inputValue()
  const keyId = (await box.getByTestId('lrs-key-id').textContent())?.trim() ?? ''
  expect(keyId).toMatch(/^sx_/)
  expect(secret.length).toBeGreaterThan(20)
  found.push(...(await axe(page, 'credentials, secret shown')))

  const row = page.getByRole('row').filter({ hasText: name })
  await expect(row).toContainText(keyId)
  await expect(row).toContainText(t('lrs.credentials.active'))

  const allowed = await fetchStatements(request, keyId, secret)
  expect(allowed.status()).toBe(200)
  expect(allowed.headers()['x-experience-api-version']).toBe('1.0.3')

  // Shown once: after closing the box, and after a reload, the secret is nowhere on the page.
  await box.getByRole('button', { name: t('lrs.credentials.secret.done') }).click()
  await expect(box).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('row').filter({ hasText: name })).toBeVisible()
  expect(await page.content()).not.toContain(secret)

  // Revoking asks first, naming the credential, with the keyboard on the confirming button.
  const reloadedRow = page.getByRole('row').filter({ hasText: name })
  await reloadedRow.getByRole('button', { name: t('lrs.credentials.revoke.start'), exact: true }).click()
  const confirm = page.getByRole('group', { name: t('lrs.credentials.revoke.label', { name }) })
  await expect(confirm).toContainText(t('lrs.credentials.revoke.question', { name }))
  const yes = confirm.getByRole('button', { name: t('lrs.credentials.revoke.yes'), exact: true })
  await expect(yes).toBeFocused()
  await yes.click()
  await expect(page.getByRole('status').getByText(t('lrs.credentials.revoked', { name }))).toBeVisible()
  await expect(reloadedRow).toContainText(t('lrs.credentials.revokedOn', { date: '' }).trim())
  await expect(reloadedRow.getByRole('button', { name: t('lrs.credentials.revoke.start'), exact: true })).toHaveCount(0)

  const refused = await fetchStatements(request, keyId, secret)
  expect(refused.status()).toBe(401)

  expect(found).toEqual([])
})

test('a coordinator has no link to the page and is refused there', async ({ page }) => {
  await logIn(page, DEMO.coordinator, locale)
  await expect(page.getByRole('link', { name: t('lrs.homeLink') })).toHaveCount(0)
  await openMenu(page)
  await expect(
    page.getByRole('navigation', { name: t('app.nav.label') }).getByRole('link', { name: t('lrs.nav'), exact: true }),
  ).toHaveCount(0)
  await page.goto('/organisation/learning-records')
  await expect(page.getByRole('heading', { level: 1, name: t('app.forbidden.title') })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: t('lrs.title') })).toHaveCount(0)
})

/** A tiny LRS: stores statements by id (POST one or many, PUT with statementId) and answers /about. */
interface FakeLrs {
  server: Server
  url: string
  statements: Map<string, unknown>
  authorizations: Set<string>
  versions: Set<string>
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

async function startFakeLrs(): Promise<FakeLrs> {
  const statements = new Map<string, unknown>()
  const authorizations = new Set<string>()
  const versions = new Set<string>()
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1')
      authorizations.add(request.headers.authorization ?? '')
      versions.add(String(request.headers['x-experience-api-version'] ?? ''))
      const json = (status: number, body: unknown) => {
        response.writeHead(status, { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' })
        response.end(JSON.stringify(body))
      }
      if (request.method === 'GET' && url.pathname === '/xapi/about') return json(200, { version: ['1.0.3'] })
      if (url.pathname !== '/xapi/statements') return json(404, { error: 'not here' })
      if (request.method === 'POST') {
        const body = JSON.parse(await readBody(request)) as unknown
        const list = (Array.isArray(body) ? body : [body]) as { id?: string }[]
        const ids = list.map((statement) => {
          const id = statement.id ?? crypto.randomUUID()
          statements.set(id, statement)
          return id
        })
        return json(200, ids)
      }
      if (request.method === 'PUT') {
        const statement = JSON.parse(await readBody(request)) as { id?: string }
        statements.set(url.searchParams.get('statementId') ?? statement.id ?? crypto.randomUUID(), statement)
        response.writeHead(204, { 'X-Experience-API-Version': '1.0.3' })
        return response.end()
      }
      return json(405, { error: 'method' })
    })().catch(() => {
      response.writeHead(400)
      response.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { server, url: `http://127.0.0.1:${port}/xapi`, statements, authorizations, versions }
}

test('an administrator forwards statements to the LRS of the organisation and sees them delivered', async ({
  page,
  browser,
}) => {
  const lrs = await startFakeLrs()
  const found: string[] = []
  try {
    await logIn(page, DEMO.admin, locale)
    await openPage(page)
    const section = page.getByRole('region', { name: t('lrs.forwarding.title') })
    await expect(section.getByText(t('lrs.forwarding.empty'))).toBeVisible()
    // Erasure does not reach the organisation's own LRS: the page says so before anything is sent.
    await expect(section.getByText(t('lrs.forwarding.privacy'))).toBeVisible()

    // The password is required the first time.
    await section.getByLabel(t('lrs.forwarding.form.endpoint'), { exact: true }).fill(`${lrs.url}/`)
    await section.getByLabel(t('lrs.forwarding.form.username'), { exact: true }).fill('signaal-e2e')
    await section.getByRole('button', { name: t('lrs.forwarding.form.save'), exact: true }).click()
    await expect(section.getByText(t('lrs.forwarding.form.passwordRequired'))).toBeVisible()
    await expect(section.getByLabel(t('lrs.forwarding.form.password'), { exact: true })).toBeFocused()

    await section.getByLabel(t('lrs.forwarding.form.password'), { exact: true }).fill('geheim wachtwoord')
    await expect(section.getByRole('switch', { name: t('lrs.forwarding.form.enabled') })).toBeChecked()
    await section.getByRole('button', { name: t('lrs.forwarding.form.save'), exact: true }).click()
    await expect(page.getByRole('status').getByText(t('lrs.forwarding.saved.first'))).toBeVisible()
    // Stored as the contract has it, without the trailing slash; the password stays a secret.
    await expect(section.getByLabel(t('lrs.forwarding.form.endpoint'), { exact: true })).toHaveValue(lrs.url)
    await expect(section.getByLabel(t('lrs.forwarding.form.password'), { exact: true })).toHaveValue('')
    await expect(section.getByText(t('lrs.forwarding.form.passwordKept'))).toBeVisible()

    await section.getByRole('button', { name: t('lrs.test.start'), exact: true }).click()
    const answer = section.getByTestId('lrs-test-result')
    await expect(answer).toBeVisible()
    await expect(answer).toHaveClass(/lrs-test--ok/)
    await expect(answer).toContainText(t('lrs.test.ok').split('(')[0]?.trim() ?? '')

    // A learner reads a lesson: a new statement of the organisation, forwarded from now on.
    const learnerContext = await browser.newContext()
    const learner = await learnerContext.newPage()
    await logIn(learner, DEMO.learner, locale)
    const module = readModule('wat-is-criminele-uitbuiting', locale)
    const lesson = module.lessons[0]
    if (!lesson) throw new Error('the module has no lessons')
    const viewed = learner.waitForResponse((response) => response.url().endsWith(`/lessons/${lesson.id}/views`))
    await learner.goto(`/learn/${module.id}/lessons/${lesson.id}`)
    expect((await viewed).ok()).toBe(true)
    await learnerContext.close()

    // And the statements from before forwarding started go too, after a confirmation.
    await section.getByRole('button', { name: t('lrs.backfill.start'), exact: true }).click()
    const yes = section.getByRole('button', { name: t('lrs.backfill.yes'), exact: true })
    await expect(yes).toBeFocused()
    await yes.click()
    await expect(page.getByRole('status').getByText(t('lrs.backfill.done'))).toBeVisible()

    // The status panel refreshes by itself (every 5 s; the forwarder runs every second in e2e).
    await expect(section.getByTestId('lrs-state')).toHaveText(t('lrs.status.state.upToDate'), { timeout: 45_000 })
    await expect(section.getByTestId('lrs-pending')).toHaveText('0')
    const delivered = Number((await section.getByTestId('lrs-delivered').textContent())?.replace(/\D/g, ''))
    expect(delivered).toBeGreaterThan(0)
    expect(lrs.statements.size).toBeGreaterThanOrEqual(delivered)
    const lessonViews = [...lrs.statements.values()].filter((statement) =>
      JSON.stringify(statement).includes(`modules/${module.id}/lessons/${lesson.id}`),
    )
    expect(lessonViews.length).toBeGreaterThan(0)
    expect(lrs.authorizations).toEqual(new Set([basic('signaal-e2e', 'geheim wachtwoord')]))
    expect([...lrs.versions].every((version) => version.startsWith('1.0'))).toBe(true)
    found.push(...(await axe(page, 'forwarding, delivered')))

    // Stopping asks first and says the queue goes; afterwards the page is back to "not set up".
    await section.getByRole('button', { name: t('lrs.stop.start'), exact: true }).click()
    await expect(section.getByText(t('lrs.stop.question'))).toBeVisible()
    await section.getByRole('button', { name: t('lrs.stop.yes'), exact: true }).click()
    await expect(page.getByRole('status').getByText(t('lrs.stop.done'))).toBeVisible()
    await expect(section.getByText(t('lrs.forwarding.empty'))).toBeVisible()
    expect(found).toEqual([])
  } finally {
    lrs.server.closeAllConnections()
    await new Promise<void>((resolve) => lrs.server.close(() => resolve()))
  }
})
