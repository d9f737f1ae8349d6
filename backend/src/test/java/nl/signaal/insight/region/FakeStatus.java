package nl.signaal.insight.region;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import nl.signaal.insight.InsightScope;
import nl.signaal.insight.InsightSql;
import nl.signaal.insight.ModuleCounts;
import nl.signaal.insight.PeopleRows;
import nl.signaal.insight.PersonRow;
import nl.signaal.insight.StatusCounting;
import nl.signaal.refresher.RefresherPolicies;

/**
 * A stand-in for part "status" (branch in-status) while that part is built: everyone in scope is CURRENT in every
 * mandatory module when their display name starts with "Fris", else NOT_STARTED. Only RegionTest turns it on
 * (property {@value #PROPERTY}); it reads the real people of the real database, so the sums and the floor are real.
 */
@Singleton
@Requires(property = FakeStatus.PROPERTY, value = "true")
@Replaces(StatusCounting.class)
class FakeStatus implements StatusCounting {
    static final String PROPERTY = "signaal.test.region-fake-status";

    private final InsightSql sql;
    private final RefresherPolicies policies;

    FakeStatus(InsightSql sql, RefresherPolicies policies) {
        this.sql = sql;
        this.policies = policies;
    }

    @Override
    public List<ModuleCounts> count(InsightScope scope) {
        List<Boolean> fresh = freshness(sql, scope);
        long current = fresh.stream().filter(f -> f).count();
        return policies.of(scope.organisationId()).mandatoryModules().stream()
                .map(module -> new ModuleCounts(module, fresh.size() - current, 0, current, 0, 0, 0))
                .toList();
    }

    static List<Boolean> freshness(InsightSql sql, InsightScope scope) {
        return sql.query(
                scope.people()
                        .within("SELECT p.display_name FROM app_user p WHERE p.id IN (", List.of(), ")", List.of()),
                row -> row.getString(1).startsWith("Fris"));
    }

    @Singleton
    @Requires(property = FakeStatus.PROPERTY, value = "true")
    @Replaces(PeopleRows.class)
    static class FakePeople implements PeopleRows {
        private final InsightSql sql;
        private final RefresherPolicies policies;

        FakePeople(InsightSql sql, RefresherPolicies policies) {
            this.sql = sql;
            this.policies = policies;
        }

        @Override
        public List<PersonRow> rows(InsightScope scope, @Nullable String module, @Nullable String status) {
            List<String> modules = mandatoryModules(scope);
            return freshness(sql, scope).stream()
                    .map(fresh -> new PersonRow(
                            UUID.randomUUID(),
                            "",
                            "",
                            List.of(),
                            null,
                            modules.stream()
                                    .map(m -> new PersonRow.ModuleRow(m, fresh ? "CURRENT" : "NOT_STARTED", null, null))
                                    .toList()))
                    .toList();
        }

        @Override
        public List<String> mandatoryModules(InsightScope scope) {
            return policies.of(scope.organisationId()).mandatoryModules();
        }
    }
}
