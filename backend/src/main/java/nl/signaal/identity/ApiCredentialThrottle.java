package nl.signaal.identity;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed HTTP Basic logins on the xAPI endpoints per client address, in a fixed 10-minute window in this node's memory
 * (as VerificationThrottle and JoinThrottle): beyond {@code signaal.xapi.failed-logins-per-10-minutes} (default 20)
 * the address gets 429 without its credentials being looked at. A secret is 256 random bits, so guessing is hopeless
 * anyway; the limit stops a client with a wrong secret from hammering the database, and a scanner from trying at
 * machine speed. Successful calls are not counted: a syncing LRS may call as often as it likes.
 */
@Singleton
class ApiCredentialThrottle {
    private static final long WINDOW_MS = Duration.ofMinutes(10).toMillis();
    static final int MAX_ADDRESSES = 50_000;

    private final int failures;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    ApiCredentialThrottle(@Value("${signaal.xapi.failed-logins-per-10-minutes:20}") int failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    private record Window(long start, int count) {}

    /** How long this address must wait before its credentials are checked again; empty if it may go ahead. */
    Optional<Duration> refuse(String address) {
        long now = clock.instant().toEpochMilli();
        Window window = windows.get(address);
        if (window == null || now - window.start() >= WINDOW_MS || window.count() < failures) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(Math.max(1000, window.start() + WINDOW_MS - now)));
    }

    void failed(String address) {
        long now = clock.instant().toEpochMilli();
        if (windows.size() >= MAX_ADDRESSES && !windows.containsKey(address)) {
            windows.values().removeIf(w -> now - w.start() >= WINDOW_MS);
            if (windows.size() >= MAX_ADDRESSES) {
                // A flood from this many addresses gets past any per-address limit anyway; start afresh.
                windows.clear();
            }
        }
        windows.compute(
                address,
                (key, old) -> old == null || now - old.start() >= WINDOW_MS
                        ? new Window(now, 1)
                        : new Window(old.start(), old.count() + 1));
    }

    /** Answered as 429 with Retry-After (ApiCredentialThrottledHandler). */
    static final class Throttled extends RuntimeException {
        private final Duration retryAfter;

        Throttled(Duration retryAfter) {
            super("Too many failed xAPI logins from this address", null, false, false);
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }
}
