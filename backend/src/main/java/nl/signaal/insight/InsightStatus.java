package nl.signaal.insight;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.content.Content;
import nl.signaal.content.Track;
import nl.signaal.refresher.RefresherPolicies;
import nl.signaal.web.ApiException;

/**
 * The status numbers of a scope, counted in SQL over the projections module_engagement and module_memory (decision
 * 0048): a few index-backed aggregate queries per request, whatever the number of learning records.
 */
@Singleton
class InsightStatus implements StatusCounting, PeopleRows {
    private final InsightSql sql;
    private final RefresherPolicies policies;
    private final Content content;
    private final Clock clock;

    InsightStatus(InsightSql sql, RefresherPolicies policies, Content content, Clock clock) {
        this.sql = sql;
        this.policies = policies;
        this.content = content;
        this.clock = clock;
    }

    /** How many people a track's requirement stands where with: not started, in progress, completed. */
    record TrackCounts(String trackId, long notStarted, long inProgress, long completed) {}

    long people(InsightScope scope) {
        return sql.query(
                        scope.people().within("SELECT COUNT(*) FROM (", List.of(), ") p", List.of()), r -> r.getLong(1))
                .get(0);
    }

    @Override
    public List<ModuleCounts> count(InsightScope scope) {
        return count(scope, mandatoryModules(scope), people(scope), clock.instant());
    }

