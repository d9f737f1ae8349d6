#!/usr/bin/env bash
# The coordinator dashboard at scale (issue 16): 10,000 learners in one organisation (and a small second one),
# 20 teams, 5,000,000 learning records over two years, generated into a fresh PostgreSQL database; then the
# dashboard endpoints for the organisation and for one team, each next to a hand-written SQL query for the same
# numbers, in the same run:
#   GET /api/organisations/{o}/insight/status      vs bench/insight-status.sql
#   GET /api/organisations/{o}/insight/practice    vs bench/insight-practice.sql
# Each is asked REQUESTS times one after the other (after WARMUP unmeasured ones) by one curl over one kept-alive
# connection, signed in as a coordinator; the SQL runs as often in one psql session (\timing: execution plus the
# rows fetched by psql). Prints median and p95 per endpoint and per query, and endpoint p95 / SQL p95.
# Targets: p95 <= 150 ms and <= 1.5 x the hand SQL.
# Usage: bench/insight.sh     (build first: mvn -B -DskipTests package; PostgreSQL on 127.0.0.1, user postgres)
# Environment: LEARNERS (10000), RECORDS (5000000), REQUESTS (200), WARMUP (50), TEAMS (20),
#   SIGNAAL_BENCH_DB (signaal_bench_insight), SIGNAAL_BENCH_PORT (18185), SIGNAAL_BENCH_JAR,
#   SIGNAAL_BENCH_KEEP=1 keeps the database afterwards, SIGNAAL_BENCH_REUSE=1 uses a kept one (the load takes minutes),
#   SIGNAAL_BENCH_MEMORY=app leaves the module memory table empty so the app builds it from the records at start
#   (slow at this size: it reads every record of the organisation); default: filled by SQL from the records.
# Needs java, psql (createdb, dropdb), curl and python3 (percentiles). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
learners=${LEARNERS:-10000}
records=${RECORDS:-5000000}
requests=${REQUESTS:-200}
warmup=${WARMUP:-50}
teams=${TEAMS:-20}
db=${SIGNAAL_BENCH_DB:-signaal_bench_insight}
port=${SIGNAAL_BENCH_PORT:-18185}
jar=${SIGNAAL_BENCH_JAR:-backend/target/signaal.jar}
memory=${SIGNAAL_BENCH_MEMORY:-sql}
[ -f "$jar" ] || { echo "no $jar: run mvn -B -DskipTests package first" >&2; exit 1; }
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres} PGTZ=UTC
admin=bench-insight-admin@bench.example
coordinator=bench-insight-coordinator@bench.example
password='bench insight password'
# The organisation's mandatory modules (its chosen policy); the small organisation has not chosen yet.
mandatory=wat-is-criminele-uitbuiting,signalen-herkennen,de-meldcode
sql() { psql -v ON_ERROR_STOP=1 -qAt -d "$db" "$@"; }
now_ms() { date +%s%3N; }

data=$(mktemp -d)
pid=
cleanup() {
  # The app's exit status after kill is not a failure of the bench (set -e would skip the rest).
  if [ -n "$pid" ]; then kill "$pid" 2> /dev/null || true; wait "$pid" 2> /dev/null || true; fi
  [ "${SIGNAAL_BENCH_KEEP:-0}" = 1 ] || dropdb --if-exists "$db"
  rm -rf "$data"
}
trap cleanup EXIT

# Starts the jar on the bench database and waits for /health; ready_ms is how long that took.
start_app() {
  local start; start=$(now_ms)
  DATASOURCES_DEFAULT_URL=jdbc:postgresql://$PGHOST:5432/$db DATASOURCES_DEFAULT_USERNAME=$PGUSER \
    DATASOURCES_DEFAULT_PASSWORD=${PGPASSWORD:-} SIGNAAL_DATA_DIR="$data" SIGNAAL_PORT=$port SIGNAAL_DEMO=false \
    SIGNAAL_REMINDERS_ENABLED=false SIGNAAL_ADMIN_EMAIL=$admin SIGNAAL_ADMIN_PASSWORD="$password" \
    SIGNAAL_ORGANISATION_NAME="Bench insight" SIGNAAL_ORGANISATION_SECTOR=jeugdhulp SIGNAAL_CONTENT_DIR=content \
    java -Xmx2g -jar "$jar" > "$data/log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health" > /dev/null; do
    kill -0 $pid 2> /dev/null || { echo "the app stopped; see its log:" >&2; tail -n 40 "$data/log" >&2; exit 1; }
    sleep 0.2
  done
  ready_ms=$(( $(now_ms) - start ))
}
stop_app() { kill "$pid" 2> /dev/null || true; wait "$pid" 2> /dev/null || true; pid=; }

# The content the records refer to: per module its version, lessons, check questions and refresher items (with
# their competencies), read from content/ as the app reads it.
content_values() {
  python3 - <<'PY'
import pathlib, re
rows = []
for m in sorted(pathlib.Path('content/modules').iterdir()):
    text = (m / 'module.yaml').read_text()
    version = re.search(r'^version: (\d+)', text, re.M).group(1)
    lessons = re.findall(r'^  - (\S+)$', re.search(r'^lessons:\n((?:  - .*\n)+)', text, re.M).group(1), re.M)
    questions = re.findall(r'- id: (\S+)\n\s+competency: (\S+)', text)
    items_file = pathlib.Path('content/refreshers') / m.name / 'items.yaml'
    items = re.findall(r'- id: (\S+)\n\s+competency: (\S+)', items_file.read_text()) if items_file.exists() else []
    items = items or questions
    arr = lambda xs: "ARRAY[" + ",".join(f"'{x}'" for x in xs) + "]::text[]"
    rows.append(f"('{m.name}', {version}, {arr(lessons)}, {arr(q for q, _ in questions)}, "
                f"{arr(c for _, c in questions)}, {arr(i for i, _ in items)}, {arr(c for _, c in items)})")
print(",\n".join(rows))
PY
}

