import { expect, test, type Page } from '@playwright/test'
import { chooseLanguage, DEMO, logIn } from '../support/app'
import { text } from '../support/ui'

/**
 * What a first visit costs in JavaScript, as the browser receives it (compressed by the server), and that a second
 * visit gets the app's files from the browser's cache (decision 0035). The build checks the same budget on the files
 * (frontend/scripts/first-load.mjs); this measures what goes over the wire, including the page's own chunk.
 */
/*
 * The build holds the files to 80 KB at gzip level 9 (frontend/scripts/first-load.mjs). The server compresses at
 * Netty's default level 6 and sends chunked bodies, which the browser counts too: 1 KB more on the wire (80.2 KB
 * measured on 2026-12-07 for 79.2 KB in the build).
 */
const BUDGET = 82_000

type Script = { url: string; bytes: number; fromCache: boolean }

/** Every script the page loads, with the bytes of its body on the wire (0 when it came from the cache). */
async function recordScripts(page: Page): Promise<Script[]> {
  const scripts: Script[] = []
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  const urls = new Map<string, string>()
  const cached = new Set<string>()
  const received = new Map<string, number>()
  cdp.on('Network.responseReceived', (event) => {
    if (event.type !== 'Script') return
    urls.set(event.requestId, event.response.url)
    if (event.response.fromDiskCache || event.response.fromPrefetchCache) cached.add(event.requestId)
  })
  cdp.on('Network.requestServedFromCache', (event) => cached.add(event.requestId))
  // The body's bytes as they came over the wire (compressed), without the headers.
  cdp.on('Network.dataReceived', (event) =>
    received.set(event.requestId, (received.get(event.requestId) ?? 0) + event.encodedDataLength),
  )
  cdp.on('Network.loadingFinished', (event) => {
    const url = urls.get(event.requestId)
    if (!url) return
    const fromCache = cached.has(event.requestId)
    scripts.push({ url, bytes: fromCache ? 0 : (received.get(event.requestId) ?? 0), fromCache })
  })
  return scripts
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`
const name = (url: string) => new URL(url).pathname.replace('/assets/', '')

test('the first visit to the login page stays within the JavaScript budget, and the second comes from the cache', async ({
  page,
}, testInfo) => {
  const scripts = await recordScripts(page)
  const html = await (await page.request.get('/login')).text()
  const startup = new Set(
    [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]),
  )
  expect(startup.size, 'index.html names the entry script and its preloads').toBeGreaterThan(0)

  await page.goto('/login')
  await expect(page.getByLabel(text('nl', 'auth.field.email'), { exact: true })).toBeVisible()
  await page.waitForLoadState('networkidle')

  const first = [...scripts]
  const atStart = first.filter((script) => startup.has(new URL(script.url).pathname))
  const startBytes = atStart.reduce((sum, script) => sum + script.bytes, 0)
  const allBytes = first.reduce((sum, script) => sum + script.bytes, 0)
  const report = [
    `first visit of /login: ${kb(startBytes)} of JavaScript before the app starts (budget ${kb(BUDGET)}),`,
    `${kb(allBytes)} with the page's own chunks, in ${first.length} files:`,
    ...first.map((script) => `  ${kb(script.bytes).padStart(9)}  ${name(script.url)}`),
  ].join('\n')
  console.log(report)
  await testInfo.attach('first-load.txt', { body: report, contentType: 'text/plain' })
  expect(atStart.length, 'every startup script was loaded').toBe(startup.size)
  expect(first.every((script) => !script.fromCache)).toBe(true)
  expect(startBytes, 'compressed JavaScript before the app starts').toBeLessThanOrEqual(BUDGET)
  // Other languages are fetched only when chosen.
  expect(first.map((script) => name(script.url)).filter((file) => /^locale-(?!nl-)/.test(file))).toEqual([])

  // The second visit: the hashed files are cached for a year, so none goes over the wire again.
  scripts.length = 0
  await page.goto('/login')
  await expect(page.getByLabel(text('nl', 'auth.field.email'), { exact: true })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(scripts.length, 'the second visit loads the same scripts').toBeGreaterThan(0)
  expect(
    scripts.filter((script) => !script.fromCache).map((script) => name(script.url)),
    'scripts fetched again on the second visit',
  ).toEqual([])
})

test('a language is fetched when chosen, and the page switches once it is there', async ({ page }) => {
  const scripts = await recordScripts(page)
  await page.goto('/login')
  await expect(page.getByLabel(text('nl', 'auth.field.email'), { exact: true })).toBeVisible()
  await page.waitForLoadState('networkidle')
  scripts.length = 0

  await chooseLanguage(page, 'ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByLabel(text('ar', 'auth.field.email'), { exact: true })).toBeVisible()
  expect(scripts.map((script) => name(script.url))).toEqual([expect.stringMatching(/^locale-ar-shell-/)])

  // Signing in needs the texts of every page: the rest of Arabic, never Dutch's rest or another language.
  await logIn(page, DEMO.learner, 'ar')
  // (logIn loads /login again and the user's saved language wins at first, so Dutch may come too.)
  const fetched = scripts.filter((script) => !script.fromCache).map((script) => name(script.url))
  expect(fetched).toContainEqual(expect.stringMatching(/^locale-ar-rest-/))
  expect(fetched.filter((file) => /^locale-(en|tr|pl)-/.test(file))).toEqual([])
  await expect(page.getByRole('navigation', { name: text('ar', 'app.nav.label') })).toBeVisible()
})
