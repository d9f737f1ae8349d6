import { describe, expect, it, vi } from 'vitest'
import { LiveStream, parseView, type EventSourceLike, type StreamEvent, type StreamState } from './stream'

interface View {
  eventId: string
  status: string
}

class FakeSource implements EventSourceLike {
  readyState = 0
  onopen: ((event: Event) => void) | null = null
  onerror: ((event: Event) => void) | null = null
  closed = false
  private readonly listeners = new Map<string, ((event: MessageEvent) => void)[]>()

  constructor(readonly url: string) {}

  addEventListener(type: string, listener: (event: MessageEvent) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
  }

  close(): void {
    this.closed = true
    this.readyState = 2
  }

  open(): void {
    this.readyState = 1
    this.onopen?.(new Event('open'))
  }

  emit(type: string, data: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data }))
  }

  fail(readyState: number): void {
    this.readyState = readyState
    this.onerror?.(new Event('error'))
  }
}

function setup() {
  const sources: FakeSource[] = []
  const events: StreamEvent<View>[] = []
  const states: StreamState[] = []
  const scheduled: { action: () => void; ms: number }[] = []
  const onGiveUp = vi.fn()
  const stream = new LiveStream<View>(
    '/api/live/play/s/events',
    (event) => events.push(event),
    (state) => states.push(state),
    {
      createSource: (url) => {
        const source = new FakeSource(url)
        sources.push(source)
        return source
      },
      onGiveUp,
      schedule: (action, ms) => {
        scheduled.push({ action, ms })
        return () => undefined
      },
    },
  )
  stream.open()
  return { stream, sources, events, states, scheduled, onGiveUp }
}

const view = (eventId: string, status = 'RUNNING') => JSON.stringify({ eventId, status })

describe('parseView', () => {
  it('reads a view', () => {
    expect(parseView<View>(view('3.1'))).toEqual({ eventId: '3.1', status: 'RUNNING' })
  })

  it.each(['', 'not json', '[]', 'null', '{"status":"RUNNING"}', 42])('ignores %s', (data) => {
    expect(parseView(data)).toBeNull()
  })
})

describe('LiveStream', () => {
  it('hands on each view and reports the connection', () => {
    const { sources, events, states } = setup()
    sources[0]?.open()
    sources[0]?.emit('view', view('1.0'))
    sources[0]?.emit('view', view('1.1'))
    expect(events).toEqual([
      { type: 'view', view: { eventId: '1.0', status: 'RUNNING' } },
      { type: 'view', view: { eventId: '1.1', status: 'RUNNING' } },
    ])
    expect(states).toEqual(['connecting', 'connected'])
  })

  it('skips a view it cannot read and keeps the last good one on screen', () => {
    const { sources, events } = setup()
    sources[0]?.emit('view', '{broken')
    expect(events).toEqual([])
  })

  it('says reconnecting while the browser reconnects by itself, and connected again after', () => {
    const { sources, states } = setup()
    sources[0]?.open()
    sources[0]?.fail(0)
    sources[0]?.open()
    expect(states).toEqual(['connecting', 'connected', 'reconnecting', 'connected'])
    // The browser's own reconnect (with Last-Event-ID): no second EventSource.
    expect(sources).toHaveLength(1)
  })

  it('makes a new connection after a pause when the browser gave up', () => {
    const { sources, scheduled, onGiveUp } = setup()
    sources[0]?.fail(2)
    expect(onGiveUp).toHaveBeenCalledOnce()
    expect(scheduled[0]?.ms).toBe(1000)
    scheduled[0]?.action()
    expect(sources).toHaveLength(2)
    sources[1]?.fail(2)
    expect(scheduled[1]?.ms).toBe(2000)
  })

  it('closes after being removed', () => {
    const { sources, events, states } = setup()
    sources[0]?.emit('removed', '')
    expect(events).toEqual([{ type: 'removed' }])
    expect(sources[0]?.closed).toBe(true)
    expect(states.at(-1)).toBe('closed')
  })

  it('closes after the final view, so the browser does not reconnect to an ended session', () => {
    const { sources, events } = setup()
    sources[0]?.emit('view', view('9.0', 'ENDED'))
    expect(events).toHaveLength(1)
    expect(sources[0]?.closed).toBe(true)
  })

  it('does not reconnect after close', () => {
    const { stream, sources, scheduled } = setup()
    stream.close()
    sources[0]?.fail(2)
    expect(scheduled).toEqual([])
  })
})
