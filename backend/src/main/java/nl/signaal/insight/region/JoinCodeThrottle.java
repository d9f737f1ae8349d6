package nl.signaal.insight.region;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import nl.signaal.web.FailureWindow;

/**
 * Wrong join codes per organisation, as a sliding window in this node's memory like the webinar check-in throttle:
 * at most {@link #FAILURES} per 10 minutes. Counted per organisation, not per person, so that several administrators
 * of one organisation do not multiply the guesses.
 */
@Singleton
class JoinCodeThrottle extends FailureWindow {
    static final int FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** Organisations remembered before the map is emptied (a crude bound). */
    static final int ORGANISATIONS = 50_000;

    JoinCodeThrottle(Clock clock) {
        super(clock, FAILURES, WINDOW, ORGANISATIONS);
    }
}
