package nl.signaal.live;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Join attempts per client address, as sliding windows in this node's memory: at most 10 failed joins (a wrong code)
 * per 10 minutes, and at most {@code signaal.live.joins-per-minute} joins per minute (default 60). Per node, so N
 * nodes allow N times as much (docs/decisions/0015-live-sessions.md): enough to make guessing a 6-digit code among
 * the open ones hopeless, without a database write for every phone that joins.
 */
@Singleton
class JoinThrottle {
    static final int FAILURES = 10;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(10);
    static final Duration JOIN_WINDOW = Duration.ofMinutes(1);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> joins = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int joinsPerMinute;

    JoinThrottle(Clock clock, @Value("${signaal.live.joins-per-minute:60}") int joinsPerMinute) {
        this.clock = clock;
        this.joinsPerMinute = joinsPerMinute;
    }

    /** Seconds to wait before this address may try again; 0 when it may join now (and the try is counted). */
    long attempt(String address) {
        Instant now = clock.instant();
        long failed = waitFor(failures, address, FAILURES, FAILURE_WINDOW, now);
        if (failed > 0) {
            return failed;
        }
        long busy = waitFor(joins, address, joinsPerMinute, JOIN_WINDOW, now);
        if (busy > 0) {
            return busy;
        }
        joins.computeIfAbsent(address, a -> new ArrayDeque<>());
        add(joins, address, now);
        return 0;
    }

    void failed(String address) {
        failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        add(failures, address, clock.instant());
    }

    private static void add(Map<String, Deque<Instant>> windows, String address, Instant now) {
        windows.computeIfPresent(address, (a, window) -> {
            window.addLast(now);
            return window;
        });
    }

    private static long waitFor(
            Map<String, Deque<Instant>> windows, String address, int limit, Duration window, Instant now) {
        long[] seconds = {0};
        windows.computeIfPresent(address, (a, times) -> {
            Instant since = now.minus(window);
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.removeFirst();
            }
            if (times.size() >= limit) {
                Duration left = Duration.between(now, times.peekFirst().plus(window));
                seconds[0] = Math.max(1, (left.toMillis() + 999) / 1000);
            }
            return times.isEmpty() ? null : times;
        });
        return seconds[0];
    }

    /** Forgets addresses whose windows emptied, so the maps only hold recent callers. */
    @Scheduled(fixedDelay = "5m")
    void forget() {
        Instant now = clock.instant();
        failures.keySet().forEach(address -> waitFor(failures, address, FAILURES, FAILURE_WINDOW, now));
        joins.keySet().forEach(address -> waitFor(joins, address, joinsPerMinute, JOIN_WINDOW, now));
    }
}
