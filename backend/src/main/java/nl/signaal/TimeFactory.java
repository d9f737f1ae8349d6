package nl.signaal;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * Time is injected so tests can move it. It ticks in microseconds, the precision both databases
 * store, so an instant read back equals the one written.
 */
@Factory
class TimeFactory {
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
