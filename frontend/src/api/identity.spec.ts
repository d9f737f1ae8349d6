import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchMe } from './identity'

const fetchMock = vi.fn<typeof fetch>()

beforeEach(() => {
  fetchMock.mockReset()
  vi.stubGlobal('fetch', fetchMock)
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('fetchMe', () => {
  it('is null without a session: the server answers 204, not an error', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    await expect(fetchMe()).resolves.toBeNull()
  })

  it('is the signed-in user with one', async () => {
    fetchMock.mockResolvedValue(Response.json({ id: 'u1', email: 'a@example.org' }))
    await expect(fetchMe()).resolves.toMatchObject({ id: 'u1' })
  })
})
