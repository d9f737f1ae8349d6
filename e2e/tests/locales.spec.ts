import { expect, test, type Locator } from '@playwright/test'
import { DEMO, logIn } from '../support/app'
import { readModule, readScenario, recommendedPath } from '../support/content'
import { escapeRegExp, ui, type Locale } from '../support/ui'

/**
 * One module lesson and one case in each of the five languages, with a screenshot of each page
 * (test-results/). Arabic must read right to left: the page says so and the text starts at the right.
 */
const LOCALES: Locale[] = ['nl', 'en', 'ar', 'tr', 'pl']
const MODULE = 'wat-is-criminele-uitbuiting'
// Not the case that simulation.spec.ts plays: a run left open here would turn its "Start" into "Resume".
const SCENARIO = 'school-zorgcoordinator'

/** Pixels between the text's start edge and its box's start edge: about 0 when the text starts where it should. */
async function startGap(element: Locator, rtl: boolean): Promise<number> {
  return element.evaluate((node, rightToLeft) => {
    const range = document.createRange()
    range.selectNodeContents(node)
    const text = range.getBoundingClientRect()
    const box = node.getBoundingClientRect()
    return rightToLeft ? box.right - text.right : text.left - box.left
  }, rtl)
}

for (const locale of LOCALES) {
  test(`a lesson and a case are shown in ${locale}`, async ({ page }, testInfo) => {
    const t = ui(locale)
    const rtl = locale === 'ar'
    await logIn(page, DEMO.learner, locale)
    await expect(page.locator('html')).toHaveAttribute('dir', rtl ? 'rtl' : 'ltr')

    const module = readModule(MODULE, locale)
    expect(module.untranslated, `content/modules/${MODULE}/${locale}.yaml exists`).toBe(false)
    const lesson = module.lessons[0]!
    await page.goto(`/learn/${MODULE}/lessons/${lesson.id}`)
    const heading = page.getByRole('heading', { level: 1, name: lesson.title, exact: true })
    await expect(heading).toBeVisible()
    expect(await heading.evaluate((node) => getComputedStyle(node).direction)).toBe(rtl ? 'rtl' : 'ltr')
    expect(await startGap(heading, rtl)).toBeLessThan(2)
    await page.screenshot({ path: testInfo.outputPath(`lesson-${locale}.png`), fullPage: true })

    const scenario = readScenario(SCENARIO, locale)
    expect(scenario.untranslated, `content/scenarios/${SCENARIO}/${locale}.yaml exists`).toBe(false)
    await page.goto(`/practice/${SCENARIO}`)
    await expect(page.getByRole('heading', { level: 1, name: scenario.title })).toBeVisible()
    const start = new RegExp(`^(?:${[t('simulation.scenario.start'), t('simulation.scenario.startAgain')]
      .map(escapeRegExp).join('|')})$`)
    await page.getByRole('button', { name: start }).click()
    await expect(page).toHaveURL(/\/practice\/runs\/[^/]+$/)
    const first = recommendedPath(scenario).steps[0]!
    const choice = page.getByRole('button', { name: first.choice.text, exact: true })
    await expect(choice).toBeVisible()
    expect(await choice.evaluate((node) => getComputedStyle(node).direction)).toBe(rtl ? 'rtl' : 'ltr')
    await page.screenshot({ path: testInfo.outputPath(`case-${locale}.png`), fullPage: true })
  })
}
