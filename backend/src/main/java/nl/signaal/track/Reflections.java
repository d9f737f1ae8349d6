package nl.signaal.track;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** The track_reflection table: submitting (idempotent by the client's id), listing and reviewing reflections. */
@Singleton
class Reflections {
    static final String SUBMITTED = "SUBMITTED";
    static final String APPROVED = "APPROVED";
    static final String ASK_MORE = "ASK_MORE";

    private static final String COLUMNS = "id, client_id, user_id, organisation_id, track_id, track_version, text,"
            + " status, submitted_at, reviewed_by, reviewed_at, review_comment";

    /** One reflection as stored; reviewedBy, reviewedAt and reviewComment are null until it is reviewed. */
    record Reflection(
            UUID id,
            UUID clientId,
            UUID userId,
            UUID organisationId,
            String trackId,
            int trackVersion,
            String text,
            String status,
            Instant submittedAt,
            UUID reviewedBy,
            Instant reviewedAt,
            String reviewComment) {}

    private final DataSource dataSource;

    Reflections(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /**
     * Stores a submission unless one with this client id exists (a retry); returns the stored one either way. ON
     * CONFLICT DO NOTHING keeps two parallel retries from failing.
     */
    Reflection submit(
            UUID clientId,
            UUID userId,
            UUID organisationId,
            String trackId,
            int trackVersion,
            String text,
            Instant now) {
        update(
                "INSERT INTO track_reflection (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL)"
                        + " ON CONFLICT DO NOTHING",
                UUID.randomUUID(),
                clientId,
                userId,
                organisationId,
                trackId,
                trackVersion,
                text,
                SUBMITTED,
                now);
        return query("SELECT " + COLUMNS + " FROM track_reflection WHERE client_id = ?", clientId)
                .get(0);
    }

    /** The user's reflections on a track, newest first. */
    List<Reflection> of(UUID userId, String trackId) {
        return query(
                "SELECT " + COLUMNS + " FROM track_reflection WHERE user_id = ? AND track_id = ?"
                        + " ORDER BY submitted_at DESC, id",
                userId,
                trackId);
    }

    List<Reflection> inOrganisation(UUID organisationId, String status) {
        return query(
                "SELECT " + COLUMNS + " FROM track_reflection WHERE organisation_id = ? AND status = ?"
                        + " ORDER BY submitted_at, id",
                organisationId,
                status);
    }

    Optional<Reflection> find(UUID id) {
        return query("SELECT " + COLUMNS + " FROM track_reflection WHERE id = ?", id).stream()
                .findFirst();
    }

    /** 1 when this review decided the reflection, 0 when it was no longer waiting (someone else reviewed it). */
    int review(UUID id, String status, UUID reviewer, String comment, Instant now) {
        return update(
                "UPDATE track_reflection SET status = ?, reviewed_by = ?, reviewed_at = ?, review_comment = ?"
                        + " WHERE id = ? AND status = 'SUBMITTED'",
                status,
                reviewer,
                now,
                comment,
                id);
    }

    private int update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            bind(statement, values);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("Writing a reflection failed: " + e.getMessage(), e);
        }
    }

    private List<Reflection> query(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            List<Reflection> reflections = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reflections.add(new Reflection(
                            rows.getObject(1, UUID.class),
                            rows.getObject(2, UUID.class),
                            rows.getObject(3, UUID.class),
                            rows.getObject(4, UUID.class),
                            rows.getString(5),
                            rows.getInt(6),
                            rows.getString(7),
                            rows.getString(8),
                            TrackRecords.instant(rows, 9),
                            rows.getObject(10, UUID.class),
                            TrackRecords.instant(rows, 11),
                            rows.getString(12)));
                }
            }
            return reflections;
        } catch (SQLException e) {
            throw new DataAccessException("Reading reflections failed: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Instant instant) {
                statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (value == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
