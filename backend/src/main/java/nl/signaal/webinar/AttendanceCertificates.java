package nl.signaal.webinar;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.certification.CertificateSubject;
import nl.signaal.certification.CertificateSubject.Kind;
import nl.signaal.certification.Certificates;
import nl.signaal.content.Localized;

/**
 * The attendance certificate (decision 0040): once a webinar is over, every place holder whose attendance is true holds
 * one (subject WEBINAR, study load = the webinar's study minutes, dated at the webinar's end); a correction to "not
 * attended" revokes it, a correction back issues a new one (the next subject version: the revoked one keeps its
 * version, and the certificate's unique key is per version). Runs inside the caller's transaction; the outcome row is
 * locked, so two settlements of one registration (the job and a correction) decide one after the other.
 */
@Singleton
class AttendanceCertificates {
    static final String WITHDRAWN = "Attendance of the webinar was corrected to: not attended.";

    private final Certificates certificates;
    private final WebinarOutcomeRepository outcomes;
    private final WebinarTexts texts;
    private final WebinarRepository webinars;
    private final AttendanceRepository attendances;
    private final Clock clock;
    private final AttendedStatements attendedStatements;

    AttendanceCertificates(
            Certificates certificates,
            WebinarOutcomeRepository outcomes,
            WebinarTexts texts,
            WebinarRepository webinars,
            AttendanceRepository attendances,
            AttendedStatements attendedStatements,
            Clock clock) {
        this.attendedStatements = attendedStatements;
        this.webinars = webinars;
        this.attendances = attendances;
        this.certificates = certificates;
        this.outcomes = outcomes;
        this.texts = texts;
        this.clock = clock;
    }

    /** Certifies every attendee of an ended webinar who has no certificate yet (the job's pass), in one transaction. */
    @Transactional
    void settleAll(UUID webinarId) {
        Webinar webinar = webinars.findById(webinarId).orElseThrow();
        for (WebinarRegistration attendee :
                attendances.findByWebinarIdAndStatus(webinarId, WebinarRegistration.REGISTERED)) {
            if (Boolean.TRUE.equals(attendee.attended())) {
                settle(webinar, attendee, webinar.organiserId());
            }
        }
    }

    /** Brings the registration's certificate in line with its attendance; nothing before the webinar is over. */
    void settle(Webinar webinar, WebinarRegistration registration, UUID actor) {
        if (webinar.cancelled() || !webinar.over(clock.instant())) {
            return;
        }
        boolean earns = registration.registered() && Boolean.TRUE.equals(registration.attended());
        Optional<WebinarOutcome> known = outcomes.findByIdForUpdate(registration.id());
        if (known.isEmpty()) {
            if (!earns) {
                return; // nothing held, nothing earned: no row needed
            }
            outcomes.insertUnlessPresent(registration.id());
            known = outcomes.findByIdForUpdate(registration.id());
        }
        WebinarOutcome outcome = known.orElseThrow();
        if (earns) {
            attendedStatements.attended(webinar, registration);
        }
        if (earns && outcome.certificateId() == null) {
            int version = outcome.certificatesIssued() + 1;
            certificates
                    .issue(registration.userId(), subject(webinar, version), webinar.endsAt(), null)
                    .ifPresent(id -> outcomes.certified(registration.id(), id, version));
        } else if (!earns && outcome.certificateId() != null) {
            certificates.withdraw(outcome.certificateId(), actor, WITHDRAWN);
            outcomes.uncertified(registration.id());
        }
    }

    private CertificateSubject subject(Webinar webinar, int version) {
        return new CertificateSubject(
                Kind.WEBINAR,
                webinar.id().toString(),
                version,
                new Localized(texts.read(webinar.title())),
                webinar.studyMinutes());
    }
}
