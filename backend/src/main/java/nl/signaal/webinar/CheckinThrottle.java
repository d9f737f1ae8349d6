package nl.signaal.webinar;

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
 * Wrong check-in codes per person, as a sliding window in this node's memory: at most {@link #FAILURES} per 10 minutes
 * (per node, as the live join throttle). Why that is enough: a code is 6 of 31 characters (31^6, about 887 million);
 * check-in is open for the webinar's length plus 45 minutes, so a person gets a few dozen guesses at a webinar of two
 * hours, a chance below one in ten million, and only for a webinar they have a place for. A typo or two stays free.
 */
@Singleton
class CheckinThrottle {
    static final int FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** People remembered before the map is emptied (a crude bound; only place holders ever get here). */
    static final int PEOPLE = 50_000;

    private final Map<UUID, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    CheckinThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Seconds to wait before the next attempt; 0 when the person may try now. */
    long waitSeconds(UUID person) {
        Deque<Instant> window = failures.get(person);
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

    void failed(UUID person) {
        if (failures.size() >= PEOPLE) {
            failures.clear();
        }
        Deque<Instant> window = failures.computeIfAbsent(person, p -> new ArrayDeque<>());
        synchronized (window) {
            window.addLast(clock.instant());
        }
    }
}
