package nl.signaal.track;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.signaal.certification.CertificateSubject;
import nl.signaal.certification.Certificates;
import nl.signaal.content.Track;
import nl.signaal.identity.Members;
import nl.signaal.identity.SignedInUser;
import nl.signaal.progress.Interactions;
import nl.signaal.progress.LearningRecords;
import nl.signaal.progress.Occasions;

/**
 * A track's completion, once per holder and track version: the certificate (whose unique key decides "once") and, in
 * the same transaction, the statement {@code completed tracks/<id>} (ADL course) for an organisation's LRS (decision
 * 0055), under an id derived from track, version and person.
 */
@Singleton
class TrackCompleting {
    private final Certificates certificates;
    private final LearningRecords records;
    private final Members members;

    TrackCompleting(Certificates certificates, LearningRecords records, Members members) {
        this.certificates = certificates;
        this.records = records;
        this.members = members;
    }

    /** The certificate's id when this call issued it (and recorded the completion); empty when it was held already. */
    @Transactional
    Optional<UUID> complete(UUID userId, Track track, Instant completedAt, Instant validUntil) {
        Optional<UUID> issued = certificates.issue(
                userId,
                new CertificateSubject(
                        CertificateSubject.Kind.TRACK,
                        track.id(),
                        track.version(),
                        track.title(),
                        track.studyMinutes()),
                completedAt,
                validUntil);
        Optional<Members.Person> person = members.person(userId);
        if (issued.isPresent() && person.isPresent()) {
            Map<String, String> names = Interactions.names(track.title());
            if (names.isEmpty()) {
                names = Map.of("nl", track.id());
            }
            String locale =
                    names.containsKey("nl") ? "nl" : names.keySet().iterator().next();
            records.recordOnce(
                    new SignedInUser(
                            userId,
                            person.get().organisationId(),
                            null,
                            Set.of(),
                            person.get().displayName(),
                            "",
                            locale),
                    Occasions.trackCompleted(track.id(), names, track.version(), locale),
                    Occasions.statementId("track-completed", track.id(), track.version(), userId));
        }
        return issued;
    }
}
