// Simulated participants of one live session: joins, Server-Sent Event streams and vote bursts, with the latency
// from a vote burst or a facilitator action to every participant's screen. Run by bench/live.sh; by hand:
//   node bench/live-load.mjs http://127.0.0.1:8080 facilitator@example.org password [participants] [rounds] [server pid]
// Node 20 only, no npm dependency. Uses node:http rather than fetch: one socket per stream without a pool, and the
// lowest cost per event on the load generator, which shares the machine with the server. Sends only to the base URL.
// Joins come from 127.0.0.10, .11, ... (the whole 127/8 is loopback on Linux), at most JOINS_PER_ADDRESS each, so
// the server's per-address join limit (60 a minute) is respected rather than switched off.
import http from 'node:http'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { randomUUID } from 'node:crypto'

const [base, email, password, participantsArg = '2000', roundsArg = '3', serverPid = ''] = process.argv.slice(2)
if (!password) {
  console.error('usage: node bench/live-load.mjs <base url> <facilitator e-mail> <password> [participants] [rounds] [server pid]')
  process.exit(2)
}
const N = Number(participantsArg)
const ROUNDS = Number(roundsArg)
const SCENARIO = process.env.SIGNAAL_BENCH_SCENARIO || ''
const JOINS_PER_ADDRESS = 50
const WAIT_MS = 60_000
const target = new URL(base)
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })

function address(i) {
  const n = 10 + Math.floor(i / JOINS_PER_ADDRESS)
  return `127.0.${Math.floor(n / 250)}.${n % 250}`
}

function request(method, path, { body, headers = {}, localAddress } = {}) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body)
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        method,
        path,
        agent,
        localAddress,
        headers: {
          accept: 'application/json',
          ...(data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString() }))
      },
    )
    req.on('error', reject)
    req.setTimeout(60_000, () => req.destroy(new Error(`${method} ${path}: no answer in 60 s`)))
    if (data) req.write(data)
    req.end()
  })
}

function cookie(res, prefix) {
  const found = (res.headers['set-cookie'] || []).find((c) => c.startsWith(prefix))
  if (!found) throw new Error(`no ${prefix} cookie: ${res.status} ${res.text}`)
  return found.split(';')[0]
}

function expectStatus(res, status, what) {
  if (res.status !== status) throw new Error(`${what} answered ${res.status}: ${res.text.slice(0, 300)}`)
  return res.text ? JSON.parse(res.text) : null
}

async function pool(count, concurrency, work) {
  let next = 0
  const workers = Array.from({ length: Math.min(concurrency, count) }, async () => {
    while (next < count) await work(next++)
  })
  await Promise.all(workers)
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] }
}

const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a')

