#!/usr/bin/env bash
# A login storm against the packaged jar on a fresh embedded H2 database (demo accounts):
# 300 simultaneous logins (a third right passwords, a third wrong, a third unknown e-mail
# addresses, each claiming its own client address) while /health is polled.
# Usage: bench/login-storm.sh [runs] [logins]   (build first: mvn -B -DskipTests package)
# Prints per run the answers (200/401/429/503), /health p50/p99 during the storm and the server's
# peak RSS. Targets (issue #9): /health p99 < 1 s, RSS < 600 MB. SIGNAAL_BENCH_JAR picks another
# jar (e.g. one built from an older commit, to compare). Loopback only; each storm stops after 120 s.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
logins=${2:-300}
jar=${SIGNAAL_BENCH_JAR:-backend/target/signaal.jar}
port=${SIGNAAL_BENCH_PORT:-18183}
[ -f "$jar" ] || { echo "no $jar: run mvn -B -DskipTests package first" >&2; exit 1; }

for run in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  SIGNAAL_DATA_DIR="$data" SIGNAAL_PORT=$port SIGNAAL_DEMO=true SIGNAAL_REMINDERS_ENABLED=false \
    SIGNAAL_TRUST_FORWARDED_FOR=true java -jar "$jar" > "$data/log" 2>&1 &
  pid=$!
  trap 'kill $pid 2> /dev/null || true' EXIT
  until curl -sf "http://127.0.0.1:$port/health" > /dev/null; do
    kill -0 $pid 2> /dev/null || { echo "the app stopped; see $data/log" >&2; exit 1; }
    sleep 0.2
  done
  echo "== run $run"
  python3 bench/login_storm.py "http://127.0.0.1:$port" $pid "$logins"
  kill $pid; wait $pid 2> /dev/null || true
  trap - EXIT
  rm -rf "$data"
done
echo "jar: $jar; machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
