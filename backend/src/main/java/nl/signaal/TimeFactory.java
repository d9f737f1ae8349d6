package nl.signaal;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Time is injected so tests can move it; production uses the system clock in UTC. */
@Factory
class TimeFactory {
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
