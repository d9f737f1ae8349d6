package nl.signaal.webinar;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import nl.signaal.web.FailureWindow;

/**
 * Wrong check-in codes per person, as a sliding window in this node's memory: at most {@link #FAILURES} per 10 minutes
 * (per node, as the live join throttle). Why that is enough: a code is 6 of 31 characters (31^6, about 887 million);
 * check-in is open for the webinar's length plus 45 minutes, so a person gets a few dozen guesses at a webinar of two
 * hours, a chance below one in ten million, and only for a webinar they have a place for. A typo or two stays free.
 */
@Singleton
class CheckinThrottle extends FailureWindow {
    static final int FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** People remembered before the map is emptied (a crude bound). */
    static final int PEOPLE = 50_000;

    CheckinThrottle(Clock clock) {
        super(clock, FAILURES, WINDOW, PEOPLE);
    }
}
