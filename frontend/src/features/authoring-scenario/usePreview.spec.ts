import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { PreviewCommand, PreviewStep, PreviewView } from '@/api/authoring'

const http = vi.fn()
vi.mock('@/api/http', () => ({ http: (...args: unknown[]) => http(...args) }))

const { usePreview } = await import('./usePreview')

const view = (node: string, state: Record<string, number | boolean>, choices: PreviewView['choices'] = []): PreviewView => ({
  node,
  speaker: null,
  setting: null,
  html: `<p>${node}</p>`,
  choices,
  state,
})
const sent = (call: number) => http.mock.calls[call] as [string, { method: string; body: PreviewCommand }]

describe('preview as a learner', () => {
  beforeEach(() => http.mockReset())

  it('starts at the chosen node with the chosen values, in the given locale', async () => {
    http.mockResolvedValueOnce(view('midden', { trust: 4 }))
    const preview = usePreview(() => 'item 1', () => 'nl')
    await preview.start('midden', { trust: 4 })
    expect(sent(0)).toEqual([
      '/api/authoring/items/item%201/preview',
      { method: 'POST', body: { node: 'midden', variables: { trust: 4 }, locale: 'nl' } },
    ])
    expect(preview.view.value?.node).toBe('midden')
    expect(preview.values.value).toEqual({ trust: 4 })
  })

  it('sends the node and the current values with a choice and shows its feedback and the next node', async () => {
    const preview = usePreview(() => 'i', () => 'nl')
    http.mockResolvedValueOnce(view('begin', { trust: 2 }, [{ id: 'vragen', text: 'Vraag', available: true }]))
    await preview.start('begin', { trust: 2 })
    const step: PreviewStep = { feedbackHtml: '<p>Goed.</p>', next: view('goed', { trust: 3 }) }
    http.mockResolvedValueOnce(step)
    await preview.choose('vragen')
    expect(sent(1)[1].body).toEqual({ node: 'begin', variables: { trust: 2 }, choice: 'vragen', locale: 'nl' })
    expect(preview.feedbackHtml.value).toBe('<p>Goed.</p>')
    expect(preview.view.value?.node).toBe('goed')
    expect(preview.values.value).toEqual({ trust: 3 })
  })

  it('does not send an unavailable choice', async () => {
    const preview = usePreview(() => 'i', () => 'nl')
    http.mockResolvedValueOnce(
      view('begin', {}, [{ id: 'dicht', text: 'Dicht', available: false, unavailableBecause: 'trust > 3' }]),
    )
    await preview.start('begin', {})
    await preview.choose('dicht')
    expect(http).toHaveBeenCalledTimes(1)
  })

  it('restarts where it started, with the values chosen then', async () => {
    const preview = usePreview(() => 'i', () => 'nl')
    http.mockResolvedValueOnce(view('begin', { trust: 1 }, [{ id: 'a', text: 'A', available: true }]))
    await preview.start('begin', { trust: 1 })
    http.mockResolvedValueOnce({ feedbackHtml: '', next: view('einde', { trust: 2 }) })
    await preview.choose('a')
    http.mockResolvedValueOnce(view('begin', { trust: 1 }))
    await preview.restart()
    expect(sent(2)[1].body).toEqual({ node: 'begin', variables: { trust: 1 }, locale: 'nl' })
    expect(preview.feedbackHtml.value).toBeNull()
    expect(preview.view.value?.node).toBe('begin')
  })

  it('keeps the last view and tells the error when the server refuses', async () => {
    const preview = usePreview(() => 'i', () => 'nl')
    http.mockResolvedValueOnce(view('begin', {}))
    await preview.start('begin', {})
    http.mockRejectedValueOnce(new Error('unknown variable x'))
    await preview.start('begin', { x: 1 })
    expect(preview.error.value).toBeInstanceOf(Error)
    expect(preview.view.value?.node).toBe('begin')
    expect(preview.busy.value).toBe(false)
  })
})
