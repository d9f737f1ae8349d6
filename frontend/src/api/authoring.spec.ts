import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { exportUrl, fetchDiff, importContent, importTwine } from './authoring'
import { setCsrfToken } from './http'

const fetchMock = vi.fn<typeof fetch>()

beforeEach(() => {
  fetchMock.mockReset()
  fetchMock.mockResolvedValue(Response.json({ items: [], report: [], status: 'imported' }))
  vi.stubGlobal('fetch', fetchMock)
  setCsrfToken('token')
})

afterEach(() => {
  vi.unstubAllGlobals()
  setCsrfToken(null)
})

describe('authoring imports', () => {
  it('sends a content zip as multipart with the CSRF header, without a JSON content type', async () => {
    const file = new File(['zip'], 'content.zip', { type: 'application/zip' })
    await importContent(file)
    const [path, init] = fetchMock.mock.calls[0]!
    expect(path).toBe('/api/authoring/import/content')
    expect(init?.method).toBe('POST')
    expect(init?.body).toBeInstanceOf(FormData)
    expect((init?.body as FormData).get('file')).toBeInstanceOf(File)
    const headers = init?.headers as Headers
    expect(headers.get('Content-Type')).toBeNull()
    expect(headers.get('X-CSRF-Token')).toBe('token')
  })

  it('sends the chosen story of a Twine archive', async () => {
    await importTwine(new File(['<html>'], 'library.html'), 2)
    const body = fetchMock.mock.calls[0]![1]?.body as FormData
    expect(body.get('story')).toBe('2')
  })

  it('sends no story on the first try', async () => {
    await importTwine(new File([':: Start'], 'story.twee'))
    expect((fetchMock.mock.calls[0]![1]?.body as FormData).has('story')).toBe(false)
  })
})

describe('diff and export', () => {
  it('asks for a diff between a version and the draft', async () => {
    fetchMock.mockResolvedValue(Response.json([]))
    await fetchDiff('a b', 1, 'draft')
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/authoring/items/a%20b/diff?from=1&to=draft')
  })

  it('links the export of a version', () => {
    expect(exportUrl('i1', 3)).toBe('/api/authoring/items/i1/export?version=3')
  })
})
