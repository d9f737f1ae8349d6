package nl.signaal;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * A pooled connection that the database has ended (a failover or restart, an operator's pg_terminate_backend, a
 * firewall cutting idle connections) is found out when the pool hands it out, not by the request that uses it: that
 * request would answer 500, one per dead connection in the pool (issue 9, hole 11).
 * <p>
 * HikariCP checks a connection before lending it only when it has been idle longer than its "alive bypass window"
 * (500 ms, a system property read when the pool starts); a dead one is closed and the next one tried, so the borrower
 * never sees it. This sets the window to {@code signaal.database.check-after} (0: every time; one round trip of well
 * under a millisecond) before the pool is built. The retry is at the one place every request passes and before any
 * work is done, so it is safe for every request, idempotent or not. {@code keepalive-time} in application.yml also
 * tests idle connections in the background.
 */
@Singleton
class ConnectionChecks implements BeanCreatedEventListener<DatasourceConfiguration> {
    static final String ALIVE_BYPASS_WINDOW = "com.zaxxer.hikari.aliveBypassWindowMs";

    private final Duration checkAfter;

    ConnectionChecks(@Value("${signaal.database.check-after:0ms}") Duration checkAfter) {
        this.checkAfter = checkAfter;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        if (System.getProperty(ALIVE_BYPASS_WINDOW) == null) {
            System.setProperty(ALIVE_BYPASS_WINDOW, String.valueOf(checkAfter.toMillis()));
        }
        return event.getBean();
    }
}
