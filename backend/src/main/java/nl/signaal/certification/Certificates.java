package nl.signaal.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.signaal.identity.Members;
import nl.signaal.identity.Members.Person;
import nl.signaal.identity.SignedInUser;
import nl.signaal.progress.Interactions;
import nl.signaal.progress.LearningRecords;
import nl.signaal.progress.Occasions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues certificates: the one way in for every feature that awards one (modules now; tracks and webinars later).
 * A holder gets one certificate per subject version, decided by the database's unique key, so issuing twice (a
 * retry, two parallel completions) issues once. It joins the caller's transaction: the certificate commits with the
 * completion that earned it, or not at all.
 */
@Singleton
public class Certificates {
    private static final Logger LOG = LoggerFactory.getLogger(Certificates.class);
    private static final int CODE_TRIES = 5;

    private final CertificateRepository certificates;
    private final Members members;
    private final JsonMapper json;
    private final Clock clock;
    private final LearningRecords records;

    Certificates(
            CertificateRepository certificates,
            Members members,
            JsonMapper json,
            Clock clock,
            LearningRecords records) {
        this.records = records;
        this.certificates = certificates;
        this.members = members;
        this.json = json;
        this.clock = clock;
    }

    /** Issues now; {@code validUntil} null means the certificate does not expire. */
    public Optional<UUID> issue(UUID userId, CertificateSubject subject, @Nullable Instant validUntil) {
        return issue(userId, subject, clock.instant(), validUntil);
    }

    /**
     * Issues a certificate dated {@code issuedAt} (the moment the subject was completed), naming the holder and their
     * organisation as they are now. Returns its id, or empty when the holder already has one for this subject version
     * or has no account.
     */
    @Transactional
    public Optional<UUID> issue(
            UUID userId, CertificateSubject subject, Instant issuedAt, @Nullable Instant validUntil) {
        Optional<Person> holder = members.person(userId);
        if (holder.isEmpty()) {
            LOG.warn("No certificate for {} {}: user {} has no account", subject.kind(), subject.id(), userId);
            return Optional.empty();
        }
        Person person = holder.get();
        String title = titleJson(subject);
        for (int attempt = 0; attempt < CODE_TRIES; attempt++) {
            UUID id = UUID.randomUUID();
            int issued = certificates.issue(
                    id,
                    userId,
                    person.organisationId(),
                    subject.kind().name(),
                    subject.id(),
                    subject.version(),
                    title,
                    subject.studyMinutes(),
                    issuedAt,
                    validUntil,
                    person.organisationName(),
                    person.displayName(),
                    VerificationCodes.generate());
            if (issued == 1) {
                LOG.info(
                        "Certificate {} issued to {} for {} {} v{}",
                        id,
                        userId,
                        subject.kind(),
                        subject.id(),
                        subject.version());
                earned(person, id, subject, validUntil);
                return Optional.of(id);
            }
            if (certificates.existsByUserIdAndSubjectKindAndSubjectIdAndSubjectVersion(
                    userId, subject.kind().name(), subject.id(), subject.version())) {
                return Optional.empty();
            }
            // Neither issued nor held: the random code was taken. Draw another.
        }
        throw new IllegalStateException("No free verification code after " + CODE_TRIES + " tries");
    }

    /**
     * Takes back a certificate the issuing feature no longer stands behind (a webinar attendance corrected to "not
     * attended"): revoked like an administrator's revocation, by {@code by}, so its code verifies as revoked. False
     * when it was revoked already or does not exist.
     */
    @Transactional
    public boolean withdraw(UUID certificateId, UUID by, String reason) {
        return certificates
                .findById(certificateId)
                .filter(certificate ->
                        certificates.revoke(certificateId, certificate.organisationId(), clock.instant(), by, reason)
                                == 1)
                .isPresent();
    }

    /**
     * The statement for an organisation's LRS (decision 0055): earned the certificate, its parent what it certifies,
     * its expiry as an extension. In the issuing transaction, under an id derived from the certificate.
     */
    private void earned(Person person, UUID certificate, CertificateSubject subject, @Nullable Instant validUntil) {
        Map<String, String> names = Interactions.names(subject.title());
        if (names.isEmpty()) {
            names = Map.of("nl", subject.id());
        }
        String locale =
                names.containsKey("nl") ? "nl" : names.keySet().iterator().next();
        String certifies = switch (subject.kind()) {
            case MODULE -> "modules/" + subject.id();
            case TRACK -> "tracks/" + subject.id();
            case WEBINAR -> "webinars/" + subject.id();
        };
        records.recordOnce(
                new SignedInUser(
                        person.id(), person.organisationId(), null, Set.of(), person.displayName(), "", locale),
                Occasions.certificateEarned(certificate, certifies, names, subject.version(), validUntil, locale),
                Occasions.statementId("certificate-earned", certificate));
    }

    private String titleJson(CertificateSubject subject) {
        try {
            return json.writeValueAsString(new TreeMap<>(subject.title().byLocale()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
