import { expect, test, type Page } from '@playwright/test'
import { logIn } from '../support/app'
import { ui } from '../support/ui'

// Issue 15: a trainer writes a module in the browser (lesson, knowledge check with per-option feedback) and
// translates it side by side. Uses its own account (vertaler@demo.signaal.nl): it creates drafts.
const TRANSLATOR = 'vertaler@demo.signaal.nl'
const locale = 'nl'
const t = ui(locale)

interface Item {
  id: string
  files: Record<string, string>
}

async function createModule(page: Page): Promise<Item> {
  const me = (await (await page.request.get('/api/me')).json()) as { csrfToken: string }
  const response = await page.request.post('/api/authoring/items', {
    headers: { 'X-CSRF-Token': me.csrfToken },
    data: { kind: 'MODULE', contentId: `e2e-module-${Date.now()}` },
  })
  expect(response.status()).toBe(201)
  return (await response.json()) as Item
}

const savedItem = async (page: Page, id: string) =>
  (await (await page.request.get(`/api/authoring/items/${id}`)).json()) as Item

async function waitUntilSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: t('authoring.save.saved') })).toBeVisible()
}

test('a trainer writes a lesson and a question with per-option feedback, and the files are saved', async ({ page }) => {
  await logIn(page, TRANSLATOR, locale)
  const item = await createModule(page)
  await page.goto(`/authoring/${item.id}`)

  // The lesson body, as Markdown.
  const body = page.getByLabel(t('authoringModule.lessons.body'), { exact: true })
  await body.fill('## Signalen\n\nSchrijf op wat je **ziet**.\n')
  await waitUntilSaved(page)

  // A question after the template's one: prompt, two options with feedback, the second correct.
  await page.getByRole('button', { name: t('authoringModule.check.addQuestion'), exact: true }).click()
  await page.getByLabel(t('authoringModule.check.prompt'), { exact: true }).last().fill('Wat doe je eerst?')
  await page.getByLabel(t('authoringModule.check.optionText', { option: 'a' }), { exact: true }).last().fill('Je belt meteen de ouders.')
  await page.getByLabel(t('authoringModule.check.feedback', { option: 'a' }), { exact: true }).last().fill('Te snel: eerst vastleggen.')
  await page.getByLabel(t('authoringModule.check.optionText', { option: 'b' }), { exact: true }).last().fill('Je schrijft op wat je zag, met datum.')
  await page.getByLabel(t('authoringModule.check.feedback', { option: 'b' }), { exact: true }).last().fill('Juist: stap 1.')
  await page.getByLabel(t('authoringModule.check.correct', { option: 'b' }), { exact: true }).last().check()

  // The correct option is the longest: the editor says so while typing, before any save.
  await expect(page.getByText(t('authoringModule.check.longestHere'))).toBeVisible()
  await page.getByLabel(t('authoringModule.check.optionText', { option: 'a' }), { exact: true }).last().fill(
    'Je belt meteen de ouders en vertelt wat je denkt.',
  )
  await expect(page.getByText(t('authoringModule.check.longestHere'))).toBeHidden()
  await waitUntilSaved(page)

  const saved = await savedItem(page, item.id)
  expect(saved.files['nl.yaml']).toContain('Schrijf op wat je **ziet**.')
  expect(saved.files['module.yaml']).toMatch(/- id: vraag\n[\s\S]*options: \[ a, b \]\n\s+correct: \[ b \]/)
  expect(saved.files['nl.yaml']).toContain('feedback: "Juist: stap 1."')
  expect(saved.files['nl.yaml']).toContain('text: Je schrijft op wat je zag, met datum.')
})

test('the lesson preview shows the Markdown as learners see it', async ({ page }) => {
  await logIn(page, TRANSLATOR, locale)
  const item = await createModule(page)
  await page.goto(`/authoring/${item.id}`)
  await page.getByLabel(t('authoringModule.lessons.body'), { exact: true }).fill('## Signalen\n\nIets **vet**.\n')
  const preview = page.getByRole('region', { name: t('authoringModule.preview.label', { label: t('authoringModule.lessons.body') }) })
  await expect(preview.locator('strong')).toHaveText('vet')
  await expect(preview.getByRole('heading', { name: 'Signalen' })).toBeVisible()
})

test('a translator translates the title into English side by side', async ({ page }) => {
  await logIn(page, TRANSLATOR, locale)
  const item = await createModule(page)
  await page.goto(`/authoring/${item.id}?tab=translations`)
  await expect(page.getByRole('heading', { name: t('authoringModule.translations.completeness') })).toBeVisible()

  await page.getByLabel(t('authoringModule.translations.locale')).selectOption('en')
  await page.getByLabel(t('authoringModule.translations.filters.missing')).check()
  await page.getByRole('button', { name: t('authoringModule.translations.nextMissing') }).click()
  const title = page.locator('li', { has: page.locator('code', { hasText: /^title$/ }) })
  await expect(title.getByLabel(t('authoringModule.translations.source'))).toHaveValue('Nieuwe module')
  await title.getByLabel(t('authoringModule.translations.target', { language: 'English' })).fill('New module')
  await waitUntilSaved(page)
  expect((await savedItem(page, item.id)).files['en.yaml']).toBe('title: New module\n')
  await expect(title.getByText(t('authoringModule.translations.status.ok'))).toBeVisible()

  // The Dutch title changes afterwards: the English one is marked outdated, with the new Dutch beside it.
  await page.getByRole('tab', { name: new RegExp(`^${t('authoring.tab.edit')}`) }).click()
  await page.getByLabel(t('authoringModule.settings.moduleTitle'), { exact: true }).fill('Signalen zien')
  await waitUntilSaved(page)
  await page.getByRole('tab', { name: t('authoring.tab.translations') }).click()
  await page.getByLabel(t('authoringModule.translations.locale')).selectOption('en')
  await page.getByLabel(t('authoringModule.translations.filters.outdated')).check()
  await expect(title.getByText(t('authoringModule.translations.status.outdated'))).toBeVisible()
  await expect(title.getByLabel(t('authoringModule.translations.source'))).toHaveValue('Signalen zien')

  // Arabic is written right to left.
  await page.getByLabel(t('authoringModule.translations.filters.missing')).check()
  await page.getByLabel(t('authoringModule.translations.locale')).selectOption('ar')
  const arabic = title.getByLabel(t('authoringModule.translations.target', { language: 'العربية' }))
  await expect(arabic).toHaveAttribute('dir', 'rtl')
  await expect(arabic).toHaveAttribute('lang', 'ar')
})
