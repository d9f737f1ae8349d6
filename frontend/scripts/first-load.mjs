#!/usr/bin/env node
// Measures the JavaScript a browser must fetch before the app can start: the entry script in the built
// index.html plus every module it preloads (Vite lists the entry's static imports as modulepreload links),
// each gzipped as the server may send it. Fails above the budget so a heavy import into the entry breaks the
// build instead of slowing every first visit. Usage: node scripts/first-load.mjs [dist dir] [budget KB]
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const here = path.dirname(fileURLToPath(import.meta.url))
const dist = path.resolve(process.argv[2] ?? path.join(here, '../target/classes/public'))
const budgetKb = Number(process.argv[3] ?? process.env.SIGNAAL_FIRST_LOAD_BUDGET_KB ?? 80)

const html = readFileSync(path.join(dist, 'index.html'), 'utf8')
const entries = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1])
const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1])
if (entries.length === 0) {
  console.error(`first-load: no module script in ${path.join(dist, 'index.html')}`)
  process.exit(2)
}

// Follow static imports too, in case a chunk is imported without a preload link (it would still be fetched).
const files = new Set()
const queue = [...entries, ...preloads].map((src) => src.replace(/^\//, ''))
while (queue.length > 0) {
  const file = queue.shift()
  if (files.has(file)) continue
  files.add(file)
  const code = readFileSync(path.join(dist, file), 'utf8')
  for (const match of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w${}\s,*]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
    queue.push(path.posix.join(path.posix.dirname(file), match[1]))
  }
}

let raw = 0
let gzip = 0
const rows = [...files].map((file) => {
  const bytes = readFileSync(path.join(dist, file))
  const zipped = gzipSync(bytes, { level: 9 }).length
  raw += bytes.length
  gzip += zipped
  return { file, raw: bytes.length, gzip: zipped }
})
rows.sort((a, b) => b.gzip - a.gzip)
const kb = (n) => (n / 1000).toFixed(1).padStart(7)
for (const row of rows) console.log(`${kb(row.gzip)} KB gzip ${kb(row.raw)} KB  ${row.file}`)
console.log(`first-load JS: ${(gzip / 1000).toFixed(1)} KB gzip (${(raw / 1000).toFixed(1)} KB raw) in ${rows.length} files; budget ${budgetKb} KB`)
if (gzip > budgetKb * 1000) {
  console.error(`first-load: ${(gzip / 1000).toFixed(1)} KB gzip is over the budget of ${budgetKb} KB`)
  process.exit(1)
}
