package nl.signaal.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import nl.signaal.DatabaseTest;
import nl.signaal.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Two buses on one PostgreSQL database stand for two app instances: the application's own bus and a second one built
 * beside it on the same database.
 */
@MicronautTest(transactional = false)
class PostgresLiveBusTest extends DatabaseTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Inject
    ApplicationContext context;

    @Inject
    DataSource dataSource;

    @Value("${datasources.default.url}")
    String url;

    @Value("${datasources.default.username}")
    String user;

    @Value("${datasources.default.password:}")
    String password;

    @Test
    void theDatabaseBusServesPostgresqlOnly() {
        if (TestDatabase.postgres()) {
            assertThat(context.getBean(LiveBus.class)).isInstanceOf(PostgresLiveBus.class);
        } else {
            assertThat(context.findBean(PostgresLiveBus.class)).isEmpty();
        }
    }

    @Test
    void aChangePublishedOnOneInstanceReachesEveryInstanceExactlyOnce() throws Exception {
        assumeTrue(TestDatabase.postgres(), "LISTEN/NOTIFY is PostgreSQL's");
        PostgresLiveBus first = context.getBean(PostgresLiveBus.class);
        PostgresLiveBus second = secondInstance();
        try {
            BlockingQueue<UUID> heardByFirst = heard(first);
            BlockingQueue<UUID> heardBySecond = heard(second);
            awaitTrue(() -> first.listening() && second.listening(), "both buses listen");
            UUID fromFirst = UUID.randomUUID();
            UUID fromSecond = UUID.randomUUID();

            first.publish(fromFirst);
            second.publish(fromSecond);

            assertThat(take(heardByFirst, 2)).containsExactlyInAnyOrder(fromFirst, fromSecond);
            assertThat(take(heardBySecond, 2)).containsExactlyInAnyOrder(fromFirst, fromSecond);
            // The sender hears its own notification through the database and nothing more.
            assertThat(heardByFirst.poll(500, TimeUnit.MILLISECONDS)).isNull();
            assertThat(heardBySecond.poll(10, TimeUnit.MILLISECONDS)).isNull();
        } finally {
            second.stop();
        }
    }

    @Test
    void aListenerWhoseConnectionWasEndedListensAgainAndAsksEveryScreenToCatchUp() throws Exception {
        assumeTrue(TestDatabase.postgres(), "terminating backends is a PostgreSQL fault");
        PostgresLiveBus sender = context.getBean(PostgresLiveBus.class);
        PostgresLiveBus listener = secondInstance();
        try {
            BlockingQueue<UUID> heard = heard(listener);
            awaitTrue(() -> sender.listening() && listener.listening(), "both buses listen");

            assertThat(terminateListeningConnections()).isEqualTo(2);

            assertThat(heard.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(LiveBus.EVERY_SESSION);
            awaitTrue(() -> sender.listening() && listener.listening(), "both buses listen again");
            UUID afterwards = UUID.randomUUID();
            sender.publish(afterwards);
            assertThat(heard.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(afterwards);
        } finally {
            listener.stop();
        }
    }

    @Test
    void aStoppedBusLeavesNoListeningConnectionBehind() throws Exception {
        assumeTrue(TestDatabase.postgres(), "LISTEN/NOTIFY is PostgreSQL's");
        PostgresLiveBus bus = secondInstance();
        awaitTrue(bus::listening, "the bus listens");
        int withIt = listeningConnections();

        bus.stop();

        assertThat(bus.listening()).isFalse();
        awaitTrue(() -> listeningConnections() == withIt - 1, "the listening connection is closed");
    }

    private PostgresLiveBus secondInstance() {
        PostgresLiveBus bus = new PostgresLiveBus(dataSource, url, user, password);
        bus.start();
        return bus;
    }

    private static BlockingQueue<UUID> heard(LiveBus bus) {
        BlockingQueue<UUID> heard = new LinkedBlockingQueue<>();
        bus.subscribe(heard::add);
        return heard;
    }

    private static List<UUID> take(BlockingQueue<UUID> queue, int count) throws InterruptedException {
        List<UUID> taken = new ArrayList<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (taken.size() < count && System.nanoTime() < deadline) {
            UUID next = queue.poll(50, TimeUnit.MILLISECONDS);
            if (next != null) {
                taken.add(next);
            }
        }
        return taken;
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private int terminateListeningConnections() throws SQLException {
        return count("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND application_name = '" + PostgresLiveBus.LISTENER_NAME
                + "'");
    }

    private int listeningConnections() {
        try {
            return count("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND application_name = '" + PostgresLiveBus.LISTENER_NAME + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
