package nl.signaal.webinar;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import nl.signaal.webinar.WebinarLiveApi.LearnerLive;

/**
 * The live part as a learner's webinar detail shows it: the open live session's join code and the check-in only for
 * someone with a place (contract: meeting URL, check-in and live code only for place holders and organisers).
 */
@Singleton
public class WebinarLiveFields {
    private final WebinarLive live;
    private final Clock clock;

    WebinarLiveFields(WebinarLive live, Clock clock) {
        this.live = live;
        this.clock = clock;
    }

    /** {@code mine}: the reader's registration for the webinar, if any. */
    public LearnerLive of(Webinar webinar, @Nullable WebinarRegistration mine) {
        if (mine == null || !mine.registered() || webinar.cancelled()) {
            return new LearnerLive(null, null, false);
        }
        return new LearnerLive(
                live.openSession(webinar.id()).orElse(null),
                mine.attended(),
                WebinarAttendance.checkinOpen(webinar, clock.instant()));
    }
}
