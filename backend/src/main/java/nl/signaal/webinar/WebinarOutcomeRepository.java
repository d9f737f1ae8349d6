package nl.signaal.webinar;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface WebinarOutcomeRepository extends GenericRepository<WebinarOutcome, UUID> {

    Optional<WebinarOutcome> findById(UUID registrationId);

    @Query("INSERT INTO webinar_outcome (registration_id, certificates_issued) VALUES (:registrationId, 0)"
            + " ON CONFLICT DO NOTHING")
    int insertUnlessPresent(UUID registrationId);

    /** The outcome locked for this transaction: certificates of one registration are decided one at a time. */
    @Query("SELECT * FROM webinar_outcome WHERE registration_id = :registrationId FOR UPDATE")
    Optional<WebinarOutcome> findByIdForUpdate(UUID registrationId);

    @Query("UPDATE webinar_outcome SET certificate_id = :certificateId, certificates_issued = :issued"
            + " WHERE registration_id = :registrationId")
    int certified(UUID registrationId, UUID certificateId, int issued);

    @Query("UPDATE webinar_outcome SET certificate_id = NULL WHERE registration_id = :registrationId")
    int uncertified(UUID registrationId);

    /** Claims the follow-up once: 1 for the one transaction that gets to plan it, 0 for every other. */
    @Query("UPDATE webinar_outcome SET follow_up_at = :at WHERE registration_id = :registrationId"
            + " AND follow_up_at IS NULL")
    int claimFollowUp(UUID registrationId, Instant at);

    @Query("UPDATE webinar_outcome SET follow_up_session_id = :sessionId WHERE registration_id = :registrationId")
    int followUpSession(UUID registrationId, UUID sessionId);
}
