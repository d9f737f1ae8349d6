import { expect, type Locator, type Page } from '@playwright/test'
import { type Option, type Question } from './content'
import { inAnyLocale, text, type Locale } from './ui'

/** Every demo account has this password (created by the backend on the embedded default). */
export const DEMO_PASSWORD = 'signaal-demo-2026'

export const DEMO = {
  learner: 'leerling@demo.signaal.nl',
  attentionOfficer: 'aandacht@demo.signaal.nl',
  trainer: 'trainer@demo.signaal.nl',
  coordinator: 'coordinator@demo.signaal.nl',
  admin: 'admin@demo.signaal.nl',
  /** Only tests/members.spec.ts uses it: its role and whether it is active change there. */
  member: 'lid@demo.signaal.nl',
  /** Only tests/members.spec.ts uses it: it erases the account for good. */
  erasable: 'weg@demo.signaal.nl',
  /** Only tests/live.spec.ts uses it: an attention officer who runs the live group sessions there. */
  liveFacilitator: 'sessie@demo.signaal.nl',
  /** Only tests/live.spec.ts uses it: a learner who joins those sessions as herself (practice records). */
  liveParticipant: 'meedoen@demo.signaal.nl',
  /** Only tests/track.spec.ts uses it: an attention officer who completes the train-the-trainer track there. */
  trackOfficer: 'spoor@demo.signaal.nl',
  /** Only tests/drafts.spec.ts uses it: a learner whose knowledge check is interrupted and then submitted there. */
  drafts: 'concept@demo.signaal.nl',
  /** Only tests/simulation.spec.ts uses it: a learner who stops runs of a case and starts again there. */
  resume: 'verder@demo.signaal.nl',
  /** Only tests/refresher.spec.ts uses it: passed a module 60 days ago in the demo data, so a refresher is overdue. */
  overdueLearner: 'timing@demo.signaal.nl',
  /** Only tests/axe.spec.ts uses it: it opens a knowledge check (an attempt) and starts a case run there. */
  axe: 'axe@demo.signaal.nl',
  /** Only tests/webinar-organise.spec.ts uses it: a trainer who schedules and edits webinars there. */
  webinarPlanner: 'planner@demo.signaal.nl',
  /** Only tests/webinar.spec.ts uses it: a trainer who schedules a webinar and opens its live part there. */
  webinarTrainer: 'presentator@demo.signaal.nl',
  /** Only tests/webinar.spec.ts uses it: registers for the webinar's one place, cancels it, joins the live part. */
  webinarLearner1: 'inschrijver1@demo.signaal.nl',
  /** Only tests/webinar.spec.ts uses it: waits for that place and moves up when it comes free. */
  webinarLearner2: 'inschrijver2@demo.signaal.nl',
  /**
   * Only tests/refresher-policy-setup.spec.ts uses it: coordinator of an organisation of its own that never chose its
   * mandatory modules; the spec answers that first-time question.
   */
  firstChoiceCoordinator: 'keuze@demo.signaal.nl',
} as const

/** Picks the UI language with the switcher in the header; for a logged-in user it is also saved. */
export async function chooseLanguage(page: Page, locale: Locale): Promise<void> {
  await page.getByRole('combobox', { name: inAnyLocale('app.language.label') }).selectOption(locale)
  await expect(page.locator('html')).toHaveAttribute('lang', locale)
}

/**
 * Logs in through the form and pins the UI language afterwards: the user's saved language wins at
 * login, and another test may have changed it.
 */
export async function logIn(page: Page, email: string, locale: Locale): Promise<void> {
  await page.goto('/login')
  await chooseLanguage(page, locale)
  await page.getByLabel(text(locale, 'auth.field.email'), { exact: true }).fill(email)
  await page.getByLabel(text(locale, 'auth.field.password'), { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: text(locale, 'auth.login.submit'), exact: true }).click()
  // On a phone the logout button is in the folded menu (decision 0032): present, not necessarily visible.
  await expect(page.getByRole('button', { name: inAnyLocale('app.logout'), includeHidden: true })).toBeAttached()
  await chooseLanguage(page, locale)
  await expect(page.getByRole('heading', { level: 1, name: text(locale, 'learning.home.title') })).toBeVisible()
}

/** Unfolds the header menu on a narrow screen (decision 0032); on a wide one the menu is always there. */
export async function openMenu(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: inAnyLocale('app.nav.menu') })
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
}

/** Ticks the given options of each question, finding each question by its prompt. */
export async function answerCheck(
  page: Page,
  questions: readonly Question[],
  choose: (question: Question) => Option[],
): Promise<void> {
  for (const question of questions) {
    const group = page.getByRole('group', { name: question.prompt })
    for (const option of choose(question)) {
      await group.getByLabel(option.text, { exact: true }).check()
    }
  }
}

/** The element shows a focus ring of at least 2px (the app's :focus-visible outline). */
export async function hasVisibleFocus(element: Locator): Promise<boolean> {
  return element.evaluate((node) => {
    const style = getComputedStyle(node)
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
  })
}

/** How many pixels the page is wider than the screen (0 or less: no horizontal scrolling). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}
