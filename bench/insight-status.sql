-- The numbers of GET /api/organisations/{o}/insight/status, hand-written as one statement (bench/insight.sh times it
-- next to the endpoint). psql variables: organisation, team ('' for the whole organisation), tracks (VALUES rows
-- (track id, its modules as text[]) from content/tracks). Rows: per mandatory module not started, in progress,
-- current, due soon, overdue, lapsed; per track not started, in progress, completed; the people kept / in scope.
-- The statement must end with a semicolon at the end of a line (the bench counts statements that way).
WITH people AS MATERIALIZED (
  SELECT u.id FROM app_user u
  WHERE u.organisation_id = :'organisation'::uuid AND u.deactivated_at IS NULL
    AND (NULLIF(:'team', '') IS NULL
         OR u.id IN (SELECT tm.user_id FROM team_member tm WHERE tm.team_id = NULLIF(:'team', '')::uuid))
), mandatory AS (
  SELECT unnest(string_to_array(p.mandatory_modules, ',')) AS module_id
  FROM refresher_policy p WHERE p.organisation_id = :'organisation'::uuid
), memory AS (
  SELECT m.module_id,
         count(*) FILTER (WHERE m.lapses_at > now() AND m.overdue_at > now() AND m.due_at > now() + interval '7 days')
           AS current,
         count(*) FILTER (WHERE m.lapses_at > now() AND m.overdue_at > now() AND m.due_at <= now() + interval '7 days')
           AS due_soon,
         count(*) FILTER (WHERE m.lapses_at > now() AND m.overdue_at <= now()) AS overdue,
         count(*) FILTER (WHERE m.lapses_at <= now()) AS lapsed
  FROM module_memory m JOIN people p ON p.id = m.user_id
  WHERE m.organisation_id = :'organisation'::uuid AND m.module_id IN (SELECT module_id FROM mandatory)
  GROUP BY m.module_id
), started AS (
  SELECT e.module_id, count(*) AS n FROM module_engagement e JOIN people p ON p.id = e.user_id
  WHERE e.organisation_id = :'organisation'::uuid AND e.module_id IN (SELECT module_id FROM mandatory)
  GROUP BY e.module_id
), kept AS (
  SELECT count(*) AS n FROM (
    SELECT m.user_id FROM module_memory m JOIN people p ON p.id = m.user_id
    WHERE m.organisation_id = :'organisation'::uuid AND m.module_id IN (SELECT module_id FROM mandatory)
      AND m.overdue_at > now() AND m.lapses_at > now()
    GROUP BY m.user_id HAVING count(*) = (SELECT count(*) FROM mandatory)) k
), certified AS (
  SELECT c.subject_id, count(DISTINCT c.user_id) AS n FROM certificate c JOIN people p ON p.id = c.user_id
  WHERE c.organisation_id = :'organisation'::uuid AND c.subject_kind = 'TRACK' AND c.revoked_at IS NULL
  GROUP BY c.subject_id
), tracks (track_id, modules) AS (VALUES :tracks
), track_started AS (
  SELECT t.track_id, count(DISTINCT e.user_id) AS n
  FROM tracks t
  JOIN module_engagement e ON e.organisation_id = :'organisation'::uuid AND e.module_id = ANY (t.modules)
  JOIN people p ON p.id = e.user_id
  WHERE NOT EXISTS (SELECT 1 FROM certificate c WHERE c.organisation_id = :'organisation'::uuid
                    AND c.subject_kind = 'TRACK' AND c.subject_id = t.track_id AND c.revoked_at IS NULL
                    AND c.user_id = e.user_id)
  GROUP BY t.track_id
), n AS (SELECT count(*) AS people FROM people)
SELECT 'module' AS kind, md.module_id AS id,
       n.people - GREATEST(COALESCE(s.n, 0), COALESCE(m.current + m.due_soon + m.overdue + m.lapsed, 0)) AS a,
       GREATEST(COALESCE(s.n, 0), COALESCE(m.current + m.due_soon + m.overdue + m.lapsed, 0))
         - COALESCE(m.current + m.due_soon + m.overdue + m.lapsed, 0) AS b,
       COALESCE(m.current, 0) AS c, COALESCE(m.due_soon, 0) AS d, COALESCE(m.overdue, 0) AS e,
       COALESCE(m.lapsed, 0) AS f
FROM mandatory md CROSS JOIN n LEFT JOIN memory m USING (module_id) LEFT JOIN started s USING (module_id)
UNION ALL
SELECT 'track', t.track_id, GREATEST(0, n.people - COALESCE(c.n, 0) - COALESCE(ts.n, 0)), COALESCE(ts.n, 0),
       COALESCE(c.n, 0), NULL, NULL, NULL
FROM tracks t CROSS JOIN n LEFT JOIN certified c ON c.subject_id = t.track_id LEFT JOIN track_started ts USING (track_id)
UNION ALL
SELECT 'refreshRate', NULL, kept.n, n.people, NULL, NULL, NULL, NULL FROM kept CROSS JOIN n;