    List<ModuleCounts> count(InsightScope scope, List<String> modules, long people, Instant now) {
        if (modules.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Long>> byStatus = new HashMap<>();
        List<Object> before = new ArrayList<>(TrainingStatus.parameters(now));
        before.add(scope.organisationId());
        before.addAll(modules);
        // The CASE repeats its parameters, so it is grouped around a subquery (PostgreSQL matches GROUP BY
        // expressions by text, and two placeholders never match).
        sql.query(
                scope.people()
                        .within(
                                "SELECT module_id, status, COUNT(*) AS n FROM (SELECT m.module_id, "
                                        + TrainingStatus.OF_MEMORY
                                        + " AS status FROM module_memory m WHERE m.organisation_id = ? AND m.module_id IN ("
                                        + placeholders(modules) + ") AND m.user_id IN (",
                                before,
                                ")) s GROUP BY module_id, status",
                                List.of()),
                row -> byStatus.computeIfAbsent(row.getString("module_id"), k -> new HashMap<>())
                        .put(row.getString("status"), row.getLong("n")));
        Map<String, Long> started = new HashMap<>();
        List<Object> engagement = new ArrayList<>();
        engagement.add(scope.organisationId());
        engagement.addAll(modules);
        sql.query(
                scope.people()
                        .within(
                                "SELECT e.module_id, COUNT(*) AS n FROM module_engagement e WHERE e.organisation_id = ?"
                                        + " AND e.module_id IN (" + placeholders(modules) + ") AND e.user_id IN (",
                                engagement,
                                ") GROUP BY e.module_id",
                                List.of()),
                row -> started.put(row.getString("module_id"), row.getLong("n")));
        List<ModuleCounts> counts = new ArrayList<>();
        for (String module : modules) {
            Map<String, Long> statuses = byStatus.getOrDefault(module, Map.of());
            long current = statuses.getOrDefault("CURRENT", 0L);
            long dueSoon = statuses.getOrDefault("DUE_SOON", 0L);
            long overdue = statuses.getOrDefault("OVERDUE", 0L);
            long lapsed = statuses.getOrDefault("LAPSED", 0L);
            long completed = current + dueSoon + overdue + lapsed;
            // Every module memory row has an engagement row (its COMPLETED record started the module).
            long begun = Math.max(started.getOrDefault(module, 0L), completed);
            counts.add(new ModuleCounts(
                    module, Math.max(0, people - begun), begun - completed, current, dueSoon, overdue, lapsed));
        }
        return counts;
    }

    /**
     * The share of people in scope who keep every mandatory module current or due soon; null without mandatory modules
     * or people.
     */
    @Nullable
    Double refreshRate(InsightScope scope, List<String> modules, long people, Instant now) {
        if (modules.isEmpty() || people == 0) {
            return null;
        }
        List<Object> before = new ArrayList<>();
        before.add(scope.organisationId());
        before.addAll(modules);
        before.add(now);
        before.add(now);
        long kept = sql.query(
                        scope.people()
                                .within(
                                        "SELECT COUNT(*) FROM (SELECT m.user_id FROM module_memory m"
                                                + " WHERE m.organisation_id = ? AND m.module_id IN ("
                                                + placeholders(modules)
                                                + ") AND m.overdue_at > ? AND m.lapses_at > ? AND m.user_id IN (",
                                        before,
                                        ") GROUP BY m.user_id HAVING COUNT(*) = ?) k",
                                        List.of(modules.size())),
                        row -> row.getLong(1))
                .get(0);
        return kept / (double) people;
    }

    /**
     * Per track: completed holds the track's (unrevoked) certificate, in progress started one of its modules without
     * it, not started the rest.
     */
    List<TrackCounts> tracks(InsightScope scope, long people) {
        Map<String, Long> completed = new HashMap<>();
        sql.query(
                scope.people()
                        .within(
                                "SELECT c.subject_id, COUNT(DISTINCT c.user_id) AS n FROM certificate c"
                                        + " WHERE c.organisation_id = ? AND c.subject_kind = 'TRACK'"
                                        + " AND c.revoked_at IS NULL AND c.user_id IN (",
                                List.of(scope.organisationId()),
                                ") GROUP BY c.subject_id",
                                List.of()),
                row -> completed.put(row.getString("subject_id"), row.getLong("n")));
        List<TrackCounts> counts = new ArrayList<>();
        for (Track track : content.tracks()) {
            List<String> modules = track.allModules();
            long done = completed.getOrDefault(track.id(), 0L);
            long started = 0;
            if (!modules.isEmpty()) {
                List<Object> before = new ArrayList<>();
                before.add(scope.organisationId());
                before.addAll(modules);
                started = sql.query(
                                scope.people()
                                        .within(
                                                "SELECT COUNT(DISTINCT e.user_id) FROM module_engagement e"
                                                        + " WHERE e.organisation_id = ? AND e.module_id IN ("
                                                        + placeholders(modules) + ") AND e.user_id IN (",
                                                before,
                                                ") AND e.user_id NOT IN (SELECT c.user_id FROM certificate c"
                                                        + " WHERE c.organisation_id = ? AND c.subject_kind = 'TRACK'"
                                                        + " AND c.subject_id = ? AND c.revoked_at IS NULL)",
                                                List.of(scope.organisationId(), track.id())),
                                row -> row.getLong(1))
                        .get(0);
            }
            counts.add(new TrackCounts(track.id(), Math.max(0, people - done - started), started, done));
        }
        return counts;
    }

    @Override
    public List<String> mandatoryModules(InsightScope scope) {
        return policies.of(scope.organisationId()).mandatoryModules();
    }

    @Override
    public List<PersonRow> rows(InsightScope scope, @Nullable String module, @Nullable String status) {
        List<String> modules = mandatoryModules(scope);
        if (module != null && !modules.contains(module)) {
            throw ApiException.invalidField("module", "must be one of the mandatory modules " + modules);
        }
        TrainingStatus only = status == null ? null : parse(status);
        Instant now = clock.instant();
        Map<UUID, List<String>> teams = new HashMap<>();
        sql.query(
                scope.people()
                        .within(
                                "SELECT tm.user_id, t.name FROM team_member tm JOIN team t ON t.id = tm.team_id"
                                        + " WHERE t.organisation_id = ? AND tm.user_id IN (",
                                List.of(scope.organisationId()),
                                ") ORDER BY t.name",
                                List.of()),
                row -> teams.computeIfAbsent(row.getObject("user_id", UUID.class), k -> new ArrayList<>())
                        .add(row.getString("name")));
        Map<UUID, Map<String, PersonRow.ModuleRow>> standing = new HashMap<>();
        if (!modules.isEmpty()) {
            List<Object> before = new ArrayList<>(TrainingStatus.parameters(now));
            before.add(scope.organisationId());
            before.addAll(modules);
            sql.query(
                    scope.people()
                            .within(
                                    "SELECT e.user_id, e.module_id, e.last_completed_at, m.due_at, "
                                            + TrainingStatus.OF_MEMORY
                                            + " AS status FROM module_engagement e LEFT JOIN module_memory m"
                                            + " ON m.user_id = e.user_id AND m.module_id = e.module_id"
                                            + " WHERE e.organisation_id = ? AND e.module_id IN ("
                                            + placeholders(modules) + ") AND e.user_id IN (",
                                    before,
                                    ")",
                                    List.of()),
                    row -> standing.computeIfAbsent(row.getObject("user_id", UUID.class), k -> new HashMap<>())
                            .put(
                                    row.getString("module_id"),
                                    new PersonRow.ModuleRow(
                                            row.getString("module_id"),
                                            row.getString("status"),
                                            InsightSql.instant(row, "last_completed_at"),
                                            InsightSql.instant(row, "due_at"))));
        }
        List<PersonRow> rows = new ArrayList<>();
        sql.query(
                scope.people()
                        .within(
                                "SELECT p.id, p.display_name, p.email, p.last_login_at FROM app_user p"
                                        + " WHERE p.id IN (",
                                List.of(),
                                ") ORDER BY p.display_name, p.email",
                                List.of()),
                row -> {
                    UUID id = row.getObject("id", UUID.class);
                    Map<String, PersonRow.ModuleRow> known = standing.getOrDefault(id, Map.of());
                    List<PersonRow.ModuleRow> moduleRows = modules.stream()
                            .map(m -> known.getOrDefault(
                                    m, new PersonRow.ModuleRow(m, TrainingStatus.NOT_STARTED.name(), null, null)))
                            .toList();
                    boolean shown = only == null
                            || moduleRows.stream()
                                    .anyMatch(
                                            m -> (module == null || m.moduleId().equals(module))
                                                    && m.status().equals(only.name()));
                    if (shown) {
                        rows.add(new PersonRow(
                                id,
                                row.getString("display_name"),
                                row.getString("email"),
                                teams.getOrDefault(id, List.of()),
                                InsightSql.instant(row, "last_login_at"),
                                moduleRows));
                    }
                    return id;
                });
        return Collections.unmodifiableList(rows);
    }

    private static TrainingStatus parse(String status) {
        try {
            return TrainingStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("status", "must be one of " + List.of(TrainingStatus.values()));
        }
    }

    private static String placeholders(List<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }
}
