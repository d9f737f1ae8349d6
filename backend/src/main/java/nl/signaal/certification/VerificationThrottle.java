package nl.signaal.certification;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * At most so many verifications per client address and minute (a fixed window), counted in this instance's memory:
 * with 60-bit codes, guessing is hopeless anyway; the limit keeps a scraper from trying at machine speed. Behind a
 * load balancer each instance counts apart (decision 0016). Memory stays bounded: finished windows are dropped (at most
 * once a second) when many addresses are held, and beyond {@link #MAX_ADDRESSES} live ones a new address waits, as
 * in a flood from many addresses nobody can be told apart anyway.
 */
@Singleton
class VerificationThrottle {
    private static final long WINDOW_MS = Duration.ofMinutes(1).toMillis();
    private static final int TIDY_ABOVE = 10_000;
    static final int MAX_ADDRESSES = 100_000;

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong lastTidy = new AtomicLong();

    VerificationThrottle(@Value("${signaal.certificates.verifications-per-minute:30}") int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    private record Window(long start, int count) {}

    /** Counts a verification from this address; the wait when it is one too many, else empty. */
    Optional<Duration> refuse(String address) {
        long now = clock.instant().toEpochMilli();
        if (windows.size() > TIDY_ABOVE) {
            long last = lastTidy.get();
            if (now - last >= 1000 && lastTidy.compareAndSet(last, now)) {
                windows.values().removeIf(w -> now - w.start() >= WINDOW_MS);
            }
            if (windows.size() >= MAX_ADDRESSES && !windows.containsKey(address)) {
                return Optional.of(Duration.ofMillis(WINDOW_MS));
            }
        }
        Window window = windows.compute(
                address,
                (key, old) -> old == null || now - old.start() >= WINDOW_MS
                        ? new Window(now, 1)
                        : new Window(old.start(), old.count() + 1));
        return window.count() > perMinute
                ? Optional.of(Duration.ofMillis(window.start() + WINDOW_MS - now))
                : Optional.empty();
    }
}
