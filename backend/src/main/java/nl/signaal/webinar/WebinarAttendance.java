package nl.signaal.webinar;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;

/**
 * Attendance (decision 0040): seen in the live part (LIVE), checked in with the code shown during the webinar (CODE),
 * or set by an organiser afterwards (ORGANISER, which the automatic sources never overwrite). A change after the
 * webinar is over settles the attendance certificate in the same transaction.
 */
@Singleton
public class WebinarAttendance {
    /** Check-in opens this long before the start and closes this long after the end. */
    static final Duration OPENS_BEFORE = Duration.ofMinutes(15);

    static final Duration CLOSES_AFTER = Duration.ofMinutes(30);

    private final AttendanceRepository attendances;
    private final WebinarRegistrationRepository registrations;
    private final WebinarRepository webinars;
    private final AttendanceCertificates certificates;
    private final Clock clock;

    WebinarAttendance(
            AttendanceRepository attendances,
            WebinarRegistrationRepository registrations,
            WebinarRepository webinars,
            AttendanceCertificates certificates,
            Clock clock) {
        this.attendances = attendances;
        this.registrations = registrations;
        this.webinars = webinars;
        this.certificates = certificates;
        this.clock = clock;
    }

    /**
     * The person joined the webinar's live session signed in: they attend if they have a place. Called by the live
     * feature inside the join's transaction; anyone else who has the code joins as in any live session, unmarked.
     */
    @Transactional
    public void joinedLive(UUID webinarId, UUID userId) {
        seen(webinarId, userId, WebinarRegistration.BY_LIVE);
    }

    /** Whether check-in with the code is possible now: from 15 minutes before the start until 30 after the end. */
    static boolean checkinOpen(Webinar webinar, Instant now) {
        return !webinar.cancelled()
                && webinar.checkinCode() != null
                && !now.isBefore(webinar.startsAt().minus(OPENS_BEFORE))
                && now.isBefore(webinar.endsAt().plus(CLOSES_AFTER));
    }

    /** The place holder checked in with the code (already compared); idempotent. */
    @Transactional
    void checkedIn(Webinar webinar, SignedInUser user) {
        seen(webinar.id(), user.id(), WebinarRegistration.BY_CODE);
    }

    /** The organiser's correction; 404 when the registration is not one of this webinar, 409 when it is no place. */
    @Transactional
    WebinarRegistration correct(SignedInUser organiser, Webinar webinar, UUID registrationId, boolean attended) {
        WebinarRegistration registration = attendances
                .findById(registrationId)
                .filter(r -> r.webinarId().equals(webinar.id()))
                .orElseThrow(() -> ApiException.notFound("No such registration for this webinar."));
        if (!registration.registered()) {
            throw ApiException.conflict("Only someone with a place can attend: this registration is "
                    + registration.status().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        attendances.corrected(registrationId, webinar.id(), attended, clock.instant());
        WebinarRegistration now = attendances.findById(registrationId).orElseThrow();
        certificates.settle(webinar, now, organiser.id());
        return now;
    }

    private void seen(UUID webinarId, UUID userId, String source) {
        if (attendances.seen(webinarId, userId, source, clock.instant()) == 0) {
            return;
        }
        Webinar webinar = webinars.findById(webinarId).orElseThrow();
        registrations
                .findByWebinarIdAndUserId(webinarId, userId)
                .ifPresent(registration -> certificates.settle(webinar, registration, webinar.organiserId()));
    }
}
