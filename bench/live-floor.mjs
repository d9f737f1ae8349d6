// A do-nothing stand-in for the app's live routes, to calibrate bench/live-load.mjs: it keeps one session in memory,
// answers joins, votes and actions at once and pushes a view of about 3 KB to every stream (coalesced to one per
// 100 ms, as the app does). What the load generator measures against it is the cost of the load generator and the
// machine, not of the app. Usage (loopback only):
//   node bench/live-floor.mjs 18190 &  node bench/live-load.mjs http://127.0.0.1:18190 x x 2000 3
import http from 'node:http'

const port = Number(process.argv[2] || 18190)
const html = `<p>${'x'.repeat(3000)}</p>`
const options = [
  { id: 'o1', text: 'one' },
  { id: 'o2', text: 'two' },
  { id: 'o3', text: 'three' },
]
const screens = new Set()
let status = 'LOBBY'
let index = 0
let phase = null
let votes = new Map()
let revision = 0
let joined = 0
let lastPush = 0
let pending = null

function view() {
  revision++
  const step =
    status === 'RUNNING'
      ? { index, total: null, phase, heading: null, html, options, timerEndsAt: null, votes: votes.size, tally: null }
      : null
  return JSON.stringify({ eventId: `${revision}`, sessionId: 's1', kind: 'case', status, participants: joined, step, debrief: null })
}

function push(now) {
  if (pending) return
  const send = () => {
    pending = null
    lastPush = Date.now()
    const message = `event: view\nid: ${revision + 1}\ndata: ${view()}\n\n`
    for (const screen of screens) screen.write(message)
  }
  const since = Date.now() - lastPush
  if (now || since >= 100) send()
  else pending = setTimeout(send, 100 - since)
}

function answer(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

const actions = {
  start: () => ((status = 'RUNNING'), (phase = 'VOTING')),
  reveal: () => (phase = 'REVEALED'),
  decide: () => (phase = 'DECIDED'),
  next: () => {
    index++
    phase = 'VOTING'
    votes = new Map()
    if (index > 3) status = 'DEBRIEF'
  },
  end: () => (status = 'ENDED'),
}

http
  .createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const url = req.url
      if (url === '/api/auth/login') return answer(res, 200, { csrfToken: 't' }, { 'set-cookie': 'SIGNAAL_SESSION=x; Path=/' })
      if (url.startsWith('/api/live/activities')) return answer(res, 200, { cases: [{ id: 'c1' }], checks: [], pooling: [] })
      if (url === '/api/live/sessions') return answer(res, 201, { sessionId: 's1', code: '123456' })
      if (url === '/api/live/join') {
        joined++
        return answer(res, 200, { sessionId: 's1', participantId: `${joined}` }, { 'set-cookie': `signaal_live_s1=${joined}; Path=/api/live` })
      }
      if (url.endsWith('/events')) {
        res.writeHead(200, { 'content-type': 'text/event-stream' })
        screens.add(res)
        res.on('close', () => screens.delete(res))
        res.write(`event: view\nid: ${revision + 1}\ndata: ${view()}\n\n`)
        return
      }
      if (url.endsWith('/votes')) {
        votes.set(req.headers.cookie, JSON.parse(body).optionId)
        push(false)
        return answer(res, 200, {})
      }
      if (url.endsWith('/actions')) {
        actions[JSON.parse(body).action]?.()
        push(true)
        return answer(res, 200, {})
      }
      answer(res, 404, {})
    })
  })
  .listen(port, '127.0.0.1')
