import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'

/**
 * Browser tests against the packaged app: `java -jar ../backend/target/signaal.jar` on a fresh
 * embedded database in a temporary folder, with the shipped content and its demo accounts.
 * Chromium is Debian's (/usr/bin/chromium); Playwright downloads no browser.
 */
// SIGNAAL_E2E_PORT lets two checkouts run their browser tests on one machine at once.
const PORT = Number(process.env.SIGNAAL_E2E_PORT ?? 18080)
const baseURL = `http://127.0.0.1:${PORT}`

// Playwright loads this file again in each worker: make the data folder once and hand it down.
let dataDir = process.env.SIGNAAL_E2E_DATA_DIR
if (!dataDir) {
  const created = mkdtempSync(path.join(tmpdir(), 'signaal-e2e-'))
  dataDir = process.env.SIGNAAL_E2E_DATA_DIR = created
  process.on('exit', () => rmSync(created, { recursive: true, force: true }))
}

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'java -jar ../backend/target/signaal.jar',
    cwd: __dirname,
    url: `${baseURL}/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      SIGNAAL_DATA_DIR: dataDir,
      SIGNAAL_CONTENT_DIR: path.resolve(__dirname, '../content'),
      SIGNAAL_PORT: String(PORT),
    },
  },
})
