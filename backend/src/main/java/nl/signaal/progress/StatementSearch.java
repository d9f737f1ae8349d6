package nl.signaal.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The Statement API's query over learning_record, built from the filters given: one statement, in the order (stored
 * time, id), starting after the cursor. The index (organisation or user, stored_at, id) of changeset 0024 serves the
 * scope, since/until and the cursor in both directions; the other filters are checked on the rows it yields.
 */
@Singleton
class StatementSearch {
    private static final String COLUMNS = "id, user_id, organisation_id, verb, activity_id, module_id, registration,"
            + " score_scaled, success, stored_at, statement";

    /** Whose records: an organisation's, or one user's. */
    record Scope(@Nullable UUID organisationId, @Nullable UUID userId) {}

    private final DataSource dataSource;

    StatementSearch(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** Up to {@code limit} records, plus one more if there is one (so the caller knows to link to more). */
    List<LearningRecord> find(Scope scope, StatementQuery query, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM learning_record WHERE ");
        List<Object> values = new ArrayList<>();
        if (scope.organisationId() != null) {
            sql.append("organisation_id = ?");
            values.add(scope.organisationId());
        } else {
            sql.append("user_id = ?");
            values.add(scope.userId());
        }
        if (scope.organisationId() != null && scope.userId() != null) {
            sql.append(" AND user_id = ?");
            values.add(scope.userId());
        }
        if (query.verb() != null) {
            sql.append(" AND verb = ?");
            values.add(verbName(query.verb()));
        }
        if (query.activity() != null) {
            if (query.relatedActivities()) {
                // Related activities sit in the statement text (context activities) as a JSON string "<iri>".
                sql.append(" AND (activity_id = ? OR statement LIKE ? ESCAPE '!')");
                values.add(query.activity());
                values.add("%" + likeLiteral("\"" + query.activity() + "\"") + "%");
            } else {
                sql.append(" AND activity_id = ?");
                values.add(query.activity());
            }
        }
        if (query.registration() != null) {
            sql.append(" AND registration = ?");
            values.add(query.registration());
        }
        if (query.since() != null) {
            sql.append(" AND stored_at > ?");
            values.add(time(query.since()));
        }
        if (query.until() != null) {
            sql.append(" AND stored_at <= ?");
            values.add(time(query.until()));
        }
        String direction = query.ascending() ? "ASC" : "DESC";
        if (query.cursor() != null) {
            sql.append(query.ascending() ? " AND (stored_at, id) > (?, ?)" : " AND (stored_at, id) < (?, ?)");
            values.add(time(query.cursor().storedAt()));
            values.add(query.cursor().id());
        }
        sql.append(" ORDER BY stored_at ").append(direction).append(", id ").append(direction);
        sql.append(" LIMIT ").append(limit + 1);
        return run(sql.toString(), values);
    }

    /** The record with this id in the scope, if any. */
    List<LearningRecord> byId(Scope scope, UUID id) {
        String sql = "SELECT " + COLUMNS + " FROM learning_record WHERE id = ? AND "
                + (scope.organisationId() != null ? "organisation_id = ?" : "user_id = ?");
        return run(sql, List.of(id, scope.organisationId() != null ? scope.organisationId() : scope.userId()));
    }

    /** The stored verb column holds the verb's name; an IRI of no Signaal verb matches nothing. */
    private static String verbName(String iri) {
        for (LearningEvent.Verb verb : LearningEvent.Verb.values()) {
            if (verb.iri().equals(iri)) {
                return verb.name();
            }
        }
        return "-";
    }

    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private List<LearningRecord> run(String sql, List<Object> values) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            List<LearningRecord> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Object score = rows.getObject(8);
                    Object success = rows.getObject(9);
                    found.add(new LearningRecord(
                            rows.getObject(1, UUID.class),
                            rows.getObject(2, UUID.class),
                            rows.getObject(3, UUID.class),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getObject(7, UUID.class),
                            score == null ? null : ((Number) score).doubleValue(),
                            success == null ? null : (Boolean) success,
                            rows.getObject(10, OffsetDateTime.class).toInstant(),
                            rows.getString(11)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new DataAccessException("Searching statements failed: " + e.getMessage(), e);
        }
    }
}
