package nl.signaal.live;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live bus of every instance on one PostgreSQL database: {@code pg_notify} on the channel {@value #CHANNEL} with
 * the session id as payload, and one connection per instance that {@code LISTEN}s on it.
 * <p>
 * PostgreSQL delivers a notification to every listening connection, the sender's own included, so this instance hears
 * its own changes through the same path as everyone else's and {@link #publish} delivers nothing locally: one change,
 * one delivery per instance. The listening connection is opened with {@link DriverManager}, not borrowed from the
 * pool: it is held for the life of the instance, and the pool checks and replaces its connections behind the
 * borrower's back. When that connection dies (restart, failover, {@code pg_terminate_backend}, a cut network) the
 * notifications sent meanwhile are lost; after listening again the listeners receive {@link LiveBus#EVERY_SESSION} so
 * they re-read every session that has screens on this instance.
 * <p>
 * Publishing runs on its own thread, so a request that committed a change never waits for the database a second
 * time; ids published while a notify is under way are sent together in one statement. Deliveries run on another
 * thread, so a slow listener never stops the connection from reading; an id that arrives again while its delivery is
 * still waiting is delivered once (the bus may coalesce: listeners re-read the current state).
 */
@Singleton
@Primary
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
class PostgresLiveBus implements LiveBus {
    static final String CHANNEL = "signaal_live";
    /** The listening connection's application_name, so operators (and tests) can tell it in pg_stat_activity. */
    static final String LISTENER_NAME = "signaal-live-listener";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresLiveBus.class);
    private static final String NOTIFY = "SELECT pg_notify('" + CHANNEL + "', id) FROM unnest(?) AS ids(id)";
    /** How long one wait for notifications blocks: bounds how long a shutdown waits for the listening thread. */
    private static final int WAIT_MILLIS = 500;
    /** A quiet connection is asked for a round trip this often, so a cut network is noticed (with the socket timeout). */
    private static final Duration PROBE_EVERY = Duration.ofSeconds(15);

    private static final int SOCKET_TIMEOUT_SECONDS = 10;
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration LAST_RETRY = Duration.ofSeconds(5);

    private final DataSource pool;
    private final String url;
    private final String user;
    private final String password;
    private final List<Consumer<UUID>> listeners = new CopyOnWriteArrayList<>();
    private final Set<UUID> unsent = ConcurrentHashMap.newKeySet();
    private final Set<UUID> undelivered = ConcurrentHashMap.newKeySet();
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(daemon("signaal-live-notify"));
    private final ExecutorService deliverer = Executors.newSingleThreadExecutor(daemon("signaal-live-deliver"));
    private final Thread listening = daemon("signaal-live-listen").newThread(this::listen);
    private volatile boolean running = true;
    private volatile boolean listeningNow;

    PostgresLiveBus(
            DataSource dataSource,
            @Value("${datasources.default.url}") String url,
            @Value("${datasources.default.username:}") String user,
            @Value("${datasources.default.password:}") String password) {
        this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @PostConstruct
    void start() {
        listening.start();
    }

    @Override
    public void publish(UUID sessionId) {
        // Already waiting to be sent: the next statement carries it once.
        if (!unsent.add(sessionId)) {
            return;
        }
        try {
            notifier.execute(this::notifyUnsent);
        } catch (RejectedExecutionException shuttingDown) {
            unsent.remove(sessionId);
        }
    }

    @Override
    public void subscribe(Consumer<UUID> listener) {
        listeners.add(listener);
    }

    /** Whether the listening connection currently listens: a test waits for it before it publishes. */
    boolean listening() {
        return listeningNow;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        listening.interrupt();
        notifier.shutdown();
        // Changes committed just before shutdown still reach the other instances.
        notifier.awaitTermination(2, TimeUnit.SECONDS);
        listening.join(TimeUnit.SECONDS.toMillis(2));
        deliverer.shutdownNow();
    }

    private void notifyUnsent() {
        List<UUID> ids = new ArrayList<>(unsent);
        if (ids.isEmpty()) {
            return;
        }
        unsent.removeAll(ids);
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement(NOTIFY)) {
            connection.setAutoCommit(true);
            Array payloads = connection.createArrayOf(
                    "text", ids.stream().map(UUID::toString).toArray());
            statement.setArray(1, payloads);
            statement.execute();
        } catch (SQLException e) {
            // Nobody hears these changes through the database; this instance's own screens at least catch up. The
            // others catch up with the session's next change, or with the resync after their own reconnect.
            LOG.warn("Could not notify other instances of {} live session change(s): {}", ids.size(), e.getMessage());
            ids.forEach(this::deliver);
        }
    }

    private void listen() {
        Duration retry = FIRST_RETRY;
        boolean missedSome = false;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, listenerProperties());
                    Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("LISTEN " + CHANNEL);
                listeningNow = true;
                retry = FIRST_RETRY;
                if (missedSome) {
                    LOG.info("Listening for live session changes again; every screen re-reads its session");
                    deliver(EVERY_SESSION);
                }
                missedSome = true;
                receive(connection.unwrap(PGConnection.class), statement);
            } catch (SQLException e) {
                if (running) {
                    LOG.warn(
                            "Live session changes from other instances are not heard ({}); retrying in {} ms",
                            e.getMessage(),
                            retry.toMillis());
                }
                missedSome = true;
            } finally {
                listeningNow = false;
            }
            if (!running || !pause(retry)) {
                return;
            }
            retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
        }
    }

    private void receive(PGConnection connection, Statement statement) throws SQLException {
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] notifications = connection.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                quietSince = System.nanoTime();
                for (PGNotification notification : notifications) {
                    sessionId(notification.getParameter()).ifPresent(this::deliver);
                }
            } else if (System.nanoTime() - quietSince > PROBE_EVERY.toNanos()) {
                // A cut network delivers nothing and raises nothing: a round trip (bounded by the socket timeout)
                // finds out.
                statement.execute("SELECT 1");
                quietSince = System.nanoTime();
            }
        }
    }

    private void deliver(UUID sessionId) {
        if (!undelivered.add(sessionId)) {
            return;
        }
        try {
            deliverer.execute(() -> {
                // Removed first: a change that arrives during the delivery is delivered again after it.
                undelivered.remove(sessionId);
                for (Consumer<UUID> listener : listeners) {
                    try {
                        listener.accept(sessionId);
                    } catch (RuntimeException e) {
                        LOG.warn("A live session listener failed for {}", sessionId, e);
                    }
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            undelivered.remove(sessionId);
        }
    }

    private Properties listenerProperties() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", LISTENER_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
        properties.setProperty("connectTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
        return properties;
    }

    private static Optional<UUID> sessionId(String payload) {
        try {
            return Optional.of(UUID.fromString(payload));
        } catch (IllegalArgumentException e) {
            LOG.debug("Ignoring a notification on {} that is not a session id: {}", CHANNEL, payload);
            return Optional.empty();
        }
    }

    /** Sleeps; false when interrupted (shutting down). */
    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
