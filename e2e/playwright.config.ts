import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import { startMailCatcher } from './support/mailCatcher'

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

// The app's reminder e-mail goes to an SMTP catcher in this (the main) process, which lives as long as the run;
// the workers, loading this file again, find SIGNAAL_E2E_MAIL_DIR set and start none (tests/reminder-link.spec.ts).
const SMTP_PORT = Number(process.env.SIGNAAL_E2E_SMTP_PORT ?? PORT + 1000)
if (!process.env.SIGNAAL_E2E_MAIL_DIR) {
  const mailDir = (process.env.SIGNAAL_E2E_MAIL_DIR = path.join(dataDir, 'mail'))
  const catcher = startMailCatcher(SMTP_PORT, mailDir)
  process.on('exit', () => catcher.close())
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
      // SIGNAAL_E2E_CONTENT_DIR: another content folder (e.g. a copy with extra term links for glossary.spec.ts).
      SIGNAAL_CONTENT_DIR: process.env.SIGNAAL_E2E_CONTENT_DIR ?? path.resolve(__dirname, '../content'),
      SIGNAAL_PORT: String(PORT),
      SIGNAAL_PUBLIC_URL: baseURL,
      // Reminders every few seconds, to the catcher: the demo's herhaler@demo.signaal.nl has one due.
      SIGNAAL_SMTP_HOST: '127.0.0.1',
      SIGNAAL_SMTP_PORT: String(SMTP_PORT),
      SIGNAAL_REMINDERS_ENABLED: 'true',
      SIGNAAL_REMINDERS_INTERVAL: '3s',
      SIGNAAL_REMINDERS_INITIAL_DELAY: '2s',
      // Forwarding to an external LRS (tests/lrs-admin.spec.ts): the fake LRS listens on 127.0.0.1, over http, and the
      // forwarder runs every second.
      SIGNAAL_LRS_ALLOW_PRIVATE_ADDRESSES: 'true',
      SIGNAAL_LRS_INTERVAL: '1s',
    },
  },
})
