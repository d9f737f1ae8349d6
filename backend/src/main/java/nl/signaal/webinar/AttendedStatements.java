package nl.signaal.webinar;

import jakarta.inject.Singleton;
import java.util.Set;
import nl.signaal.identity.SignedInUser;
import nl.signaal.progress.LearningRecords;
import nl.signaal.progress.Occasions;

/**
 * A place holder marked present gets one statement: attended the webinar {@code webinars/<id>} (ADL meeting), lasting
 * the webinar's scheduled span (decision 0055). Written when the attendance is settled after the webinar, in that
 * transaction, under an id derived from webinar and person: settling again, or marking present again after a
 * correction, writes nothing more. Signaal never voids, so a later correction to "not attended" withdraws the
 * certificate but leaves this statement.
 */
@Singleton
class AttendedStatements {
    private final LearningRecords records;
    private final WebinarTexts texts;

    AttendedStatements(LearningRecords records, WebinarTexts texts) {
        this.records = records;
        this.texts = texts;
    }

    void attended(Webinar webinar, WebinarRegistration registration) {
        SignedInUser learner = new SignedInUser(
                registration.userId(), registration.organisationId(), null, Set.of(), "", "", webinar.language());
        records.recordOnce(
                learner,
                Occasions.webinarAttended(
                        webinar.id(),
                        texts.read(webinar.title()),
                        webinar.sequence(),
                        webinar.startsAt(),
                        webinar.endsAt(),
                        webinar.language()),
                Occasions.statementId("webinar-attended", webinar.id(), registration.userId()));
    }
}
