package nl.signaal.insight.region;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong join codes per organisation, as a sliding window in this node's memory like the webinar check-in throttle:
 * at most {@link #FAILURES} per 10 minutes. Counted per organisation, not per person, so that several administrators
 * of one organisation do not multiply the guesses.
 */
@Singleton
class JoinCodeThrottle {
    static final int FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** Organisations remembered before the map is emptied (a crude bound). */
    static final int ORGANISATIONS = 50_000;

    private final Map<UUID, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    JoinCodeThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Seconds to wait before the next attempt; 0 when the organisation may try now. */
    long waitSeconds(UUID organisation) {
        Deque<Instant> window = failures.get(organisation);
        if (window == null) {
            return 0;
        }
        Instant now = clock.instant();
        synchronized (window) {
            while (!window.isEmpty() && !window.peekFirst().plus(WINDOW).isAfter(now)) {
                window.pollFirst();
            }
            if (window.size() < FAILURES) {
                return 0;
            }
            return Math.max(
                    1, Duration.between(now, window.peekFirst().plus(WINDOW)).toSeconds());
        }
    }

    void failed(UUID organisation) {
        if (failures.size() >= ORGANISATIONS) {
            failures.clear();
        }
        Deque<Instant> window = failures.computeIfAbsent(organisation, o -> new ArrayDeque<>());
        synchronized (window) {
            window.addLast(clock.instant());
        }
    }
}
