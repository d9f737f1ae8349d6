#!/usr/bin/env bash
# Start-up time and memory of the packaged jar on a fresh embedded H2 database.
# Usage: bench/startup.sh [runs]   (build first: mvn -B -DskipTests package)
# Prints each run and the medians: milliseconds from `java -jar` to the first {"status":"UP"},
# and the resident memory (RSS) right after start-up and after 200 catalogue requests.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=backend/target/signaal.jar
port=${SIGNAAL_BENCH_PORT:-18181}
[ -f "$jar" ] || { echo "no $jar: run mvn -B -DskipTests package first" >&2; exit 1; }

now_ms() { date +%s%3N; }
results=()
for run in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  start=$(now_ms)
  SIGNAAL_DATA_DIR="$data" SIGNAAL_PORT=$port java -jar "$jar" > "$data/log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health" > /dev/null; do
    kill -0 $pid 2> /dev/null || { echo "the app stopped; see $data/log" >&2; exit 1; }
    sleep 0.05
  done
  ready=$(( $(now_ms) - start ))
  rss_ready=$(( $(ps -o rss= -p $pid) / 1024 ))
  for _ in $(seq 1 200); do curl -sf "http://127.0.0.1:$port/api/modules?locale=en" > /dev/null; done
  rss_warm=$(( $(ps -o rss= -p $pid) / 1024 ))
  kill $pid; wait $pid 2> /dev/null || true
  rm -rf "$data"
  echo "run $run: ready in ${ready} ms, RSS ${rss_ready} MiB at ready, ${rss_warm} MiB after 200 requests"
  results+=("$ready $rss_ready $rss_warm")
done
printf '%s\n' "${results[@]}" | python3 -c '
import statistics, sys
rows = [list(map(int, line.split())) for line in sys.stdin if line.strip()]
cols = list(zip(*rows))
print(f"median of {len(rows)} runs: ready in {statistics.median(cols[0]):.0f} ms, "
      f"RSS {statistics.median(cols[1]):.0f} MiB at ready, {statistics.median(cols[2]):.0f} MiB after 200 requests")'
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1)"
