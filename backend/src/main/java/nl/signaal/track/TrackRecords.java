package nl.signaal.track;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Read-only SQL over other features' tables (module completions, finished simulation runs, facilitated live sessions):
 * a track only counts what those features recorded, and reading their tables here keeps every feature free of a
 * dependency on tracks and keeps live's classes private (ArchitectureTest nothingDependsOnLiveSessions; decision 0017).
 * Each query is one statement on its own connection; progress is a snapshot and needs no transaction.
 */
@Singleton
class TrackRecords {
    static final String COMPLETED_MODULES =
            "SELECT module_id, completed_at FROM module_completion WHERE user_id = ? ORDER BY completed_at";
    static final String FINISHED_CASES = "SELECT scenario_id, MIN(finished_at) AS first_finished FROM simulation_run"
            + " WHERE user_id = ? AND status = 'FINISHED' GROUP BY scenario_id ORDER BY first_finished";
    // A session counts once it got going (past its first step, or ended after it started) with enough people who
    // were not removed. DEBRIEF comes after the last step.
    static final String FACILITATED_SESSIONS = "SELECT s.id, s.activity_id, s.status, s.started_at, s.ended_at,"
            + " (SELECT COUNT(*) FROM live_participant p WHERE p.session_id = s.id AND p.removed_at IS NULL)"
            + " AS participants FROM live_session s WHERE s.facilitator_id = ? AND s.started_at IS NOT NULL"
            + " AND (s.status = 'ENDED' OR (s.status IN ('RUNNING', 'DEBRIEF') AND s.step_index > 0))"
            + " ORDER BY s.started_at";

    /** A live session the user facilitated, with how many participants it has (removed ones not counted). */
    record FacilitatedSession(
            UUID id, String activityId, String status, Instant startedAt, Instant endedAt, int participants) {}

    private final DataSource dataSource;

    TrackRecords(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** Module id to when the user completed it. */
    Map<String, Instant> completedModules(UUID userId) {
        return firstTimes(COMPLETED_MODULES, userId);
    }

    /** Scenario id to when the user first finished a run of it. */
    Map<String, Instant> finishedCases(UUID userId) {
        return firstTimes(FINISHED_CASES, userId);
    }

    List<FacilitatedSession> facilitatedSessions(UUID userId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(FACILITATED_SESSIONS)) {
            statement.setObject(1, userId);
            List<FacilitatedSession> sessions = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sessions.add(new FacilitatedSession(
                            rows.getObject(1, UUID.class),
                            rows.getString(2),
                            rows.getString(3),
                            instant(rows, 4),
                            instant(rows, 5),
                            rows.getInt(6)));
                }
            }
            return sessions;
        } catch (SQLException e) {
            throw new DataAccessException("Reading facilitated sessions failed: " + e.getMessage(), e);
        }
    }

    private Map<String, Instant> firstTimes(String sql, UUID userId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, userId);
            Map<String, Instant> times = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    times.putIfAbsent(rows.getString(1), instant(rows, 2));
                }
            }
            return times;
        } catch (SQLException e) {
            throw new DataAccessException("Reading learning records failed: " + e.getMessage(), e);
        }
    }

    static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
