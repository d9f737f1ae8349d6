#!/usr/bin/env bash
# The reminder planner's scan at scale: 1,000,000 module enrolments (200,000 learners x 5 completed mandatory
# modules, 500 organisations) generated into a fresh PostgreSQL database, then per run:
#   ceiling  - the bare SQL query that selects the same rows (every organisation at once), rows fetched by psql;
#   write ceiling - one bare INSERT ... SELECT writing one outbox row per due learner (fixed 400-character body);
#   planner  - `java -jar signaal.jar plan-reminders 2`: pass 1 scans every organisation and writes the outbox
#              (one reminder per learner with something due), pass 2 is the same scan once everyone due has had
#              this week's reminder (the cost of every later 5-minute run that week).
# The outbox is emptied before each run. Prints each run and the medians.
# Usage: bench/reminder-scan.sh [runs]  (build first: mvn -B -DskipTests package; PostgreSQL on PGHOST/PGUSER)
# SIGNAAL_BENCH_REUSE=1 keeps an already loaded database (the load takes about 3 minutes).
# SIGNAAL_BENCH_JAR=path runs another build of the jar (e.g. the one before a change) against the same data.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
learners=${SIGNAAL_BENCH_LEARNERS:-200000}
organisations=${SIGNAAL_BENCH_ORGANISATIONS:-500}
db=${SIGNAAL_BENCH_DB:-signaal_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres} PGTZ=UTC
jar=${SIGNAAL_BENCH_JAR:-backend/target/signaal.jar}
[ -f "$jar" ] || { echo "no $jar: run mvn -B -DskipTests package first" >&2; exit 1; }
modules=$(ls content/modules | head -n 5 | sed "s/.*/'&'/" | paste -sd, -)
app() { MICRONAUT_ENVIRONMENTS=postgres PGDATABASE=$db SIGNAAL_CONTENT_DIR=content java -jar "$jar" "$@" 2> /dev/null; }
sql() { psql -v ON_ERROR_STOP=1 -qAt -d "$db" "$@"; }

if [ "${SIGNAAL_BENCH_REUSE:-0}" = 1 ] && psql -d "$db" -qAt -c 'SELECT 1 FROM module_memory LIMIT 1' > /dev/null 2>&1; then
  echo "reusing $db"
else
dropdb --if-exists "$db" && createdb "$db"
app plan-reminders > /dev/null   # the application's own migrations create the schema
start=$(date +%s)
sql <<SQL
INSERT INTO organisation (id, name, sector, demo, created_at)
  SELECT gen_random_uuid(), 'Bench ' || g, 'jeugdhulp', false, now() FROM generate_series(1, $organisations) g;
CREATE TEMP TABLE numbered AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM organisation;
INSERT INTO app_user (id, organisation_id, email, display_name, password_hash, roles, locale, created_at)
  SELECT gen_random_uuid(), o.id, 'learner' || g || '@bench.example', 'Learner ' || g, 'not-a-hash', 'LEARNER',
         (ARRAY['nl','en','ar','tr','pl'])[1 + g % 5], now()
  FROM generate_series(1, $learners) g JOIN numbered o ON o.n = g % $organisations;
-- Practised 0-120 days ago with a stability of 20-220 days: about one enrolment in six needs a refresher.
INSERT INTO module_memory (id, user_id, organisation_id, module_id, stability, difficulty, last_review, remind_at,
                           updated_at)
  SELECT gen_random_uuid(), u.id, u.organisation_id, m.id, 20 + random() * 200, 1 + random() * 9,
         now() - random() * interval '120 days', now(), now()
  FROM app_user u CROSS JOIN unnest(ARRAY[$modules]) AS m(id);
-- The status moments as ModuleStatus.moments computes them for the default policy (retention 0.85, at most 180
-- days, full refresher after 12 months): due after the FSRS interval (rounded, 1-180 days); overdue at the due date
-- or the first whole day retrievability is below 0.85 if sooner; lapsed on the first whole day below 0.5 or 12
-- months after the last review; remind_at the first of due-7d, overdue and lapsed (ModuleStatus.remindFrom).
UPDATE module_memory SET
    due_at = last_review + LEAST(GREATEST(1, round((stability / (19.0 / 81.0) * (power(0.85, 1 / -0.5) - 1))::numeric)),
                                 180) * interval '1 day',
    overdue_at = last_review + (floor(stability / (19.0 / 81.0) * (power(0.85, 1 / -0.5) - 1)) + 1) * interval '1 day',
    lapses_at = LEAST(last_review + (floor(stability / (19.0 / 81.0) * (power(0.5, 1 / -0.5) - 1)) + 1)
                                    * interval '1 day',
                      last_review + interval '12 months');
