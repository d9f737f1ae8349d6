#!/usr/bin/env bash
# What a first visit costs in JavaScript: the entry script of the built index.html and the modules it preloads,
# gzipped (frontend/scripts/first-load.mjs, which also fails the frontend build above 80 KB), then the chunks a visit
# fetches later: each UI language (its sign-in texts "shell" and the rest) and the largest page chunks.
# Usage: bench/first-load.sh [--build]    (--build runs `vite build` first; otherwise the last build is measured)
# The browser-side figure (bytes over the wire, and the cache on a second visit) is e2e/tests/first-load.spec.ts.
set -euo pipefail
cd "$(dirname "$0")/../frontend"
dist=target/classes/public
if [ "${1:-}" = "--build" ] || [ ! -f "$dist/index.html" ]; then
  npx vite build > /dev/null
fi
node scripts/first-load.mjs "$dist" || true
node --input-type=module - "$dist" <<'JS'
import { readdirSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
const dir = `${process.argv[2]}/assets`
const files = readdirSync(dir).filter((file) => file.endsWith('.js'))
const gz = (file) => gzipSync(readFileSync(`${dir}/${file}`), { level: 9 }).length
const kb = (n) => `${(n / 1000).toFixed(1).padStart(6)} KB`
console.log('\nlanguages (fetched when chosen; the rest once a page outside sign-in is shown):')
for (const file of files.filter((f) => f.startsWith('locale-')).sort()) console.log(`${kb(gz(file))} gzip  ${file}`)
const pages = files.filter((f) => /^[A-Z]\w*View-/.test(f)).map((file) => [file, gz(file)]).sort((a, b) => b[1] - a[1])
console.log(`\npage chunks: ${pages.length}, the largest:`)
for (const [file, size] of pages.slice(0, 8)) console.log(`${kb(size)} gzip  ${file}`)
const all = files.reduce((sum, file) => sum + gz(file), 0)
console.log(`\nall JavaScript of the app: ${kb(all).trim()} gzip in ${files.length} files`)
JS
