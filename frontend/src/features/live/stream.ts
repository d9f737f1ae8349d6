import { onScopeDispose, ref, shallowRef, watch, type Ref, type ShallowRef, type WatchSource } from 'vue'

/**
 * Following a live session over Server-Sent Events (live contract, "Streams"). The server sends
 * `event: view` with the whole view as JSON on connect and after every change, `event: removed` when
 * this participant was removed, and closes after the final (ENDED) view. The browser's EventSource
 * reconnects by itself after a dropped connection and sends `Last-Event-ID`, so the server resends
 * the view only if it changed meanwhile; nothing here needs to replay missed events.
 *
 * When the browser gives up (the EventSource is CLOSED without us closing it: an HTTP error on
 * reconnect), a new one is made after a pause that grows up to 15 s; `onGiveUp` lets the page ask the
 * server why (a removed participant's GET answers 403).
 */

export type StreamState = 'connecting' | 'connected' | 'reconnecting' | 'closed'

export type StreamEvent<T> = { type: 'view'; view: T } | { type: 'removed' }

/** The JSON of a `view` event, or null when it is not a view (a broken line never blanks the screen). */
export function parseView<T extends { eventId: string }>(data: unknown): T | null {
  if (typeof data !== 'string' || data === '') return null
  try {
    const parsed: unknown = JSON.parse(data)
    if (typeof parsed !== 'object' || parsed === null) return null
    return typeof (parsed as { eventId?: unknown }).eventId === 'string' ? (parsed as T) : null
  } catch {
    return null
  }
}

/** Whether a view is the last one the server will send (the stream then closes for good). */
export const isFinal = (view: { status: string }): boolean => view.status === 'ENDED'

/** The subset of EventSource used here, so tests can hand in a fake. */
export interface EventSourceLike {
  readonly readyState: number
  onopen: ((event: Event) => void) | null
  onerror: ((event: Event) => void) | null
  addEventListener(type: string, listener: (event: MessageEvent) => void): void
  close(): void
}

export type EventSourceFactory = (url: string) => EventSourceLike

const CONNECTING = 0
const CLOSED = 2

export interface StreamOptions {
  createSource?: EventSourceFactory
  /** Called when the browser stopped reconnecting by itself (before we try again). */
  onGiveUp?: () => void
  schedule?: (action: () => void, ms: number) => () => void
}

const defaultFactory: EventSourceFactory = (url) => new EventSource(url, { withCredentials: true })
const defaultSchedule = (action: () => void, ms: number) => {
  const handle = setTimeout(action, ms)
  return () => clearTimeout(handle)
}

/**
 * A live stream client without Vue: `onEvent` gets each parsed event; `state` is reported through
 * `onState`. Closes itself after `removed` and after a final view.
 */
export class LiveStream<T extends { eventId: string; status: string }> {
  private source: EventSourceLike | null = null
  private stopped = false
  private failures = 0
  private cancelRetry: (() => void) | null = null
  private readonly createSource: EventSourceFactory
  private readonly schedule: NonNullable<StreamOptions['schedule']>

  constructor(
    private readonly url: string,
    private readonly onEvent: (event: StreamEvent<T>) => void,
    private readonly onState: (state: StreamState) => void,
    private readonly options: StreamOptions = {},
  ) {
    this.createSource = options.createSource ?? defaultFactory
    this.schedule = options.schedule ?? defaultSchedule
  }

  open(): void {
    if (this.stopped) return
    this.onState(this.failures === 0 ? 'connecting' : 'reconnecting')
    const source = this.createSource(this.url)
    this.source = source
    source.onopen = () => {
      this.failures = 0
      this.onState('connected')
    }
    source.onerror = () => {
      if (this.stopped || this.source !== source) return
      if (source.readyState === CONNECTING) {
        // The browser reconnects by itself and sends Last-Event-ID.
        this.onState('reconnecting')
      } else if (source.readyState === CLOSED) {
        source.close()
        this.source = null
        this.failures++
        this.onState('reconnecting')
        this.options.onGiveUp?.()
        const delay = Math.min(15_000, 1000 * 2 ** Math.min(this.failures - 1, 4))
        this.cancelRetry = this.schedule(() => this.open(), delay)
      }
    }
    source.addEventListener('view', (event) => {
      const view = parseView<T>(event.data)
      if (!view) return
      this.onEvent({ type: 'view', view })
      if (isFinal(view)) this.close()
    })
    source.addEventListener('removed', () => {
      this.onEvent({ type: 'removed' })
      this.close()
    })
  }

  close(): void {
    this.stopped = true
    this.cancelRetry?.()
    this.cancelRetry = null
    this.source?.close()
    this.source = null
    this.onState('closed')
  }
}

/**
 * Follows the stream at `url` (null: none yet) for as long as the calling component lives; a new url
 * replaces the old stream. `view` holds the newest view, `removed` turns true on `event: removed`.
 */
export function useLiveStream<T extends { eventId: string; status: string }>(
  url: WatchSource<string | null>,
  options: StreamOptions = {},
): { view: ShallowRef<T | null>; state: Ref<StreamState>; removed: Ref<boolean>; close: () => void } {
  const view = shallowRef(null) as ShallowRef<T | null>
  const state = ref<StreamState>('connecting')
  const removed = ref(false)
  let stream: LiveStream<T> | null = null

  const close = () => {
    stream?.close()
    stream = null
  }

  watch(
    url,
    (value) => {
      close()
      if (!value) return
      stream = new LiveStream<T>(
        value,
        (event) => {
          if (event.type === 'removed') removed.value = true
          else view.value = event.view
        },
        (next) => {
          state.value = next
        },
        options,
      )
      stream.open()
    },
    { immediate: true },
  )
  onScopeDispose(close)

  return { view, state, removed, close }
}
