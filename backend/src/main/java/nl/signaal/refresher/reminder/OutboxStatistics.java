package nl.signaal.refresher.reminder;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fresh planner statistics on PostgreSQL after the week's first planning pass wrote many digests (decision 0057). With
 * the statistics of the empty outbox, PostgreSQL plans the next pass's NOT EXISTS against the outbox as a nested loop
 * over a materialised scan: minutes instead of well under a second at 1,000,000 enrolments (bench/reminder-scan.sh).
 * Autovacuum would analyse the table too, but only some time later. H2 needs nothing.
 */
@Singleton
class OutboxStatistics {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxStatistics.class);
    /** Fewer new rows than this cannot mislead the planner much. */
    static final int AFTER_ADDED = 1_000;

    private final DataSource dataSource;
    private final boolean postgres;

    OutboxStatistics(DataSource dataSource, @Value("${datasources.default.url}") String databaseUrl) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.postgres = databaseUrl.startsWith("jdbc:postgresql:");
    }

    void added(int rows) {
        if (!postgres || rows < AFTER_ADDED) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("ANALYZE reminder_outbox");
        } catch (SQLException e) {
            LOG.warn("Could not analyse the reminder outbox: {}", e.getMessage());
        }
    }
}
