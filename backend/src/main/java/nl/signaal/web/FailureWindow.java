package nl.signaal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong guesses per key (a person, an organisation) as a sliding window in this node's memory: at most
 * {@code failures} per {@code window}, then wait until the oldest leaves the window. A crude bound empties the map
 * when it remembers too many keys. The webinar check-in code and the region join code use it.
 */
public class FailureWindow {
    private final Map<UUID, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int allowed;
    private final Duration window;
    private final int remembered;

    protected FailureWindow(Clock clock, int allowed, Duration window, int remembered) {
        this.clock = clock;
        this.allowed = allowed;
        this.window = window;
        this.remembered = remembered;
    }

    /** Seconds to wait before the next attempt; 0 when the key may try now. */
    public long waitSeconds(UUID key) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return 0;
        }
        Instant now = clock.instant();
        synchronized (recent) {
            while (!recent.isEmpty() && !recent.peekFirst().plus(window).isAfter(now)) {
                recent.pollFirst();
            }
            if (recent.size() < allowed) {
                return 0;
            }
            return Math.max(
                    1, Duration.between(now, recent.peekFirst().plus(window)).toSeconds());
        }
    }

    public void failed(UUID key) {
        if (failures.size() >= remembered) {
            failures.clear();
        }
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
        }
    }
}