function serverCpuSeconds() {
  if (!serverPid) return NaN
  const fields = readFileSync(`/proc/${serverPid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100 // utime + stime, clock ticks of 1/100 s
}

function serverMemory() {
  if (!serverPid) return null
  execFileSync('jcmd', [serverPid, 'GC.run'], { stdio: 'ignore' })
  const heapInfo = execFileSync('jcmd', [serverPid, 'GC.heap_info']).toString()
  const used = /used (\d+)K/.exec(heapInfo)
  const status = readFileSync(`/proc/${serverPid}/status`, 'utf8')
  return {
    rssMiB: Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024,
    heapMiB: used ? Number(used[1]) / 1024 : NaN,
    threads: Number(/Threads:\s+(\d+)/.exec(status)[1]),
  }
}

function ownCost(since) {
  const cpu = process.cpuUsage(since.cpu)
  return `${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU in ${((performance.now() - since.at) / 1000).toFixed(1)} s, RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`
}

function mark() {
  return { cpu: process.cpuUsage(), at: performance.now() }
}

// ---- streams -------------------------------------------------------------------------------------------------
// The views of a running session carry their fields once each ("status", and in the step "index", "phase", "votes";
// JSON strings cannot hold an unescaped quote), so four regular expressions read what the bench needs without
// parsing every view: the load generator's own time per event stays small.
const STATUS = /"status":"(\w+)"/
const INDEX = /"index":(\d+)/
const PHASE = /"phase":"(\w+)"/
const VOTES = /"votes":(\d+)/

const streams = []
let waiter = null

function fieldsOf(data) {
  const status = STATUS.exec(data)?.[1] ?? null
  if (status !== 'RUNNING') return { status, index: null, phase: null, votes: null }
  return {
    status,
    index: Number(INDEX.exec(data)?.[1]),
    phase: PHASE.exec(data)?.[1] ?? null,
    votes: Number(VOTES.exec(data)?.[1]),
  }
}

function seen(stream, at) {
  if (waiter && waiter.times[stream.i] === null && stream.view && waiter.shows(stream.view)) {
    waiter.times[stream.i] = at
    if (--waiter.remaining === 0) waiter.done()
  }
}

function openStream(i, sessionId, participantCookie) {
  return new Promise((resolve, reject) => {
    const stream = { i, view: null, data: '', buffer: '', views: 0, at: 0, closed: false }
    streams[i] = stream
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: `/api/live/play/${sessionId}/events`,
        agent: false,
        localAddress: address(i),
        headers: { accept: 'text/event-stream', cookie: participantCookie },
      },
      (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`stream ${i} answered ${res.statusCode}`))
          res.resume()
          return
        }
        res.setEncoding('utf8')
        res.on('data', (chunk) => {
          const at = performance.now()
          stream.buffer += chunk
          let end
          while ((end = stream.buffer.indexOf('\n\n')) >= 0) {
            const block = stream.buffer.slice(0, end)
            stream.buffer = stream.buffer.slice(end + 2)
            let event = 'message'
            let data = ''
            for (const line of block.split('\n')) {
              if (line.startsWith('event:')) event = line.slice(6).trim()
              else if (line.startsWith('data:')) data += line.slice(line[5] === ' ' ? 6 : 5)
            }
            if (event === 'view' && data) {
              stream.at = at
              stream.data = data
              stream.view = fieldsOf(data)
              stream.views++
              if (stream.views === 1) resolve(stream)
              seen(stream, at)
            }
          }
        })
        res.on('end', () => {
          stream.closed = true
        })
      },
    )
    req.on('error', (e) => {
      stream.closed = true
      reject(e)
    })
    req.end()
  })
}

/** Resolves with each stream's time (performance.now) of the first view that shows what is awaited. */
function awaitEveryScreen(shows, what) {
  return new Promise((resolve) => {
    const times = new Array(N).fill(null)
    const timer = setTimeout(() => {
      const missing = times.filter((t) => t === null).length
      console.log(`  !! ${missing} of ${N} screens did not show ${what} within ${WAIT_MS / 1000} s`)
      waiter = null
      resolve(times)
    }, WAIT_MS)
    waiter = {
      shows,
      times,
      remaining: N,
      done: () => {
        clearTimeout(timer)
        waiter = null
        resolve(times)
      },
    }
    const now = performance.now()
    for (const stream of streams) seen(stream, now)
  })
}

function latencies(times, from) {
  return times.filter((t) => t !== null).map((t) => t - from)
}

// ---- the session ---------------------------------------------------------------------------------------------
const started = mark()
const login = await request('POST', '/api/auth/login', { body: { email, password } })
const csrf = expectStatus(login, 200, 'login').csrfToken
const facilitator = { cookie: cookie(login, 'SIGNAAL_SESSION='), 'x-csrf-token': csrf }
const activities = expectStatus(await request('GET', '/api/live/activities?locale=nl', { headers: facilitator }), 200, 'activities')
const activity = activities.cases.find((c) => !SCENARIO || c.id === SCENARIO)
if (!activity) throw new Error(`no case ${SCENARIO}`)
const created = expectStatus(
  await request('POST', '/api/live/sessions', {
    body: { kind: 'case', activityId: activity.id, locale: 'nl' },
    headers: facilitator,
  }),
  201,
  'create session',
)
const sessionId = created.sessionId
console.log(`session of case ${activity.id}, code ${created.code}; ${N} participants, up to ${ROUNDS} rounds`)

async function act(action, step) {
  const res = await request('POST', `/api/live/sessions/${sessionId}/actions`, {
    body: step === undefined ? { action } : { action, step },
    headers: facilitator,
  })
  return expectStatus(res, 200, action)
}

let phaseMark = mark()
const participants = new Array(N)
await pool(N, 32, async (i) => {
  const res = await request('POST', '/api/live/join', { body: { code: created.code, nickname: `p${i}` }, localAddress: address(i) })
  expectStatus(res, 200, `join ${i}`)
  participants[i] = cookie(res, 'signaal_live_')
})
console.log(`joined ${N} in ${((performance.now() - phaseMark.at) / 1000).toFixed(1)} s from ${Math.ceil(N / JOINS_PER_ADDRESS)} addresses; load generator: ${ownCost(phaseMark)}`)

const before = serverMemory()
const cpuBefore = serverCpuSeconds()
phaseMark = mark()
await pool(N, 100, (i) => openStream(i, sessionId, participants[i]))
await new Promise((r) => setTimeout(r, 2000))
const after = serverMemory()
console.log(`opened ${N} streams in ${((performance.now() - phaseMark.at) / 1000).toFixed(1)} s (server CPU ${(serverCpuSeconds() - cpuBefore).toFixed(1)} s); load generator: ${ownCost(phaseMark)}`)
if (before && after) {
  console.log(
    `server memory after a full GC: RSS ${before.rssMiB.toFixed(0)} -> ${after.rssMiB.toFixed(0)} MiB ` +
      `(${(((after.rssMiB - before.rssMiB) * 1024) / N).toFixed(1)} KiB per connection), live heap ${before.heapMiB.toFixed(0)} -> ` +
      `${after.heapMiB.toFixed(0)} MiB (${(((after.heapMiB - before.heapMiB) * 1024) / N).toFixed(1)} KiB per connection), ` +
      `threads ${before.threads} -> ${after.threads}`,
  )
}

const results = { step: [], votes: [], reveal: [] }

function report(kind, label, values, extra = '') {
  const s = summary(values)
  results[kind].push(s)
  console.log(`  ${label}: ${s.n} screens, p50 ${ms(s.p50)}, p99 ${ms(s.p99)}, max ${ms(s.max)}${extra}`)
}

async function step(action, stepIndex, shows, what, kind) {
  const waiting = awaitEveryScreen(shows, what)
  const t0 = performance.now()
  await act(action, stepIndex)
  const answered = performance.now() - t0
  const times = await waiting
  if (kind) report(kind, `${action} -> ${what}`, latencies(times, t0), ` (action answered in ${ms(answered)})`)
}

await step('start', undefined, (v) => v.status === 'RUNNING' && v.index === 0 && v.phase === 'VOTING', 'step 0', 'step')

for (let round = 0; round < ROUNDS; round++) {
  const view = streams[0].view
  if (view.status !== 'RUNNING') break
  const index = view.index
  const options = JSON.parse(streams[0].data).step.options.map((o) => o.id)
  console.log(`round ${round + 1}: step ${index}, ${options.length} options`)

  // Every participant votes once within about a second: 60% the first option, 30% the second, the rest the third.
  const burst = mark()
  const cpuBurst = serverCpuSeconds()
  let expected = N
  const waiting = awaitEveryScreen((v) => v.index === index && v.votes >= expected, `every vote`)
  let lastAnswer = 0
  let refused = 0
  const answers = []
  const sent = performance.now()
  await Promise.all(
    participants.map(
      (participantCookie, i) =>
        new Promise((resolve) => {
          setTimeout(async () => {
            const pick = i % 10 < 6 ? 0 : i % 10 < 9 ? 1 : 2
            const choice = options[pick % options.length]
            const t = performance.now()
            try {
              const res = await request('POST', `/api/live/play/${sessionId}/votes`, {
                body: { voteId: randomUUID(), step: index, optionId: choice },
                headers: { cookie: participantCookie },
              })
              if (res.status !== 200) refused++
            } catch {
              refused++
            }
            answers.push(performance.now() - t)
            lastAnswer = Math.max(lastAnswer, performance.now())
            resolve()
          }, Math.random() * 1000)
        }),
    ),
  )
  if (refused > 0) {
    // Refused votes never show: wait for the ones that counted (screens already there keep their own time).
    expected = N - refused
    for (const stream of streams) seen(stream, stream.at)
  }
  const times = await waiting
  report(
    'votes',
    `vote burst -> the final count on every screen (from the last vote's answer)`,
    latencies(times, lastAnswer),
    `; all ${N} votes answered ${ms(lastAnswer - sent)} after the first was sent (each vote's answer: p50 ${ms(summary(answers).p50)}, p99 ${ms(summary(answers).p99)}), ${refused} refused; server CPU ${(serverCpuSeconds() - cpuBurst).toFixed(1)} s, load generator ${ownCost(burst)}`,
  )

  await step('reveal', index, (v) => v.index === index && v.phase === 'REVEALED', 'the tally', 'reveal')
  await step('decide', index, (v) => v.index === index && v.phase === 'DECIDED', 'the chosen path', null)
  await step(
    'next',
    index,
    (v) => v.status === 'DEBRIEF' || (v.index === index + 1 && v.phase === 'VOTING'),
    'the next step',
    'step',
  )
}

await act('end')
const closedNow = streams.filter((s) => s.closed).length
console.log(`ended; ${closedNow} of ${N} streams closed right after the end (more follow)`)
const median = (values) => summary(values).p50
for (const [kind, label] of [
  ['step', 'facilitator step -> every screen'],
  ['reveal', 'reveal -> every screen'],
  ['votes', 'vote burst -> every screen'],
]) {
  const rows = results[kind]
  if (rows.length) {
    console.log(
      `${label}: ${rows.length} measurements, median p50 ${ms(median(rows.map((r) => r.p50)))}, ` +
        `median p99 ${ms(median(rows.map((r) => r.p99)))}, worst max ${ms(Math.max(...rows.map((r) => r.max)))}`,
    )
  }
}
console.log(`load generator, whole run: ${ownCost(started)}`)
process.exit(0)
