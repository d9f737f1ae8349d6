#!/usr/bin/env bash
# One live session with many simulated participants against the packaged jar on a fresh PostgreSQL database.
# Usage: bench/live.sh [participants] [rounds]     (build first: mvn -B -DskipTests package)
#   participants: SSE streams (and joins) in the one session, default 2000 (or SIGNAAL_BENCH_PARTICIPANTS)
#   rounds: vote bursts, each followed by reveal, decide and next, default 3 (fewer when the case ends sooner)
# The load generator is bench/live-load.mjs (Node 20, no npm dependency) on the same machine; it prints, per
# facilitator action and vote burst, the latency until every participant's screen shows the change (p50, p99, max),
# the server's memory per connection (RSS and live heap after a full GC, before and after the streams open) and its
# own CPU and memory. SIGNAAL_BENCH_SCENARIO picks the case (default: the first one listed). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
participants=${1:-${SIGNAAL_BENCH_PARTICIPANTS:-2000}}
rounds=${2:-3}
jar=${SIGNAAL_BENCH_JAR:-backend/target/signaal.jar}
port=${SIGNAAL_BENCH_PORT:-18184}
[ -f "$jar" ] || { echo "no $jar: run mvn -B -DskipTests package first" >&2; exit 1; }
admin=bench-live@example.org
password='bench live password'
# Every stream is a socket on both ends, and the server needs its own files besides.
ulimit -n "$(ulimit -Hn)"

db=signaal_bench_live_$$
data=$(mktemp -d)
createdb -h 127.0.0.1 -U postgres $db
pid=
cleanup() {
  # The app's exit status after kill is not a failure of the bench (set -e would skip the rest).
  if [ -n "$pid" ]; then kill "$pid" 2> /dev/null || true; wait "$pid" 2> /dev/null || true; fi
  dropdb -h 127.0.0.1 -U postgres --if-exists $db
  rm -rf "$data"
}
trap cleanup EXIT

DATASOURCES_DEFAULT_URL=jdbc:postgresql://127.0.0.1:5432/$db DATASOURCES_DEFAULT_USERNAME=postgres \
  DATASOURCES_DEFAULT_PASSWORD= SIGNAAL_DATA_DIR="$data" SIGNAAL_PORT=$port SIGNAAL_DEMO=false \
  SIGNAAL_REMINDERS_ENABLED=false SIGNAAL_ADMIN_EMAIL=$admin SIGNAAL_ADMIN_PASSWORD="$password" \
  SIGNAAL_ORGANISATION_NAME="Bench live" SIGNAAL_ORGANISATION_SECTOR=buurtteam SIGNAAL_LOG_LEVEL=WARN \
  java -Xmx1g -jar "$jar" > "$data/log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/health" > /dev/null; do
  kill -0 $pid 2> /dev/null || { echo "the app stopped; see its log:" >&2; tail -n 40 "$data/log" >&2; exit 1; }
  sleep 0.2
done
echo "== PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc 'show server_version'), one node, $participants participants"
node bench/live-load.mjs "http://127.0.0.1:$port" $admin "$password" "$participants" "$rounds" $pid
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
  "$(java -version 2>&1 | head -n 1), node $(node --version), $(date -u +%Y-%m-%dT%H:%MZ)"
