package nl.signaal.live;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LiveSessionRepository extends GenericRepository<LiveSession, UUID> {

    LiveSession save(LiveSession session);

    LiveSession update(LiveSession session);

    Optional<LiveSession> findById(UUID id);

    /** Locks the row until the transaction ends: facilitator actions on one session happen one after the other. */
    Optional<LiveSession> findByIdForUpdate(UUID id);

    Optional<LiveSession> findByOpenCode(String openCode);

    boolean existsByOpenCode(String openCode);

    List<LiveSession> findByOrganisationIdAndCreatedAtGreaterThanOrderByCreatedAtDesc(
            UUID organisationId, Instant after);

    List<LiveSession> findByOrganisationIdAndStatusNotEqualOrderByCreatedAtDesc(UUID organisationId, String status);

    @Query("SELECT id FROM live_session WHERE status <> 'ENDED' AND last_activity_at < :before")
    List<UUID> idleSince(Instant before);

    /** Catches last_activity_at up with the latest vote (votes count on the gates, not on this row). */
    @Query("UPDATE live_session SET last_activity_at = :at WHERE id = :id AND last_activity_at < :at")
    int touch(UUID id, Instant at);

    /** Marks a change of the crowd (a join, a removal): a new event id, no facilitator revision. */
    @Query("UPDATE live_session SET crowd_revision = crowd_revision + 1 WHERE id = :id AND status <> 'ENDED'")
    int crowdChanged(UUID id);

    List<LiveSession> findByFacilitatorIdOrderByCreatedAt(UUID facilitatorId);

    @Query("UPDATE live_session SET facilitator_id = :pseudonym WHERE facilitator_id = :userId")
    int replaceFacilitator(UUID userId, UUID pseudonym);

    /** The live sessions opened for a webinar, oldest first. */
    List<LiveSession> findByWebinarIdOrderByCreatedAt(UUID webinarId);
}
