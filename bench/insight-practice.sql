-- The numbers of GET /api/organisations/{o}/insight/practice, hand-written as one statement (bench/insight.sh times it
-- next to the endpoint). psql variables: organisation, team ('' for the whole organisation). Rows (kind, keys,
-- numbers): people in scope; per closed month people and kept (refresh_month); kept now (module_memory); per
-- competency people and mean retention now (FSRS curve (1 + 19/81 t / S)^-0.5, t whole days); per scenario people
-- and runs, per ending runs, per scene and choice how often chosen (the endpoint ranks the missed decisions from
-- these with the scenario as authored); live sessions held and participants; webinar registrations, people,
-- attended; certificates expiring within 90 days.
-- The statement must end with a semicolon at the end of a line (the bench counts statements that way).
WITH people AS MATERIALIZED (
  SELECT u.id, u.roles FROM app_user u
  WHERE u.organisation_id = :'organisation'::uuid AND u.deactivated_at IS NULL
    AND (NULLIF(:'team', '') IS NULL
         OR u.id IN (SELECT tm.user_id FROM team_member tm WHERE tm.team_id = NULLIF(:'team', '')::uuid))
), mandatory AS (
  SELECT unnest(string_to_array(p.mandatory_modules, ',')) AS module_id
  FROM refresher_policy p WHERE p.organisation_id = :'organisation'::uuid
), officers AS (
  SELECT id FROM people WHERE (',' || roles || ',') LIKE '%,ATTENTION_OFFICER,%'
), finished AS (
  SELECT r.id, r.user_id, r.scenario_id, r.outcome FROM simulation_run r JOIN people p ON p.id = r.user_id
  WHERE r.organisation_id = :'organisation'::uuid AND r.status = 'FINISHED'
), sessions AS (
  SELECT s.id FROM live_session s JOIN officers o ON o.id = s.facilitator_id
  WHERE s.organisation_id = :'organisation'::uuid AND s.started_at >= now() - interval '365 days'
)
SELECT 'people' AS kind, NULL AS k1, NULL AS k2, count(*) AS n1, NULL::bigint AS n2, NULL::float8 AS x FROM people
UNION ALL
SELECT 'month', r.kept_month, NULL, count(*), sum(CASE WHEN r.kept THEN 1 ELSE 0 END), NULL
FROM refresh_month r JOIN people p ON p.id = r.user_id
WHERE r.organisation_id = :'organisation'::uuid
  AND r.kept_month IN (SELECT to_char(date_trunc('month', now() AT TIME ZONE 'UTC') - k * interval '1 month', 'YYYY-MM')
                  FROM generate_series(1, 11) k)
GROUP BY r.kept_month
UNION ALL
SELECT 'keptNow', NULL, NULL, count(*), NULL, NULL FROM (
  SELECT m.user_id FROM module_memory m JOIN people p ON p.id = m.user_id
  WHERE m.organisation_id = :'organisation'::uuid AND m.module_id IN (SELECT module_id FROM mandatory)
    AND m.overdue_at > now() AND m.lapses_at > now()
  GROUP BY m.user_id HAVING count(*) = (SELECT count(*) FROM mandatory)) k
UNION ALL
SELECT 'competency', c.competency, NULL, count(*), NULL,
       avg(power(1 + 19.0 / 81.0 * GREATEST(0, (extract(epoch FROM now())::bigint - c.last_review_second) / 86400)
                 / c.stability, -0.5))
FROM competency_memory c JOIN people p ON p.id = c.user_id
WHERE c.organisation_id = :'organisation'::uuid
GROUP BY c.competency
UNION ALL
SELECT 'case', scenario_id, NULL, count(DISTINCT user_id), count(*), NULL FROM finished GROUP BY scenario_id
UNION ALL
SELECT 'ending', scenario_id, outcome, count(*), NULL, NULL FROM finished GROUP BY scenario_id, outcome
UNION ALL
SELECT 'choice', f.scenario_id, s.node_id || ' ' || s.choice_id, count(*), NULL, NULL
FROM simulation_step s JOIN finished f ON f.id = s.run_id
WHERE s.copied = FALSE
GROUP BY f.scenario_id, s.node_id, s.choice_id
UNION ALL
SELECT 'liveSessions', NULL, NULL, (SELECT count(*) FROM sessions),
       (SELECT count(DISTINCT p.user_id) + sum(CASE WHEN p.user_id IS NULL THEN 1 ELSE 0 END)
        FROM live_participant p WHERE p.removed_at IS NULL AND p.session_id IN (SELECT id FROM sessions)), NULL
UNION ALL
SELECT 'webinars', NULL, NULL, count(*), count(DISTINCT r.user_id), sum(CASE WHEN r.attended THEN 1 ELSE 0 END)
FROM webinar_registration r JOIN webinar w ON w.id = r.webinar_id JOIN people p ON p.id = r.user_id
WHERE r.organisation_id = :'organisation'::uuid AND r.status = 'REGISTERED' AND w.cancelled_at IS NULL
  AND w.ends_at >= now() - interval '365 days' AND w.ends_at <= now()
UNION ALL
SELECT 'certificatesExpiring', NULL, NULL, count(*), NULL, NULL
FROM certificate c JOIN people p ON p.id = c.user_id
WHERE c.organisation_id = :'organisation'::uuid AND c.revoked_at IS NULL AND c.valid_until > now()
  AND c.valid_until <= now() + interval '90 days';
