import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { DEMO, logIn } from '../support/app'
import { ui, type Locale } from '../support/ui'

// Viewing only (leerling@ reads one lesson): a lesson image with its translated alt text, the key points block with
// its translated heading, callouts as labelled notes, and no sideways scrolling on a phone (decision 0036).

const MODULE = 'de-meldcode'
const LESSON = 'vijf-stappen'

/** The alt text the locale file gives the lesson's image (the first ![...](images/...) of the body). */
function altText(locale: Locale): string {
  const file = readFileSync(path.join(__dirname, '../../content/modules', MODULE, `${locale}.yaml`), 'utf8')
  const match = /!\[([^\]]+)\]\(images\/vijf-stappen\.svg\)/.exec(file)
  if (!match?.[1]) throw new Error(`no image in ${locale}.yaml`)
  return match[1]
}

async function openLesson(page: Page): Promise<void> {
  await page.goto(`/learn/${MODULE}/lessons/${LESSON}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
}

for (const locale of ['nl', 'ar'] as const) {
  test(`a lesson shows its diagram with alt text and its key points (${locale}, 390 px)`, async ({ page }) => {
    const t = ui(locale)
    await page.setViewportSize({ width: 390, height: 844 })
    await logIn(page, DEMO.learner, locale)
    await openLesson(page)

    const image = page.getByRole('img', { name: altText(locale), exact: true })
    await expect(image).toBeVisible()
    await image.scrollIntoViewIfNeeded()
    // Loaded for real from the image endpoint (a broken image has no natural width), and scaled to the column.
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
    expect(await image.evaluate((img: HTMLImageElement) => img.getBoundingClientRect().width)).toBeLessThanOrEqual(390)

    const keyPoints = page.getByRole('complementary', { name: t('learning.callout.keyPoints') })
    await expect(keyPoints).toBeVisible()
    await expect(keyPoints.getByRole('heading', { level: 2, name: t('learning.callout.keyPoints') })).toBeVisible()
    await expect(keyPoints.getByRole('listitem')).toHaveCount(3)
    await expect(keyPoints).toContainText('112')

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  })
}

test('the image endpoint serves the SVG sandboxed and nothing outside the images', async ({ request }) => {
  const image = await request.get(`/api/modules/${MODULE}/images/vijf-stappen.svg`)
  expect(image.status()).toBe(200)
  expect(image.headers()['content-type']).toBe('image/svg+xml')
  expect(image.headers()['content-security-policy']).toContain('sandbox')

  const traversal = await request.get(`/api/modules/${MODULE}/images/..%2Fnl.yaml`)
  expect(traversal.status()).toBe(404)
})
