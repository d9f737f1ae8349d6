package nl.signaal.webinar;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What follows a webinar, planned from the clock: certificates for the attendees once it is over, the follow-up a
 * week later. Every step is idempotent (decision 0040), so every instance may run it and a failed run is simply
 * repeated. Looks back {@link #LOOK_BACK}, so a few days of downtime lose nothing.
 */
@Singleton
class WebinarAfterwards {
    private static final Logger LOG = LoggerFactory.getLogger(WebinarAfterwards.class);
    static final Duration LOOK_BACK = Duration.ofDays(14);

    private final AttendanceRepository attendances;
    private final WebinarRepository webinars;
    private final AttendanceCertificates certificates;
    private final WebinarFollowUp followUp;
    private final Clock clock;

    WebinarAfterwards(
            AttendanceRepository attendances,
            WebinarRepository webinars,
            AttendanceCertificates certificates,
            WebinarFollowUp followUp,
            Clock clock) {
        this.attendances = attendances;
        this.webinars = webinars;
        this.certificates = certificates;
        this.followUp = followUp;
        this.clock = clock;
    }

    /** One pass; returns how many follow-ups it planned. */
    int run() {
        Instant now = clock.instant();
        for (UUID id : attendances.endedBetween(now.minus(LOOK_BACK), now)) {
            certificates.settleAll(id);
        }
        int planned = 0;
        Instant weekAgo = now.minus(WebinarFollowUp.AFTER);
        for (UUID id : attendances.endedBetween(weekAgo.minus(LOOK_BACK), weekAgo)) {
            Webinar webinar = webinars.findById(id).orElseThrow();
            for (WebinarRegistration attendee :
                    attendances.findByWebinarIdAndStatus(id, WebinarRegistration.REGISTERED)) {
                try {
                    if (followUp.plan(webinar, attendee)) {
                        planned++;
                    }
                } catch (RuntimeException e) {
                    LOG.error(
                            "Follow-up of webinar {} for registration {} failed; the next run tries again",
                            id,
                            attendee.id(),
                            e);
                }
            }
        }
        return planned;
    }
}
