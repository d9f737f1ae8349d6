package nl.signaal.live;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Ends sessions without a facilitator action or vote for {@code signaal.live.idle-timeout} (default 2 hours), once a
 * minute; every route also checks on access, so a session never outlives its timeout by more than the sweep's delay
 * unseen. Several instances may sweep at once: each end happens under the row lock and only once.
 */
@Singleton
class IdleSweep {
    private final LiveSessionRepository sessions;
    private final Facilitating facilitating;
    private final LiveBus bus;
    private final Clock clock;
    private final Duration idleTimeout;

    IdleSweep(
            LiveSessionRepository sessions,
            Facilitating facilitating,
            LiveBus bus,
            Clock clock,
            @Value("${signaal.live.idle-timeout:PT2H}") Duration idleTimeout) {
        this.sessions = sessions;
        this.facilitating = facilitating;
        this.bus = bus;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    @Scheduled(fixedDelay = "1m", initialDelay = "1m")
    void sweep() {
        for (UUID id : sessions.idleSince(clock.instant().minus(idleTimeout))) {
            if (facilitating.expireIfIdle(id)) {
                bus.publish(id);
            }
        }
    }
}
