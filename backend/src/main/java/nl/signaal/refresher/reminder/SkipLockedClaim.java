package nl.signaal.refresher.reminder;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * PostgreSQL's batch claim of the outbox, in plain JDBC on its own auto-committed connection: Micronaut Data runs an
 * {@code @Query} UPDATE that contains a sub-SELECT as a query ("No results were returned by the query").
 */
@Singleton
class SkipLockedClaim {
    static final String SQL = "UPDATE reminder_outbox SET claimed_by = ?, claimed_until = ? WHERE id IN ("
            + "SELECT id FROM reminder_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?"
            + " AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY next_attempt_at LIMIT ?"
            + " FOR UPDATE SKIP LOCKED)";

    private final DataSource dataSource;

    SkipLockedClaim(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** Claims up to {@code limit} due, unclaimed rows for {@code claim}; returns how many. */
    int claim(String claim, Instant until, Instant now, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(SQL)) {
            connection.setAutoCommit(true);
            statement.setString(1, claim);
            statement.setObject(2, OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
            statement.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            statement.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            statement.setInt(5, limit);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("Claiming reminders failed: " + e.getMessage(), e);
        }
    }
}