UPDATE module_memory SET overdue_at = LEAST(overdue_at, due_at),
                         remind_at = LEAST(due_at - interval '7 days', overdue_at, lapses_at);
-- Nothing may become due while the benchmark runs (the query and the planner must find the same rows):
-- move the enrolments that would, a day later, state and moments together.
UPDATE module_memory SET last_review = last_review + interval '1 day', remind_at = remind_at + interval '1 day',
                         due_at = due_at + interval '1 day', overdue_at = overdue_at + interval '1 day',
                         lapses_at = lapses_at + interval '1 day'
  WHERE remind_at > now() - interval '1 hour' AND remind_at <= now() + interval '1 day';
VACUUM ANALYZE;
SQL
echo "loaded $(sql -c 'SELECT count(*) FROM module_memory') enrolments of $(sql -c 'SELECT count(*) FROM app_user') learners in $organisations organisations ($(( $(date +%s) - start )) s)"
fi

week=$(TZ=Europe/Amsterdam date +%G-W%V)
ceiling_sql="SELECT m.user_id, m.module_id FROM module_memory m WHERE m.remind_at <= now() AND m.module_id IN ($modules,
  '$(ls content/modules | sed -n 6p)') AND NOT EXISTS (SELECT 1 FROM reminder_outbox r WHERE r.user_id = m.user_id
  AND r.kind = 'WEEKLY' AND r.mail_key = '$week') ORDER BY m.organisation_id, m.user_id, m.module_id"
write_sql="INSERT INTO reminder_outbox (id, user_id, organisation_id, week, kind, mail_key, recipient, subject, body,
  locale, status, attempts, next_attempt_at, created_at) SELECT gen_random_uuid(), d.user_id,
  min(u.organisation_id::text)::uuid, '$week', 'WEEKLY', '$week',
  min(u.email), 'Tijd voor een korte opfrisser', repeat('x', 400), 'nl', 'PENDING', 0, now(), now()
  FROM ($ceiling_sql) d JOIN app_user u ON u.id = d.user_id GROUP BY d.user_id"
sql -c "DELETE FROM reminder_outbox"
due_rows=$(sql -c "SELECT count(*) FROM ($ceiling_sql) d")
due_learners=$(sql -c "SELECT count(DISTINCT user_id) FROM ($ceiling_sql) d")
echo "due now: $due_rows enrolments of $due_learners learners (week $week)"

results=()
for run in $(seq 1 "$runs"); do
  sql -c "DELETE FROM reminder_outbox" -c "VACUUM ANALYZE reminder_outbox"
  ceiling=$( { sql -o /dev/null -c '\timing on' -c "$ceiling_sql"; } | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
  write_ceiling=$( { sql -o /dev/null -c '\timing on' -c "$write_sql"; } | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
  sql -c "DELETE FROM reminder_outbox" -c "VACUUM ANALYZE reminder_outbox"
  out=$(app plan-reminders 2)
  first=$(sed -n 's/^pass 1: planned \([0-9]*\) reminders in \([0-9.]*\) ms/\1 \2/p' <<< "$out")
  second=$(sed -n 's/^pass 2: planned \([0-9]*\) reminders in \([0-9.]*\) ms/\1 \2/p' <<< "$out")
  read -r planned first_ms <<< "$first"
  read -r replanned second_ms <<< "$second"
  [ "$planned" = "$due_learners" ] || { echo "planner wrote $planned reminders, the query finds $due_learners learners" >&2; exit 1; }
  [ "$replanned" = 0 ] || { echo "second pass wrote $replanned reminders" >&2; exit 1; }
  echo "run $run: ceiling ${ceiling} ms, write ceiling ${write_ceiling} ms; planner pass 1 ${first_ms} ms ($planned reminders), pass 2 ${second_ms} ms"
  results+=("$ceiling $write_ceiling $first_ms $second_ms")
done
printf '%s\n' "${results[@]}" | python3 -c '
import statistics, sys
rows = [list(map(float, line.split())) for line in sys.stdin if line.strip()]
c, w, p1, p2 = (statistics.median(col) for col in zip(*rows))
print(f"median of {len(rows)} runs: ceiling query {c:.0f} ms, write ceiling {w:.0f} ms; "
      f"planner scan+write {p1:.0f} ms ({p1 / w:.1f}x write ceiling), "
      f"scan with nothing left to write {p2:.0f} ms ({p2 / c:.1f}x ceiling)")'
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(psql -d "$db" -qAt -c 'SHOW server_version'), $(java -version 2>&1 | head -n 1)"
