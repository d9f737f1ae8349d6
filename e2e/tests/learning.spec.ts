import { expect, test, type Page } from '@playwright/test'
import { answerCheck, DEMO, logIn } from '../support/app'
import { readModule, rightAnswer, wrongAnswer, type ModuleContent } from '../support/content'
import { escapeRegExp, ui, type Locale } from '../support/ui'

/** The card's button is "Start", "Continue" or "Review"; its accessible name adds the module title. */
function cardAction(locale: Locale, ...actions: ('start' | 'continue' | 'review')[]): RegExp {
  const t = ui(locale)
  return new RegExp(`^(?:${actions.map((action) => escapeRegExp(t(`learning.card.action.${action}`))).join('|')})\\b`)
}

async function openFromMyLearning(page: Page, module: ModuleContent, locale: Locale): Promise<void> {
  const card = page.getByRole('article', { name: module.title })
  await expect(card).toBeVisible()
  await card.getByRole('link', { name: cardAction(locale, 'start', 'continue', 'review') }).click()
  await expect(page.getByRole('heading', { level: 1, name: module.title })).toBeVisible()
}

test('a learner reads a module in Dutch, fails the check, tries again and completes it', async ({ page }) => {
  const locale = 'nl'
  const t = ui(locale)
  const module = readModule('wat-is-criminele-uitbuiting', locale)
  const total = module.questions.length

  await logIn(page, DEMO.learner, locale)
  await openFromMyLearning(page, module, locale)

  // Read every lesson with the "next" buttons.
  const firstLesson = module.lessons[0]
  expect(firstLesson, 'the module has lessons').toBeDefined()
  await page.getByRole('link', { name: firstLesson?.title, exact: true }).click()
  for (const [index, lesson] of module.lessons.entries()) {
    const heading = page.getByRole('heading', { level: 1, name: lesson.title })
    await expect(heading).toBeVisible()
    await expect(heading).toBeFocused()
    await expect(page.getByText(t('learning.lesson.position', { current: index + 1, total: module.lessons.length }))).toBeVisible()
    const last = index === module.lessons.length - 1
    await page.getByRole('link', { name: t(last ? 'learning.lesson.toCheck' : 'learning.lesson.next') }).click()
  }

  // First attempt: a wrong option for every question.
  await expect(page.getByRole('heading', { level: 1, name: t('learning.check.titleFor', { title: module.title }) })).toBeVisible()
  const submit = page.getByRole('button', { name: t('learning.check.submit') })
  // The button can be reached and pressed before everything is answered: it then names what is missing.
  await expect(submit).toBeEnabled()
  const open = module.questions.at(-1)
  expect(open, 'the module has questions').toBeDefined()
  await answerCheck(page, module.questions.slice(0, -1), wrongAnswer)
  await submit.focus()
  await page.keyboard.press('Enter')
  const missing = page.getByRole('alert').filter({ hasText: t('learning.check.missingTitle', { count: 1 }).split(' | ')[0] ?? '' })
  await expect(missing).toBeFocused()
  const goTo = missing.getByRole('link')
  await expect(goTo).toHaveCount(1)
  await goTo.click()
  const openGroup = page.getByRole('group', { name: open?.prompt })
  await expect(openGroup.locator('input').first()).toBeFocused()
  await answerCheck(page, module.questions.slice(-1), wrongAnswer)
  await expect(missing).toHaveCount(0)
  await expect(page.getByText(t('learning.check.answered', { answered: total, total }))).toBeVisible()
  await submit.click()

  await expect(page.getByRole('heading', { level: 2, name: t('learning.check.result.failed'), exact: true })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: t('learning.check.result.failed') })).toBeAttached()
  await expect(page.getByRole('heading', { level: 2, name: t('learning.check.result.wrongTitle'), exact: true })).toBeVisible()
  await expect(page.getByText(t('learning.check.result.answeredWrong'), { exact: true })).toHaveCount(total)
  // Each wrong question with "your answer" and its feedback, but never the right option or its feedback.
  await expect(page.getByText(t('learning.check.result.correctOption'), { exact: true })).toHaveCount(0)
  for (const question of module.questions) {
    const reviewed = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: question.prompt }) })
    const chosen = wrongAnswer(question)[0]
    await expect(reviewed.getByRole('heading', { level: 4, name: t('learning.check.result.yourAnswer') })).toBeVisible()
    await expect(reviewed.getByText(chosen?.text ?? '', { exact: true })).toBeVisible()
    await expect(reviewed.getByText(chosen?.feedback ?? '', { exact: true })).toBeVisible()
    for (const right of rightAnswer(question)) {
      await expect(reviewed.getByText(right.text, { exact: true })).toHaveCount(0)
      await expect(reviewed.getByText(right.feedback, { exact: true })).toHaveCount(0)
    }
  }

  // Second attempt: a new attempt in a new order (the attempt in the address changes), answers cleared,
  // then every correct option.
  const firstAttempt = new URL(page.url()).searchParams.get('attempt')
  expect(firstAttempt, 'the attempt is in the address').toBeTruthy()
  const tryAgain = page.getByRole('button', { name: t('learning.check.result.tryAgain') })
  await expect(tryAgain).toHaveAccessibleDescription(t('learning.check.result.tryAgainHint'))
  await tryAgain.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText(t('learning.check.answered', { answered: 0, total }))).toBeVisible()
  await expect.poll(() => new URL(page.url()).searchParams.get('attempt')).not.toBe(firstAttempt)
  await expect(submit).toBeEnabled()
  await answerCheck(page, module.questions, rightAnswer)
  await submit.click()

  await expect(page.getByRole('heading', { level: 2, name: t('learning.check.result.passed'), exact: true })).toBeVisible()
  await expect(page.getByText(t('learning.check.result.answeredRight'), { exact: true })).toHaveCount(total)

  // My learning shows the module as completed, with the date and the best score.
  await page.getByRole('link', { name: t('learning.backToMyLearning') }).click()
  await expect(page.getByRole('heading', { level: 1, name: t('learning.home.title') })).toBeVisible()
  const card = page.getByRole('article', { name: module.title })
  const [before, after] = t('learning.status.completedOn', { date: '\u0000' }).split('\u0000').map((part) => escapeRegExp(part ?? ''))
  await expect(card.getByText(new RegExp(`^${before}\\d{1,2} \\S+ \\d{4}${after}$`))).toBeVisible()
  await expect(card.getByText(t('learning.status.bestScore', { score: '100%' }))).toBeVisible()
  await expect(card.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(module.lessons.length))
  await expect(card.getByRole('link', { name: cardAction(locale, 'review') })).toBeVisible()
})

test('a learner takes a module in English and passes the check', async ({ page }) => {
  const locale = 'en'
  const t = ui(locale)
  const module = readModule('signalen-herkennen', locale)

  await logIn(page, DEMO.learner, locale)
  if (module.untranslated) {
    // No en.yaml yet: the catalogue shows the Dutch text, marked as such.
    const card = page.getByRole('article', { name: module.title })
    await expect(card.getByText(t('common.untranslated'))).toBeVisible()
    await expect(card.getByRole('heading', { name: module.title })).toHaveAttribute('lang', 'nl')
  }
  await openFromMyLearning(page, module, locale)

  await page.getByRole('link', { name: t('learning.module.takeCheck') }).click()
  await expect(page.getByRole('heading', { level: 1, name: t('learning.check.titleFor', { title: module.title }) })).toBeVisible()
  await answerCheck(page, module.questions, rightAnswer)
  await page.getByRole('button', { name: t('learning.check.submit') }).click()

  await expect(page.getByRole('heading', { level: 2, name: t('learning.check.result.passed'), exact: true })).toBeVisible()
  await expect(page.getByText(t('learning.check.result.score', { score: '100%', correct: module.questions.length, total: module.questions.length }))).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})