# The case simulations the runs walk through: per scenario its version and, per scene, the choices on offer.
scene_values() {
  python3 - <<'PY'
import pathlib, re
rows = []
for f in sorted(pathlib.Path('content/scenarios').glob('*/scenario.yaml')):
    lines = f.read_text().splitlines()
    scenario = re.search(r'^id: (\S+)', f.read_text(), re.M).group(1)
    version = re.search(r'^version: (\d+)', f.read_text(), re.M).group(1)
    scenes, inside = [], False
    for line in lines:
        if line == 'nodes:':
            inside = True
        elif inside and line and not line.startswith(' '):
            inside = False
        elif inside and re.match(r'^  [\w-]+:$', line):
            scenes.append([line.strip()[:-1], []])
        elif inside and scenes and (m := re.match(r'^      - id: (\S+)$', line)):
            scenes[-1][1].append(m.group(1))
    scenes = [s for s in scenes if s[1]]
    for k, (scene, choices) in enumerate(scenes):
        rows.append(f"('{scenario}', {version}, {k}, {len(scenes)}, '{scene}', ARRAY[{','.join(repr(c) for c in choices)}]::text[])")
print(",\n".join(rows))
PY
}

load() {
  dropdb --if-exists "$db" && createdb "$db"
  echo "creating the schema (the app's own migrations) ..."
  start_app
  stop_app
  local start; start=$(date +%s)
  # Loading is faster without the secondary indexes of the records table: dropped here, made again after.
  local indexes; indexes=$(sql -c "SELECT indexdef || ';' FROM pg_indexes WHERE tablename = 'learning_record'
    AND indexname NOT IN (SELECT conname FROM pg_constraint)")
  sql -c "SELECT 'DROP INDEX ' || indexname || ';' FROM pg_indexes WHERE tablename = 'learning_record'
    AND indexname NOT IN (SELECT conname FROM pg_constraint)" | sql
  echo "generating $learners learners and $records learning records ..."
  sql <<SQL
SET synchronous_commit = off;
SET maintenance_work_mem = '512MB';
SET work_mem = '256MB';
CREATE UNLOGGED TABLE bench_content (module_id text PRIMARY KEY, version int, lessons text[], questions text[],
  question_competencies text[], items text[], item_competencies text[]);
INSERT INTO bench_content VALUES
$(content_values);

-- The organisation the app made at start (with the administrator), and a small second one that has not chosen.
CREATE UNLOGGED TABLE bench_org AS SELECT organisation_id AS id FROM app_user WHERE email = '$admin';
INSERT INTO organisation (id, name, sector, demo, created_at)
  VALUES ('00000000-0000-4000-8000-00000000000b', 'Bench insight klein', 'buurtteam', false, now() - interval '3 years');
INSERT INTO refresher_policy (organisation_id, target_retention, maximum_interval_days, full_refresh_months,
                              mandatory_modules, updated_at)
  SELECT id, 0.85, 180, 12, '$mandatory', now() - interval '2 years' FROM bench_org
  ON CONFLICT (organisation_id) DO UPDATE SET mandatory_modules = EXCLUDED.mandatory_modules;

-- Learners: the first $learners in the organisation, one in fifty more in the small one; one in 25 is also an
-- attention officer, one in 100 a trainer; one in 25 never logged in (and has no records). Chosen by hash, so every
-- team has its share.
CREATE UNLOGGED TABLE bench_user AS
  SELECT g AS n, md5('bench-user-' || g)::uuid AS id,
         CASE WHEN g <= $learners THEN (SELECT id FROM bench_org) ELSE '00000000-0000-4000-8000-00000000000b'::uuid END
           AS organisation_id,
         (hashint8extended(g, 24) & 1023) >= 41 AS active,
         0.55 + (hashint8extended(g, 7) & 1023) / 1023.0 * 0.4 AS skill
  FROM generate_series(1, $learners + $learners / 50) g;
INSERT INTO app_user (id, organisation_id, email, display_name, password_hash, roles, locale, created_at)
  SELECT id, organisation_id, 'learner' || n || '@bench.example', 'Leerling ' || n, 'not-a-hash',
         CASE WHEN (hashint8extended(n, 22) & 1023) < 41 THEN 'LEARNER,ATTENTION_OFFICER'
              WHEN (hashint8extended(n, 23) & 1023) < 10 THEN 'LEARNER,TRAINER' ELSE 'LEARNER' END,
         (ARRAY['nl','nl','nl','en','ar','tr','pl'])[1 + n % 7], now() - interval '2 years' - n * interval '1 minute'
  FROM bench_user;
-- The coordinator signs in with the administrator's password (same Argon2 hash: no hashing in SQL).
INSERT INTO app_user (id, organisation_id, email, display_name, password_hash, roles, locale, created_at)
  SELECT gen_random_uuid(), organisation_id, '$coordinator', 'Bench coördinator', password_hash, 'COORDINATOR', 'nl',
         now() - interval '2 years'
  FROM app_user WHERE email = '$admin';

-- $teams teams over the sectors; everyone in one team, one in ten in a second one too.
INSERT INTO team (id, organisation_id, name, sector, created_at)
  SELECT md5('bench-team-' || t)::uuid, (SELECT id FROM bench_org), 'Team ' || lpad(t::text, 2, '0'),
         (ARRAY['jeugdhulp','verslavingszorg','maatschappelijke-opvang','lvb-zorg','forensische-zorg','onderwijs',
                'buurtteam','politie-jeugdreclassering'])[1 + t % 8], now() - interval '2 years'
  FROM generate_series(1, $teams) t;
INSERT INTO team (id, organisation_id, name, sector, created_at)
  VALUES (md5('bench-team-small')::uuid, '00000000-0000-4000-8000-00000000000b', 'Buurtteam Oost', 'buurtteam', now());
INSERT INTO team_member (id, team_id, user_id, added_at)
  SELECT gen_random_uuid(), CASE WHEN u.n <= $learners THEN md5('bench-team-' || (1 + u.n % $teams))::uuid
                                 ELSE md5('bench-team-small')::uuid END, u.id, now() - interval '1 year'
  FROM bench_user u
  UNION ALL
  SELECT gen_random_uuid(), md5('bench-team-' || (1 + (u.n + 7) % $teams))::uuid, u.id, now() - interval '1 year'
  FROM bench_user u WHERE u.n <= $learners AND u.n % 10 = 0;

-- Enrolments: who engaged with which module, from when until when. Mandatory modules nine in ten, others one in
-- two; one enrolment in eight never gets past the check (in progress).
CREATE UNLOGGED TABLE bench_enrolment AS
  SELECT (row_number() OVER (ORDER BY u.n, c.module_id) - 1)::bigint AS e, u.id AS user_id, u.organisation_id,
         c.module_id, c.version, c.lessons, c.questions, c.question_competencies, c.items, c.item_competencies,
         u.skill, (hashint8extended(u.n * 16 + c.ord, 2) & 1023) < 128 AS stuck, s.started, s.started
           + (now() - interval '1 day' - s.started) * power((hashint8extended(u.n * 16 + c.ord, 4) & 1023) / 1023.0, 0.6)
           AS last_active
  FROM bench_user u
  CROSS JOIN (SELECT *, row_number() OVER (ORDER BY module_id) AS ord FROM bench_content) c
  CROSS JOIN LATERAL (SELECT now() - interval '730 days'
                             + (hashint8extended(u.n * 16 + c.ord, 3) & 1023) / 1023.0 * interval '716 days') s(started)
  WHERE u.active
    AND (hashint8extended(u.n * 16 + c.ord, 1) & 1023)
        < CASE WHEN c.module_id = ANY (string_to_array('$mandatory', ',')) THEN 920 ELSE 512 END;
CREATE UNIQUE INDEX ON bench_enrolment (e);
ANALYZE bench_enrolment;
SQL
  echo "$(sql -c 'SELECT count(*) FROM bench_enrolment') enrolments ($(( $(date +%s) - start )) s); records ..."
  # In parts over as many sessions (one statement cannot use more than one core).
  local parts=${SIGNAAL_BENCH_PARALLEL:-2} part lo hi loaders=()
  for part in $(seq 0 $(( parts - 1 ))); do
    lo=$(( records * part / parts )) hi=$(( records * (part + 1) / parts ))
    sql <<SQL &
SET synchronous_commit = off;
SET work_mem = '256MB';

-- The records: units of 20. Per enrolment, unit 0 and 1 are a pass through the module (7 lessons experienced,
-- 10 check questions answered with the competency extension, the check passed or failed, the module completed or
-- one more lesson, a lesson looked up again); later units are four refresher sessions of five items answered.
-- A stuck enrolment fails every check. Times: its units evenly from start to last activity, 40 s apart inside one.
INSERT INTO learning_record (id, user_id, organisation_id, verb, activity_id, module_id, registration, score_scaled,
                             success, stored_at, statement)
SELECT id, user_id, organisation_id, verb, 'https://signaal.nl/xapi/activities/' || path, module_id, registration,
       CASE WHEN raw IS NULL THEN NULL ELSE (raw / max)::float8 END, success, at,
       '{"id":"' || id || '","actor":{"objectType":"Agent","account":{"homePage":"http://localhost:8080","name":"'
       || user_id || '"}},"verb":{"id":"http://adlnet.gov/expapi/verbs/' || lower(verb) || '","display":{"en-US":"'
       || lower(verb) || '"}},"object":{"objectType":"Activity","id":"https://signaal.nl/xapi/activities/' || path
       || '","definition":{"type":"' || type || '","name":{"nl":"' || initcap(replace(name, '-', ' '))
       || '","en":"' || initcap(replace(name, '-', ' ')) || '"}'
       || CASE WHEN verb = 'ANSWERED' THEN ',"interactionType":"choice","correctResponsesPattern":["a[,]c"],"choices":['
            || '{"id":"a","description":{"nl":"Het eerste antwoord op deze vraag, zoals de module het aanbiedt"}},'
            || '{"id":"b","description":{"nl":"Een tweede antwoord dat er aannemelijk uitziet maar het niet is"}},'
            || '{"id":"c","description":{"nl":"Een derde antwoord, ook juist in deze situatie"}},'
            || '{"id":"d","description":{"nl":"Een vierde antwoord dat de lerende kan kiezen"}}]' ELSE '' END
       || '}}'
       || CASE WHEN raw IS NULL THEN '' ELSE ',"result":{"score":{"scaled":' || (raw / max)::float8 || ',"raw":' || raw
            || ',"min":0.0,"max":' || max || '},"success":' || success
            || CASE WHEN verb = 'ANSWERED' THEN ',"response":"' || CASE WHEN success THEN 'a[,]c' ELSE 'b' END || '"'
                    ELSE ',"completion":true' END || '}' END
       || ',"context":{' || CASE WHEN registration IS NULL THEN '' ELSE '"registration":"' || registration || '",' END
       || '"platform":"Signaal","language":"nl","contextActivities":{"parent":[{"objectType":"Activity","id":'
       || '"https://signaal.nl/xapi/activities/modules/' || module_id || '","definition":{"type":'
       || '"http://adlnet.gov/expapi/activities/module"}}],"category":[{"objectType":"Activity","id":'
       || '"https://signaal.nl/xapi/profiles/signaal","definition":{"type":'
       || '"http://adlnet.gov/expapi/activities/profile","name":{"en":"Signaal"}}}]},"extensions":{'
       || '"https://signaal.nl/xapi/extensions/content-version":' || version
       || ',"https://signaal.nl/xapi/extensions/module":"' || module_id || '"'
       || CASE WHEN competency IS NULL THEN '' ELSE ',"https://signaal.nl/xapi/extensions/competency":"'
            || competency || '"' END
       || '}},"timestamp":"' || to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","stored":"'
       || to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","version":"1.0.3"}'
FROM (
  SELECT gen_random_uuid() AS id, x.*,
         CASE WHEN kind = 'lesson' THEN 'modules/' || module_id || '/lessons/' || name
              WHEN kind = 'question' THEN 'modules/' || module_id || '/check/questions/' || name
              WHEN kind = 'check' THEN 'modules/' || module_id || '/check'
              WHEN kind = 'module' THEN 'modules/' || module_id
              ELSE 'refreshers/items/' || name END AS path,
         CASE kind WHEN 'lesson' THEN 'http://adlnet.gov/expapi/activities/lesson'
                   WHEN 'check' THEN 'http://adlnet.gov/expapi/activities/assessment'
                   WHEN 'module' THEN 'http://adlnet.gov/expapi/activities/module'
                   ELSE 'http://adlnet.gov/expapi/activities/cmi.interaction' END AS type
  FROM (
    SELECT en.user_id, en.organisation_id, en.module_id, en.version, w.verb, w.kind, w.name, w.competency,
           w.raw, w.max, w.success,
           CASE WHEN w.kind IN ('question', 'check', 'module') THEN md5('attempt-' || a.a)::uuid
                WHEN w.kind = 'item' THEN md5('session-' || a.a || '-' || a.slot / 5)::uuid END AS registration,
           LEAST(now() - interval '1 minute', en.started + (en.last_active - en.started) * a.r / GREATEST(a.n - 1, 1)
                 + CASE WHEN w.kind = 'item' THEN (a.slot / 5) * interval '9 days' ELSE interval '0' END
                 + a.slot * interval '40 seconds') AS at
    FROM (SELECT g / 20 AS a, g % 20 AS slot, (g / 20) % E.n AS e, (g / 20) / E.n AS r,
                 ((($records + 19) / 20 - 1 - (g / 20) % E.n) / E.n) + 1 AS n
          FROM generate_series($lo, $hi - 1) g, (SELECT count(*) AS n FROM bench_enrolment) E) a
    JOIN bench_enrolment en ON en.e = a.e
    CROSS JOIN LATERAL (
      SELECT (en.stuck OR (a.r = 0 AND (hashint8extended(a.a, 5) & 1023) < 256)) AS failed,
             (hashint8extended(a.a * 32 + a.slot, 6) & 1023) / 1023.0 < en.skill AS right,
             (a.r >= 2 AND NOT en.stuck) AS refreshing) f
    CROSS JOIN LATERAL (
      SELECT * FROM (VALUES
        -- a refresher item
        (f.refreshing, 'ANSWERED', 'item',
         en.items[1 + (a.a * 7 + a.slot) % cardinality(en.items)],
         en.item_competencies[1 + (a.a * 7 + a.slot) % cardinality(en.items)],
         CASE WHEN f.right THEN 1.0 ELSE 0.0 END, 1.0, f.right),
        -- lessons
        (NOT f.refreshing AND (a.slot < 7 OR a.slot = 19 OR (a.slot = 18 AND f.failed)), 'EXPERIENCED', 'lesson',
         en.lessons[1 + (a.slot + a.r) % cardinality(en.lessons)], NULL, NULL, NULL, NULL),
        -- check questions
        (NOT f.refreshing AND a.slot BETWEEN 7 AND 16, 'ANSWERED', 'question',
         en.questions[1 + (a.slot - 7 + a.a) % cardinality(en.questions)],
         en.question_competencies[1 + (a.slot - 7 + a.a) % cardinality(en.questions)],
         CASE WHEN f.right THEN 1.0 ELSE 0.0 END, 1.0, f.right),
        -- the check's result and the completion
        (NOT f.refreshing AND a.slot = 17, CASE WHEN f.failed THEN 'FAILED' ELSE 'PASSED' END, 'check', en.module_id,
         NULL, CASE WHEN f.failed THEN 5.0 ELSE 8.0 END, 10.0, NOT f.failed),
        (NOT f.refreshing AND a.slot = 18 AND NOT f.failed, 'COMPLETED', 'module', en.module_id, NULL, 8.0, 10.0, true)
      ) v(applies, verb, kind, name, competency, raw, max, success) WHERE v.applies) w
  ) x
) y;
SQL
    loaders+=($!)
  done
  for loader in "${loaders[@]}"; do wait "$loader"; done
  echo "records inserted ($(( $(date +%s) - start )) s); indexes ..."
  sql <<SQL
SET maintenance_work_mem = '1GB';
$indexes
-- First completions, as SubmittingCheck keeps them.
INSERT INTO module_completion (user_id, module_id, attempt_id, module_version, completed_at)
  SELECT DISTINCT ON (user_id, module_id) user_id, module_id, registration, c.version, stored_at
  FROM learning_record r JOIN bench_content c USING (module_id) WHERE verb = 'COMPLETED'
  ORDER BY user_id, module_id, stored_at;
UPDATE app_user u SET last_login_at = l.at
  FROM (SELECT user_id, max(last_active) AS at FROM bench_enrolment GROUP BY user_id) l WHERE l.user_id = u.id;

-- Case simulations: three runs per learner on average (nine in ten finished), six decisions each, the choices from
-- the scenes as authored; endings one in three each.
CREATE UNLOGGED TABLE bench_scene (scenario_id text, version int, k int, scenes int, node_id text, choices text[]);
INSERT INTO bench_scene VALUES
$(scene_values);
CREATE UNLOGGED TABLE bench_scenario AS
  SELECT scenario_id, min(version) AS version, min(scenes) AS scenes, row_number() OVER (ORDER BY scenario_id) - 1 AS i
  FROM bench_scene GROUP BY scenario_id;
CREATE UNLOGGED TABLE bench_run AS
  SELECT md5('run-' || g)::uuid AS id, u.id AS user_id, u.organisation_id, s.scenario_id, s.version, s.scenes, g,
         (hashint8extended(g, 11) & 1023) < 922 AS finished,
         (ARRAY['GOOD','PARTIAL','POOR'])[1 + (hashint8extended(g, 12) & 1023) % 3] AS outcome,
         u.started + (now() - u.started) * ((hashint8extended(g, 13) & 1023) / 1023.0) AS started_at
  FROM generate_series(1, (SELECT count(*) FROM bench_user WHERE active) * 3) g
  JOIN (SELECT bu.id, bu.organisation_id, row_number() OVER (ORDER BY bu.n) - 1 AS i,
               now() - interval '700 days' AS started FROM bench_user bu WHERE bu.active) u
    ON u.i = (hashint8extended(g, 10) & 1048575) % (SELECT count(*) FROM bench_user WHERE active)
  JOIN bench_scenario s ON s.i = (hashint8extended(g, 14) & 1023) % (SELECT count(*) FROM bench_scenario);
INSERT INTO simulation_run (id, user_id, organisation_id, scenario_id, scenario_version, status, current_node, state,
                            decisions, outcome, started_at, finished_at)
  SELECT id, user_id, organisation_id, scenario_id, version, CASE WHEN finished THEN 'FINISHED' ELSE 'ACTIVE' END,
         'einde', '{"vertrouwen":2,"signalen":3}', 6, CASE WHEN finished THEN outcome END, started_at,
         CASE WHEN finished THEN started_at + interval '20 minutes' END
  FROM bench_run;
INSERT INTO simulation_step (id, run_id, step_no, node_id, choice_id, to_node, state_after, copied, chosen_at)
  SELECT gen_random_uuid(), r.id, st.k + 1, sc.node_id, sc.choices[1 + (hashint8extended(r.g * 8 + st.k, 15) & 1023)
         % cardinality(sc.choices)], 'volgende', '{"vertrouwen":2,"signalen":3}', false,
         r.started_at + st.k * interval '3 minutes'
  FROM bench_run r CROSS JOIN generate_series(0, 5) AS st(k)
  JOIN bench_scene sc ON sc.scenario_id = r.scenario_id AND sc.k = (st.k + r.g) % r.scenes;

-- Track certificates: one learner in five, valid two years; some expire within 90 days.
INSERT INTO certificate (id, user_id, organisation_id, subject_kind, subject_id, subject_version, title, study_minutes,
                         issued_at, valid_until, issuer_name, holder_name, verification_code)
  SELECT md5('certificate-' || u.n)::uuid, u.id, u.organisation_id, 'TRACK', 'aandachtsfunctionaris-criminele-uitbuiting', 1,
         'Aandachtsfunctionaris criminele uitbuiting', 240, i.at, i.at + interval '2 years', 'Bench insight',
         'Leerling ' || u.n, 'B' || lpad(u.n::text, 9, '0')
  FROM bench_user u
  CROSS JOIN LATERAL (SELECT now() - (hashint8extended(u.n, 16) & 1023) / 1023.0 * interval '720 days' AS at) i
  WHERE u.active AND (hashint8extended(u.n, 21) & 1023) < 205;

-- Live sessions held by the attention officers, two on average over two years, about eight
-- signed-in participants each; a webinar a month with about 250 registrations, seven in ten attended.
INSERT INTO live_session (id, organisation_id, facilitator_id, kind, activity_id, locale, status, code, step_index,
                          revision, crowd_revision, created_at, started_at, ended_at, last_activity_at)
  SELECT md5('live-' || u.n || '-' || k)::uuid, u.organisation_id, u.id, 'case', 'jeugdhulp-signalen', 'nl', 'ENDED',
         lpad((u.n * 3 + k)::text, 6, '0'), 6, 40, 40, t.at, t.at, t.at + interval '45 minutes',
         t.at + interval '45 minutes'
  FROM bench_user u CROSS JOIN generate_series(1, 4) k
  CROSS JOIN LATERAL (SELECT now() - (hashint8extended(u.n * 8 + k, 17) & 1023) / 1023.0 * interval '720 days' AS at) t
  WHERE u.active AND (hashint8extended(u.n, 22) & 1023) < 41 AND (hashint8extended(u.n * 8 + k, 18) & 1) = 0;
INSERT INTO live_participant (id, session_id, nickname, token_hash, user_id, user_organisation_id, joined_at)
  SELECT gen_random_uuid(), s.id, 'Deelnemer ' || j, md5(s.id::text || '-' || j), p.id, p.organisation_id, s.started_at
  FROM live_session s CROSS JOIN generate_series(1, 8) j
  JOIN bench_user p ON p.n = 1 + (hashint8extended(j, hashtext(s.id::text)) & 1048575) % $learners AND p.active;
INSERT INTO webinar (id, organisation_id, organiser_id, language, title, description, target_groups, starts_at,
                     ends_at, mode, capacity, activities, materials, study_minutes, status, sequence, version,
                     created_at, updated_at)
  SELECT md5('webinar-' || w)::uuid, o.organisation_id, o.id, 'nl', 'Webinar ' || w, 'Opfrissen in een uur', '',
         now() - w * interval '1 month' + interval '10 days', now() - w * interval '1 month' + interval '10 days 1 hour',
         'ONLINE', 500, '', '', 60, 'SCHEDULED', 0, 1, now() - interval '2 years', now() - interval '2 years'
  FROM generate_series(1, 24) w, (SELECT id, organisation_id FROM app_user WHERE email = '$coordinator') o;
INSERT INTO webinar_registration (id, webinar_id, user_id, organisation_id, status, requested_at, registered_at,
                                  attended, attendance_source, attendance_at)
  SELECT gen_random_uuid(), md5('webinar-' || w)::uuid, u.id, u.organisation_id, 'REGISTERED',
         now() - w * interval '1 month', now() - w * interval '1 month', a.attended,
         CASE WHEN a.attended THEN 'CODE' END, CASE WHEN a.attended THEN now() - w * interval '1 month' END
  FROM bench_user u CROSS JOIN generate_series(1, 24) w
  CROSS JOIN LATERAL (SELECT (hashint8extended(u.n * 32 + w, 20) & 1023) < 717 AS attended) a
  WHERE u.active AND u.n <= $learners AND (hashint8extended(u.n * 32 + w, 19) & 1023) < 26;
SQL
  if [ "$memory" = sql ]; then
    sql <<SQL
-- The module memory table as KeepingModuleMemory keeps it, from the records: one row per completed module, last
-- practised at the last check result, completion or refresher answer; a stability of 20-220 days (the FSRS state
-- itself is not recomputed here) and remind_at as ModuleStatus.remindFrom computes it for the default policy.
INSERT INTO module_memory (id, user_id, organisation_id, module_id, stability, difficulty, last_review, remind_at,
                           updated_at)
  SELECT gen_random_uuid(), user_id, organisation_id, module_id, 20 + (hashtext(user_id::text || module_id) & 1023) / 1023.0 * 200,
         1 + (hashtext(module_id || user_id::text) & 1023) / 1023.0 * 9, last_review, now(), now()
  FROM (SELECT user_id, organisation_id, module_id, max(stored_at) AS last_review FROM learning_record
        WHERE verb IN ('PASSED', 'FAILED', 'COMPLETED') OR (verb = 'ANSWERED' AND activity_id LIKE '%/refreshers/items/%')
        GROUP BY user_id, organisation_id, module_id HAVING bool_or(verb = 'COMPLETED')) m;
UPDATE module_memory SET remind_at = LEAST(
    last_review + LEAST(GREATEST(1, round((stability / (19.0 / 81.0) * (power(0.85, 1 / -0.5) - 1))::numeric)), 180)
        * interval '1 day' - interval '7 days',
    last_review + interval '12 months');
SQL
  fi
  sql -c "DROP TABLE bench_enrolment, bench_user, bench_org, bench_content, bench_scene, bench_scenario, bench_run" -c "VACUUM ANALYZE"
  echo "loaded $(sql -c 'SELECT count(*) FROM learning_record') records of $(sql -c "SELECT count(*) FROM app_user
    WHERE email LIKE 'learner%'") learners, $(sql -c 'SELECT count(*) FROM module_memory') module memories" \
    "($(( $(date +%s) - start )) s, database $(sql -c "SELECT pg_size_pretty(pg_database_size('$db'))"))"
}

# A database loaded by an older jar gets the newer changesets without a start of the app (whose back-fills would run).
migrate() {
  java -cp "$jar" liquibase.integration.commandline.Main --changeLogFile=db/changelog/db.changelog-master.yaml \
    --url="jdbc:postgresql://$PGHOST:5432/$db" --username="$PGUSER" --password="${PGPASSWORD:-}" update \
    > "$data/liquibase.log" 2>&1 || { echo "migration failed:" >&2; tail -n 20 "$data/liquibase.log" >&2; exit 1; }
}

fill_projections() {
  # The status moments on module_memory (changeset 0028): the app fills them at start one row at a time (minutes at
  # this size), so here as ModuleStatus.moments computes them for the default policy (retention 0.85, at most 180
  # days, 12 months): due after the rounded interval, overdue from the first whole day below 0.85 if sooner, lapsed
  # from the first whole day below 0.5 or after 12 months.
  if [ "$(sql -c "SELECT count(*) FROM information_schema.columns WHERE table_name = 'module_memory'
        AND column_name = 'lapses_at'")" = 1 ] && [ "$(sql -c 'SELECT count(*) FROM module_memory WHERE lapses_at IS NULL')" != 0 ]; then
    sql <<SQL
UPDATE module_memory SET
  due_at = last_review + LEAST(GREATEST(1, round((stability / (19.0 / 81.0) * (power(0.85, -2) - 1))::numeric)), 180)
             * interval '1 day',
  overdue_at = last_review + LEAST(LEAST(GREATEST(1, round((stability / (19.0 / 81.0) * (power(0.85, -2) - 1))::numeric)), 180),
                                   floor(stability / (19.0 / 81.0) * (power(0.85, -2) - 1)) + 1) * interval '1 day',
  lapses_at = LEAST(last_review + (floor(stability / (19.0 / 81.0) * 3) + 1) * interval '1 day',
                    last_review + interval '12 months')
WHERE lapses_at IS NULL;
UPDATE module_memory SET remind_at = LEAST(due_at - interval '7 days', overdue_at, lapses_at);
VACUUM ANALYZE module_memory;
SQL
  fi
  # The practice panel's projections (changeset 0029), when the schema has them: their start-up back-fill reads every
  # learning record of an organisation into memory, which does not fit at this size, so they are filled here.
  if [ "$(sql -c "SELECT to_regclass('competency_memory') IS NOT NULL")" = t ] \
    && [ "$(sql -c 'SELECT count(*) FROM competency_memory')" = 0 ]; then
    echo "filling the practice projections ..."
    sql <<SQL
-- Per learner and competency: last reviewed at the last answer about it (the competency extension in the statement,
-- found as text: parsing 4 million statements as JSON takes minutes), a stability of 5-150 days.
INSERT INTO competency_memory (user_id, competency, organisation_id, stability, difficulty, last_review,
                               last_review_second)
  SELECT user_id, competency, organisation_id, 5 + (hashtext(user_id::text || competency) & 1023) / 1023.0 * 145,
         1 + (hashtext(competency || user_id::text) & 1023) / 1023.0 * 9, last_review,
         extract(epoch FROM last_review)::bigint
  FROM (SELECT user_id, organisation_id,
               NULLIF(split_part(split_part(statement, '/extensions/competency":"', 2), '"', 1), '') AS competency,
               max(stored_at) AS last_review
        FROM learning_record WHERE verb = 'ANSWERED' GROUP BY 1, 2, 3) a
  WHERE competency IS NOT NULL;
VACUUM ANALYZE competency_memory;
SQL
  fi
  if [ "$(sql -c "SELECT to_regclass('refresh_month') IS NOT NULL")" = t ]; then
    sql <<SQL
-- Per member and closed month (the eleven before this one): kept when every mandatory module was completed by the
-- month's end, and then seven in ten (the history is not replayed here); the months marked as taken.
INSERT INTO refresh_month (user_id, kept_month, organisation_id, kept)
  SELECT u.id, to_char(m.month_start, 'YYYY-MM'), u.organisation_id,
         (SELECT count(*) FROM module_completion c WHERE c.user_id = u.id
            AND c.completed_at < m.month_start + interval '1 month'
            AND c.module_id = ANY (string_to_array('$mandatory', ',')))
           = cardinality(string_to_array('$mandatory', ','))
         AND (hashtext(u.id::text || m.month_start) & 1023) < 717
  FROM app_user u
  CROSS JOIN (SELECT date_trunc('month', now() AT TIME ZONE 'UTC') - k * interval '1 month' AS month_start
              FROM generate_series(1, 11) k) m
  WHERE u.created_at < m.month_start + interval '1 month'
  ON CONFLICT DO NOTHING;
INSERT INTO refresh_month_taken (organisation_id, kept_month, taken_at)
  SELECT o.id, to_char(date_trunc('month', now() AT TIME ZONE 'UTC') - k * interval '1 month', 'YYYY-MM'), now()
  FROM organisation o CROSS JOIN generate_series(1, 11) k
  ON CONFLICT DO NOTHING;
VACUUM ANALYZE refresh_month;
SQL
  fi
}

if [ "${SIGNAAL_BENCH_REUSE:-0}" = 1 ] && sql -c 'SELECT 1 FROM learning_record LIMIT 1' > /dev/null 2>&1; then
  echo "reusing $db ($(sql -c 'SELECT count(*) FROM learning_record') records)"
else
  load
fi
migrate
fill_projections

# The start on a loaded database: migrations, and every projection that is empty built from the records.
start_app
echo "start on the loaded database: ready in $ready_ms ms (module memory: $memory;" \
  "$(sql -c 'SELECT count(*) FROM module_memory') rows after start)"

base="http://127.0.0.1:$port"
login=$(curl -sf -D "$data/headers" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$coordinator\",\"password\":\"$password\"}" "$base/api/auth/login")
cookie=$(sed -n 's/^[Ss]et-[Cc]ookie: \(SIGNAAL_SESSION=[^;]*\).*/\1/p' "$data/headers" | head -n 1)
[ -n "$cookie" ] || { echo "login failed: $login" >&2; exit 1; }
organisation=$(sql -c "SELECT organisation_id FROM app_user WHERE email = '$coordinator'")
team=$(sql -c "SELECT id FROM team WHERE organisation_id = '$organisation' ORDER BY name LIMIT 1")
team_size=$(sql -c "SELECT count(*) FROM team_member WHERE team_id = '$team'")

# curl over one connection: one line per request, status and seconds.
timed_gets() {
  local url=$1 count=$2 config="$data/curl"
  : > "$config"
  for _ in $(seq 1 "$count"); do printf 'url = "%s"\noutput = "/dev/null"\n' "$url" >> "$config"; done
  curl -s -b "$cookie" -K "$config" -w '%{http_code} %{time_total}\n'
}
# psql in one session: the query file `count` times, milliseconds per repetition (all its statements summed).
# Variables: organisation, team ('' for the whole organisation), tracks (the tracks' modules as VALUES rows).
timed_sql() {
  local file=$1 count=$2 team=$3 statements
  statements=$(grep -c ';[[:space:]]*$' "$file")
  { echo '\timing on'; echo '\o /dev/null'; for _ in $(seq 1 "$count"); do cat "$file"; done; } > "$data/sql"
  sql -v organisation="$organisation" -v team="$team" -v tracks="$tracks" -f "$data/sql" \
    | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | awk -v k="$statements" '{ sum += $1 } NR % k == 0 { print sum; sum = 0 }'
}
tracks=$(python3 - <<'PY'
import pathlib, re
rows = []
for f in sorted(pathlib.Path('content/tracks').glob('*/track.yaml')):
    text = f.read_text()
    track = re.search(r'^id: (\S+)', text, re.M).group(1)
    block = re.search(r'^requiredModules:\n((?:  - .*\n)+)', text, re.M)
    modules = re.findall(r'^  - (\S+)', block.group(1), re.M) if block else []
    facilitation = re.search(r'^facilitation: \[(.*)\]', text, re.M)
    modules += [m.strip() for m in facilitation.group(1).split(',')] if facilitation else []
    rows.append(f"('{track}', ARRAY[{','.join(repr(m) for m in dict.fromkeys(modules))}]::text[])")
print(", ".join(rows))
PY
)

results="$data/results"
: > "$results"
for endpoint in status practice; do
  for scope in organisation team; do
    if [ $scope = team ]; then url="$base/api/organisations/$organisation/insight/$endpoint?team=$team" team_sql=$team
    else url="$base/api/organisations/$organisation/insight/$endpoint" team_sql=; fi
    code=$(curl -s -o "$data/body" -w '%{http_code}' -b "$cookie" "$url")
    if [ "$code" != 200 ]; then
      echo "$endpoint ($scope): GET answered $code ($(head -c 200 "$data/body")); skipped" >&2
      continue
    fi
    query=bench/insight-$endpoint.sql
    if [ -f "$query" ]; then
      sql -v organisation="$organisation" -v team="$team_sql" -v tracks="$tracks" -f "$query" > "$data/numbers"
      echo "$endpoint ($scope): $(python3 bench/insight_same_numbers.py "$endpoint" "$data/body" "$data/numbers" || true)"
    fi
    timed_gets "$url" "$warmup" > /dev/null
    timed_gets "$url" "$requests" | awk -v what="$endpoint $scope http" '
      $1 != 200 { bad++ } { printf "%s %.3f\n", what, $2 * 1000 } END { if (bad) print "non-200 answers: " bad > "/dev/stderr" }' \
      >> "$results"
    if [ -f "$query" ]; then
      timed_sql "$query" "$warmup" "$team_sql" > /dev/null
      timed_sql "$query" "$requests" "$team_sql" | awk -v what="$endpoint $scope sql" '{ print what, $1 }' >> "$results"
    fi
  done
done

echo "== $(sql -c 'SELECT count(*) FROM learning_record') learning records; organisation $learners learners," \
  "team $team_size people; $requests sequential requests each after $warmup warm-up"
python3 - "$results" <<'PY'
import statistics, sys
from collections import defaultdict
samples = defaultdict(list)
for line in open(sys.argv[1]):
    endpoint, scope, kind, ms = line.split()
    samples[(endpoint, scope, kind)].append(float(ms))
def p95(xs):
    xs = sorted(xs)
    return xs[max(0, -(-95 * len(xs) // 100) - 1)]
verdicts = []
for (endpoint, scope) in sorted({(e, s) for e, s, _ in samples}, key=lambda k: (k[0], k[1] != 'organisation')):
    http, hand = samples.get((endpoint, scope, 'http')), samples.get((endpoint, scope, 'sql'))
    line = f"{endpoint:8} {scope:12}"
    if http:
        line += f" endpoint median {statistics.median(http):6.1f} ms p95 {p95(http):6.1f} ms"
    if hand:
        line += f" | hand SQL median {statistics.median(hand):6.1f} ms p95 {p95(hand):6.1f} ms"
    if http and hand:
        ratio = p95(http) / p95(hand)
        ok = p95(http) <= 150 and ratio <= 1.5
        line += f" | ratio {ratio:4.2f} {'ok' if ok else 'MISSED'}"
        verdicts.append(ok)
    print(line)
print("targets (p95 <= 150 ms and <= 1.5 x hand SQL): " + ("met" if verdicts and all(verdicts) else "not met"
      if verdicts else "not measured"))
PY
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
  "$(psql -d "$db" -qAt -c 'SHOW server_version' | cut -d' ' -f1) PostgreSQL, $(java -version 2>&1 | head -n 1)," \
  "$(date -u +%Y-%m-%dT%H:%MZ)"
