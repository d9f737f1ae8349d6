package nl.signaal.progress.forwarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import javax.sql.DataSource;

/**
 * The LRS outbox in plain JDBC (decision 0054): set-based INSERT … SELECT from learning_record and claims with a
 * conditional UPDATE, which Micronaut Data's generated queries do not express. Each method is one short
 * transaction on its own connection; the same SQL runs on H2 (PostgreSQL mode) and PostgreSQL.
 */
@Singleton
class Outbox {
    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String REJECTED = "REJECTED";

    private static final String QUEUE = "INSERT INTO lrs_outbox (statement_id, organisation_id, stored_at, state,"
            + " attempts, next_attempt_at) SELECT r.id, r.organisation_id, r.stored_at, 'PENDING', 0, ?"
            + " FROM learning_record r WHERE r.organisation_id = ? AND %s"
            + " AND NOT EXISTS (SELECT 1 FROM lrs_outbox o WHERE o.statement_id = r.id)";

    private final DataSource dataSource;

    Outbox(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** A claimed row: the statement to send and how often it was tried before. */
    record Claimed(UUID statementId, int attempts) {}

    record Status(
            long pending,
            long rejected,
            @Nullable Instant nextAttemptAt,
            @Nullable Instant oldestPendingAt) {}

    record Problem(
            UUID statementId,
            String state,
            int attempts,
            @Nullable String lastError,
            @Nullable Instant lastAttemptAt,
            @Nullable Instant nextAttemptAt) {}

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DataAccessException("LRS outbox: " + e.getMessage(), e);
        }
    }

    /**
     * Queues the organisation's statements stored since the last fill, less the look-back (a statement becomes
     * visible when its transaction commits, after its stored time), and moves the mark to {@code now}. The settings
     * row is locked, so two instances filling at once queue each statement once. Before a backfill nothing stored
     * before the start is queued.
     */
    int fill(UUID organisationId, Instant now, Duration lookBack) {
        return inTransaction(connection -> {
            Instant startedAt;
            Instant backfilledAt;
            Instant queuedThrough;
            try (PreparedStatement lock =
                    connection.prepareStatement("SELECT started_at, backfilled_at, queued_through FROM lrs_forwarding"
                            + " WHERE organisation_id = ? FOR UPDATE")) {
                lock.setObject(1, organisationId);
                try (ResultSet row = lock.executeQuery()) {
                    if (!row.next()) {
                        return 0;
                    }
                    startedAt = instant(row, 1);
                    backfilledAt = instant(row, 2);
                    queuedThrough = instant(row, 3);
                }
            }
            Instant from = queuedThrough.minus(lookBack);
            if (backfilledAt == null && from.isBefore(startedAt)) {
                from = startedAt;
            }
            int queued;
            try (PreparedStatement insert = connection.prepareStatement(QUEUE.formatted("r.stored_at >= ?"))) {
                insert.setObject(1, time(now));
                insert.setObject(2, organisationId);
                insert.setObject(3, time(from));
                queued = insert.executeUpdate();
            }
            if (now.isAfter(queuedThrough)) {
                try (PreparedStatement mark = connection.prepareStatement(
                        "UPDATE lrs_forwarding SET queued_through = ? WHERE organisation_id = ?")) {
                    mark.setObject(1, time(now));
                    mark.setObject(2, organisationId);
                    mark.executeUpdate();
                }
            }
            return queued;
        });
    }

    /**
     * Queues the statements stored before the start, once: a second call changes nothing. Returns how many were
     * queued, or -1 when forwarding is not set up.
     */
    int backfill(UUID organisationId, Instant now) {
        return inTransaction(connection -> {
            Instant startedAt;
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT started_at, backfilled_at FROM lrs_forwarding WHERE organisation_id = ? FOR UPDATE")) {
                lock.setObject(1, organisationId);
                try (ResultSet row = lock.executeQuery()) {
                    if (!row.next()) {
                        return -1;
                    }
                    if (instant(row, 2) != null) {
                        return 0;
                    }
                    startedAt = instant(row, 1);
                }
            }
            int queued;
            try (PreparedStatement insert = connection.prepareStatement(QUEUE.formatted("r.stored_at < ?"))) {
                insert.setObject(1, time(now));
                insert.setObject(2, organisationId);
                insert.setObject(3, time(startedAt));
                queued = insert.executeUpdate();
            }
            try (PreparedStatement mark = connection.prepareStatement(
                    "UPDATE lrs_forwarding SET backfilled_at = ? WHERE organisation_id = ?")) {
                mark.setObject(1, time(now));
                mark.setObject(2, organisationId);
                mark.executeUpdate();
            }
            return queued;
        });
    }

    /**
     * Claims up to {@code limit} due rows for {@code claim} until {@code now + lease}. The UPDATE re-checks that a
     * row is unclaimed, so when two instances pick the same candidates each row goes to one of them.
     */
    List<Claimed> claim(UUID organisationId, String claim, Instant now, Duration lease, int limit) {
        return inTransaction(connection -> {
            List<UUID> candidates = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT statement_id FROM lrs_outbox WHERE organisation_id = ? AND state = 'PENDING'"
                            + " AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)"
                            + " ORDER BY next_attempt_at, stored_at LIMIT ?")) {
                select.setObject(1, organisationId);
                select.setObject(2, time(now));
                select.setObject(3, time(now));
                select.setInt(4, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        candidates.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            if (candidates.isEmpty()) {
                return List.of();
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE lrs_outbox SET claimed_by = ?, claimed_until = ? WHERE statement_id IN ("
                            + placeholders(candidates.size()) + ") AND state = 'PENDING'"
                            + " AND (claimed_until IS NULL OR claimed_until < ?)")) {
                int i = 1;
                update.setString(i++, claim);
                update.setObject(i++, time(now.plus(lease)));
                for (UUID id : candidates) {
                    update.setObject(i++, id);
                }
                update.setObject(i, time(now));
                update.executeUpdate();
            }
            List<Claimed> claimed = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT statement_id, attempts FROM lrs_outbox WHERE claimed_by = ? ORDER BY stored_at")) {
                select.setString(1, claim);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(new Claimed(rows.getObject(1, UUID.class), rows.getInt(2)));
                    }
                }
            }
            return claimed;
        });
    }

    /** Marks the claimed rows delivered and counts them on the settings row; returns how many were still ours. */
    int delivered(UUID organisationId, Collection<UUID> ids, String claim, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return inTransaction(connection -> {
            int marked;
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE lrs_outbox SET state = 'DELIVERED', delivered_at = ?, last_attempt_at = ?,"
                            + " attempts = attempts + 1, last_error = NULL, claimed_by = NULL, claimed_until = NULL"
                            + " WHERE statement_id IN (" + placeholders(ids.size()) + ") AND claimed_by = ?")) {
                int i = 1;
                update.setObject(i++, time(now));
                update.setObject(i++, time(now));
                for (UUID id : ids) {
                    update.setObject(i++, id);
                }
                update.setString(i, claim);
                marked = update.executeUpdate();
            }
            try (PreparedStatement count = connection.prepareStatement(
                    "UPDATE lrs_forwarding SET delivered_count = delivered_count + ?, last_delivered_at = ?,"
                            + " last_attempt_at = ?, last_error = NULL WHERE organisation_id = ?")) {
                count.setLong(1, marked);
                count.setObject(2, time(now));
                count.setObject(3, time(now));
                count.setObject(4, organisationId);
                count.executeUpdate();
            }
            return marked;
        });
    }

    /** The rows go back to waiting, each until {@code nextAttempt(attempts so far + 1)}. */
    void retryLater(
            UUID organisationId,
            Collection<Claimed> rows,
            String claim,
            Instant now,
            String error,
            IntFunction<Instant> nextAttempt) {
        inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE lrs_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_attempt_at = ?,"
                            + " last_error = ?, claimed_by = NULL, claimed_until = NULL"
                            + " WHERE statement_id = ? AND claimed_by = ?")) {
                for (Claimed row : rows) {
                    update.setObject(1, time(nextAttempt.apply(row.attempts() + 1)));
                    update.setObject(2, time(now));
                    update.setString(3, error);
                    update.setObject(4, row.statementId());
                    update.setString(5, claim);
                    update.addBatch();
                }
                update.executeBatch();
            }
            lastError(connection, organisationId, now, error);
            return null;
        });
    }

    /** Hands claimed rows back unchanged, for the next run. */
    void release(Collection<Claimed> rows, String claim) {
        inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE lrs_outbox SET claimed_by = NULL,"
                    + " claimed_until = NULL WHERE statement_id = ? AND claimed_by = ?")) {
                for (Claimed row : rows) {
                    update.setObject(1, row.statementId());
                    update.setString(2, claim);
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    /** The LRS refused the statement for good: it waits for an administrator's retry. */
    void rejected(UUID organisationId, UUID statementId, String claim, Instant now, String error) {
        inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE lrs_outbox SET state = 'REJECTED', attempts = attempts + 1, last_attempt_at = ?,"
                            + " last_error = ?, claimed_by = NULL, claimed_until = NULL"
                            + " WHERE statement_id = ? AND claimed_by = ?")) {
                update.setObject(1, time(now));
                update.setString(2, error);
                update.setObject(3, statementId);
                update.setString(4, claim);
                update.executeUpdate();
            }
            lastError(connection, organisationId, now, error);
            return null;
        });
    }

    /** Rows whose statement no longer exists (cannot happen while records are append-only): nothing to send. */
    void gone(Collection<UUID> ids, String claim) {
        if (ids.isEmpty()) {
            return;
        }
        inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM lrs_outbox WHERE statement_id IN ("
                    + placeholders(ids.size()) + ") AND claimed_by = ?")) {
                int i = 1;
                for (UUID id : ids) {
                    delete.setObject(i++, id);
                }
                delete.setString(i, claim);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** An attempt that did not get as far as the statements (address no longer public, password unreadable). */
    void failed(UUID organisationId, Instant now, String error) {
        inTransaction(connection -> {
            lastError(connection, organisationId, now, error);
            return null;
        });
    }

    /** Rejected and waiting rows are tried at the next run, with the backoff starting afresh. */
    int retryAll(UUID organisationId, Instant now) {
        return inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE lrs_outbox SET state = 'PENDING', attempts = 0, next_attempt_at = ?"
                            + " WHERE organisation_id = ? AND (state = 'REJECTED' OR (state = 'PENDING'"
                            + " AND next_attempt_at > ?))")) {
                update.setObject(1, time(now));
                update.setObject(2, organisationId);
                update.setObject(3, time(now));
                return update.executeUpdate();
            }
        });
    }

    /** Forwarding removed: the settings and the whole queue, delivered rows included. */
    void drop(UUID organisationId) {
        inTransaction(connection -> {
            for (String sql : List.of(
                    "DELETE FROM lrs_outbox WHERE organisation_id = ?",
                    "DELETE FROM lrs_forwarding WHERE organisation_id = ?")) {
                try (PreparedStatement delete = connection.prepareStatement(sql)) {
                    delete.setObject(1, organisationId);
                    delete.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * Forgets delivered rows stored before {@code before}: a fill never looks that far back again, so they are not
     * needed to keep a statement from being queued twice (the count stays on the settings row).
     */
    int forget(UUID organisationId, Instant before) {
        return inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM lrs_outbox WHERE organisation_id"
                    + " = ? AND state = 'DELIVERED' AND stored_at < ?")) {
                delete.setObject(1, organisationId);
                delete.setObject(2, time(before));
                return delete.executeUpdate();
            }
        });
    }

    Status status(UUID organisationId) {
        return inTransaction(connection -> {
            long pending = 0;
            long rejected = 0;
            Instant next = null;
            Instant oldest = null;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT state, COUNT(*), MIN(next_attempt_at), MIN(stored_at) FROM lrs_outbox"
                            + " WHERE organisation_id = ? AND state IN ('PENDING', 'REJECTED') GROUP BY state")) {
                select.setObject(1, organisationId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (PENDING.equals(rows.getString(1))) {
                            pending = rows.getLong(2);
                            next = instant(rows, 3);
                            oldest = instant(rows, 4);
                        } else {
                            rejected = rows.getLong(2);
                        }
                    }
                }
            }
            return new Status(pending, rejected, next, oldest);
        });
    }

    /** Rejected rows and rows waiting after a failed attempt, most recent attempt first, at most {@code limit}. */
    List<Problem> problems(UUID organisationId, int limit) {
        return inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT statement_id, state, attempts, last_error, last_attempt_at, next_attempt_at"
                            + " FROM lrs_outbox WHERE organisation_id = ? AND (state = 'REJECTED' OR (state = 'PENDING'"
                            + " AND attempts > 0)) ORDER BY last_attempt_at DESC, statement_id LIMIT ?")) {
                select.setObject(1, organisationId);
                select.setInt(2, limit);
                List<Problem> problems = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        boolean rejected = REJECTED.equals(rows.getString(2));
                        problems.add(new Problem(
                                rows.getObject(1, UUID.class),
                                rejected ? "rejected" : "waiting",
                                rows.getInt(3),
                                rows.getString(4),
                                instant(rows, 5),
                                rejected ? null : instant(rows, 6)));
                    }
                }
                return Collections.unmodifiableList(problems);
            }
        });
    }

    private static void lastError(Connection connection, UUID organisationId, Instant now, String error)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE lrs_forwarding SET last_attempt_at = ?, last_error = ? WHERE organisation_id = ?")) {
            update.setObject(1, time(now));
            update.setString(2, error);
            update.setObject(3, organisationId);
            update.executeUpdate();
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
