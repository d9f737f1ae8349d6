#!/usr/bin/env bash
# Choice-submission throughput and latency of the packaged jar, on H2 and on PostgreSQL, next to the
# ceiling (GET /health on the same server) in the same run.
# Usage: bench/simulation.sh [learners] [seconds]     (build first: mvn -B -DskipTests package)
# SIGNAAL_BENCH_JAR=other.jar measures another build; SIGNAAL_BENCH_JFR=/tmp/dir records a JFR profile of each
# server (profile settings) into that folder, for bench/jfr-top.sh.
# Needs the local PostgreSQL (127.0.0.1:5432, user postgres) for the second half. Traffic goes to
# 127.0.0.1 only, and every phase stops after the given seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
learners=${1:-32}
seconds=${2:-20}
jar=${SIGNAAL_BENCH_JAR:-backend/target/signaal.jar}
port=${SIGNAAL_BENCH_PORT:-18182}
scenario=${SIGNAAL_BENCH_SCENARIO:-buurtteam-tikkies}
[ -f "$jar" ] || { echo "no $jar: run mvn -B -DskipTests package first" >&2; exit 1; }
admin=bench-admin@example.org
password='bench admin password'

run_against() {
  local label=$1; shift
  local data; data=$(mktemp -d)
  local jfr=
  if [ -n "${SIGNAAL_BENCH_JFR:-}" ]; then
    mkdir -p "$SIGNAAL_BENCH_JFR"
    jfr="-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=$SIGNAAL_BENCH_JFR/${label%% *}.jfr"
  fi
  env "$@" SIGNAAL_DATA_DIR="$data" SIGNAAL_PORT=$port SIGNAAL_DEMO=false \
      SIGNAAL_ADMIN_EMAIL=$admin SIGNAAL_ADMIN_PASSWORD="$password" \
      SIGNAAL_ORGANISATION_NAME="Bench" SIGNAAL_ORGANISATION_SECTOR=buurtteam \
      SIGNAAL_LOG_LEVEL=WARN java -Xmx1g $jfr -jar "$jar" > "$data/log" 2>&1 &
  local pid=$!
  until curl -sf "http://127.0.0.1:$port/health" > /dev/null; do
    kill -0 $pid 2> /dev/null || { echo "the app stopped; see $data/log" >&2; exit 1; }
    sleep 0.2
  done
  echo "== $label: $learners concurrent learners, ${seconds}s per phase, scenario $scenario"
  java bench/SimulationLoad.java "http://127.0.0.1:$port" $admin "$password" "$scenario" "$learners" "$seconds"
  kill $pid; wait $pid 2> /dev/null || true
  rm -rf "$data"
}

run_against "H2 (embedded file database)"
db=signaal_bench_$$
createdb -h 127.0.0.1 -U postgres $db
trap 'dropdb -h 127.0.0.1 -U postgres --if-exists $db' EXIT
run_against "PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc 'show server_version')" \
  DATASOURCES_DEFAULT_URL=jdbc:postgresql://127.0.0.1:5432/$db DATASOURCES_DEFAULT_USERNAME=postgres \
  DATASOURCES_DEFAULT_PASSWORD=
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(date -u +%Y-%m-%d)"
