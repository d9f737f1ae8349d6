#!/usr/bin/env bash
# The SQL statements one choice sends to PostgreSQL: starts the packaged jar on a fresh database whose statements
# PostgreSQL logs (log_statement = all, for that database only), makes one choice with curl and prints the
# statements logged for it. Needs the local PostgreSQL and read access to its log (default: the Debian path).
# Usage: bench/choice-sql.sh [jar]    (SIGNAAL_BENCH_PORT, default 18182; PG_LOG, default the Debian log file)
# Connection checks (Hikari's isValid, an empty query) are round trips too but are not logged: one per borrow.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-backend/target/signaal.jar}
port=${SIGNAAL_BENCH_PORT:-18182}
log=${PG_LOG:-/var/log/postgresql/postgresql-15-main.log}
db=signaal_sql_$$
admin=bench-admin@example.org
password='bench admin password'
createdb -h 127.0.0.1 -U postgres $db
data=$(mktemp -d)
trap 'kill $pid 2> /dev/null || true; wait $pid 2> /dev/null || true; dropdb -h 127.0.0.1 -U postgres --if-exists $db; rm -rf "$data"' EXIT
psql -h 127.0.0.1 -U postgres -qc "ALTER DATABASE $db SET log_statement = 'all'"
env DATASOURCES_DEFAULT_URL=jdbc:postgresql://127.0.0.1:5432/$db DATASOURCES_DEFAULT_USERNAME=postgres \
  DATASOURCES_DEFAULT_PASSWORD= SIGNAAL_DATA_DIR="$data" SIGNAAL_PORT=$port SIGNAAL_DEMO=false \
  SIGNAAL_ADMIN_EMAIL=$admin SIGNAAL_ADMIN_PASSWORD="$password" SIGNAAL_ORGANISATION_NAME="Bench" \
  SIGNAAL_ORGANISATION_SECTOR=buurtteam SIGNAAL_LOG_LEVEL=WARN java -Xmx1g -jar "$jar" > "$data/log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/health" > /dev/null; do
  kill -0 $pid 2> /dev/null || { echo "the app stopped; see $data/log" >&2; exit 1; }
  sleep 0.5
done
base=http://127.0.0.1:$port
login=$(curl -s -c "$data/cookies" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$admin\",\"password\":\"$password\"}" $base/api/auth/login)
csrf=$(sed -E 's/.*"csrfToken":"([^"]+)".*/\1/' <<< "$login")
post() { curl -s -b "$data/cookies" -H 'Content-Type: application/json' -H "X-CSRF-Token: $csrf" -d "$2" "$base$1"; }
run=$(post /api/scenarios/buurtteam-tikkies/runs '{}')
id=$(sed -E 's/^\{"id":"([^"]+)".*/\1/' <<< "$run")
choice=$(sed -E 's/.*"choices":\[\{"id":"([^"]+)".*/\1/' <<< "$run")
post /api/runs/$id/choices "{\"clientChoiceId\":\"$(cat /proc/sys/kernel/random/uuid)\",\"choiceId\":\"$choice\"}" > /dev/null
next=$(curl -s -b "$data/cookies" $base/api/runs/$id | sed -E 's/.*"choices":\[\{"id":"([^"]+)".*/\1/')
sleep 1
from=$(wc -l < "$log")
post /api/runs/$id/choices "{\"clientChoiceId\":\"$(cat /proc/sys/kernel/random/uuid)\",\"choiceId\":\"$next\"}" > /dev/null
sleep 1
# Everything logged for this database after the mark is the second choice (a warm one).
tail -n +$((from + 1)) "$log" | grep -F "@$db " | grep -E 'LOG:  (execute|statement)' \
  | sed -E 's/.*LOG:  //; s/(.{150}).*/\1.../' | nl
