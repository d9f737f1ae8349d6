package nl.signaal.insight;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.refresher.RefresherPolicies;

/**
 * Test-only stand-in for part "status"'s {@link PeopleRows} while that branch is not merged; it steps aside as soon as
 * a real implementation exists. Reads real rows: the people in scope, their teams and last login, the organisation's
 * mandatory modules, and module_memory (a completed module is CURRENT with its last review and reminder date; none is
 * NOT_STARTED). The export tests only compare the files with the JSON rows, so they hold for either implementation.
 */
@Singleton
@Requires(missingBeans = PeopleRows.class)
class StandInPeopleRows implements PeopleRows {
    private final InsightSql sql;
    private final RefresherPolicies policies;

    StandInPeopleRows(InsightSql sql, RefresherPolicies policies) {
        this.sql = sql;
        this.policies = policies;
    }

    private record Person(
            UUID id, String name, String email, @Nullable java.time.Instant lastLogin) {}

    @Override
    public List<PersonRow> rows(InsightScope scope, @Nullable String module, @Nullable String status) {
        List<String> modules = mandatoryModules(scope);
        List<Person> people = sql.query(
                scope.people()
                        .within(
                                "SELECT p.id, p.display_name, p.email, p.last_login_at FROM app_user p WHERE p.id IN (",
                                List.of(),
                                ") ORDER BY p.display_name, p.id",
                                List.of()),
                row -> new Person(
                        row.getObject("id", UUID.class),
                        row.getString("display_name"),
                        row.getString("email"),
                        InsightSql.instant(row, "last_login_at")));
        List<PersonRow> rows = new ArrayList<>();
        for (Person person : people) {
            List<String> teams = sql.query(
                    new SqlPart(
                            "SELECT t.name FROM team t JOIN team_member m ON m.team_id = t.id WHERE m.user_id = ?"
                                    + " ORDER BY t.name",
                            List.of(person.id())),
                    row -> row.getString("name"));
            Map<String, PersonRow.ModuleRow> memory = new LinkedHashMap<>();
            sql.query(
                            new SqlPart(
                                    "SELECT module_id, last_review, remind_at FROM module_memory WHERE user_id = ?",
                                    List.of(person.id())),
                            row -> new PersonRow.ModuleRow(
                                    row.getString("module_id"),
                                    "CURRENT",
                                    InsightSql.instant(row, "last_review"),
                                    InsightSql.instant(row, "remind_at")))
                    .forEach(m -> memory.put(m.moduleId(), m));
            List<PersonRow.ModuleRow> statuses = modules.stream()
                    .map(id -> memory.getOrDefault(id, new PersonRow.ModuleRow(id, "NOT_STARTED", null, null)))
                    .toList();
            boolean matches = status == null
                    || statuses.stream()
                            .anyMatch(m -> (module == null || m.moduleId().equals(module))
                                    && m.status().equals(status));
            if (matches) {
                rows.add(
                        new PersonRow(person.id(), person.name(), person.email(), teams, person.lastLogin(), statuses));
            }
        }
        return rows;
    }

    @Override
    public List<String> mandatoryModules(InsightScope scope) {
        return policies.of(scope.organisationId()).mandatoryModules();
    }
}
