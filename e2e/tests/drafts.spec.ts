import { expect, test, type Dialog } from '@playwright/test'
import { answerCheck, DEMO, DEMO_PASSWORD, logIn } from '../support/app'
import { readModule, rightAnswer } from '../support/content'
import { ui } from '../support/ui'

// Interrupted work is not lost (issue #13 item 3, docs/decisions/0025): a half-done knowledge check survives going
// elsewhere, a reload and a session that ends before it is submitted. Uses its own account: it submits a check.
test('a half-done check survives navigation, a reload and a session that ends before submitting', async ({ page }) => {
  const locale = 'nl'
  const t = ui(locale)
  const module = readModule('signalen-herkennen', locale)
  const total = module.questions.length
  const firstHalf = module.questions.slice(0, 2)
  const rest = module.questions.slice(2)
  const checkHeading = page.getByRole('heading', { level: 1, name: t('learning.check.titleFor', { title: module.title }) })
  const moduleHeading = page.getByRole('heading', { level: 1, name: module.title })
  const backToModule = page.getByRole('link', { name: t('learning.lesson.backTo', { title: module.title }) })
  const ticked = (count: number) => page.getByText(t('learning.check.answered', { answered: count, total }))

  // Every dialog is recorded; the answer to the next one is set just before the action that should ask.
  const dialogs: Dialog[] = []
  let acceptNext = false
  page.on('dialog', (dialog) => {
    dialogs.push(dialog)
    void (acceptNext ? dialog.accept() : dialog.dismiss())
  })

  await logIn(page, DEMO.drafts, locale)
  await page.goto(`/learn/${module.id}/check`)
  await expect(checkHeading).toBeVisible()

  // Nothing entered: leaving asks nothing.
  await backToModule.click()
  await expect(moduleHeading).toBeVisible()
  expect(dialogs).toHaveLength(0)

  await page.getByRole('link', { name: t('learning.module.takeCheck') }).click()
  await expect(checkHeading).toBeVisible()
  await answerCheck(page, firstHalf, rightAnswer)
  await expect(ticked(2)).toBeVisible()

  // Answers entered: leaving asks first; "cancel" stays on the check.
  await backToModule.click()
  expect(dialogs).toHaveLength(1)
  expect(dialogs[0]?.type()).toBe('confirm')
  expect(dialogs[0]?.message()).toBe(t('learning.check.leaveUnsaved'))
  await expect(checkHeading).toBeVisible()

  // Leaving anyway and coming back (the address has no attempt any more): the answers are still ticked.
  acceptNext = true
  await backToModule.click()
  await expect(moduleHeading).toBeVisible()
  await page.getByRole('link', { name: t('learning.module.takeCheck') }).click()
  await expect(checkHeading).toBeVisible()
  await expect(page.getByText(t('learning.check.draftRestored'))).toBeVisible()
  await expect(ticked(2)).toBeVisible()

  // A reload asks through the browser's own prompt and keeps them too.
  await page.reload()
  expect(dialogs.at(-1)?.type()).toBe('beforeunload')
  await expect(checkHeading).toBeVisible()
  await expect(ticked(2)).toBeVisible()
  for (const question of firstHalf) {
    for (const option of rightAnswer(question)) {
      await expect(page.getByRole('group', { name: question.prompt }).getByLabel(option.text, { exact: true })).toBeChecked()
    }
  }

  // The session ends (the cookie is gone, as after 12 hours) while the rest is answered; submitting then leads to login.
  await answerCheck(page, rest, rightAnswer)
  await expect(ticked(total)).toBeVisible()
  const checkAddress = new URL(page.url())
  expect(checkAddress.searchParams.get('attempt')).toBeTruthy()
  await page.context().clearCookies()
  const dialogsBefore = dialogs.length
  await page.getByRole('button', { name: t('learning.check.submit') }).click()
  await expect(page.getByRole('heading', { level: 1, name: t('auth.login.title') })).toBeVisible()
  expect(dialogs).toHaveLength(dialogsBefore)

  // Logging in again returns to the same attempt with every answer still there; submitting passes.
  await page.getByLabel(t('auth.field.email'), { exact: true }).fill(DEMO.drafts)
  await page.getByLabel(t('auth.field.password'), { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: t('auth.login.submit'), exact: true }).click()
  await expect(checkHeading).toBeVisible()
  expect(new URL(page.url()).pathname).toBe(checkAddress.pathname)
  expect(new URL(page.url()).searchParams.get('attempt')).toBe(checkAddress.searchParams.get('attempt'))
  await expect(ticked(total)).toBeVisible()
  await page.getByRole('button', { name: t('learning.check.submit') }).click()
  await expect(page.getByRole('heading', { level: 2, name: t('learning.check.result.passed'), exact: true })).toBeVisible()

  // Submitted: the draft is gone, and leaving asks nothing.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('signaal.draft.')))).toEqual([])
  const dialogsAfterPass = dialogs.length
  await backToModule.click()
  await expect(moduleHeading).toBeVisible()
  expect(dialogs).toHaveLength(dialogsAfterPass)
})
