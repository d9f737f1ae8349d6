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
interface LiveParticipantRepository extends GenericRepository<LiveParticipant, UUID> {

    LiveParticipant save(LiveParticipant participant);

    LiveParticipant update(LiveParticipant participant);

    Optional<LiveParticipant> findById(UUID id);

    Optional<LiveParticipant> findByTokenHash(String tokenHash);

    List<LiveParticipant> findBySessionIdAndRemovedAtIsNullOrderByJoinedAt(UUID sessionId);

    long countBySessionIdAndRemovedAtIsNull(UUID sessionId);

    long countBySessionId(UUID sessionId);

    boolean existsBySessionIdAndNickname(UUID sessionId, String nickname);

    @Query("SELECT id FROM live_participant WHERE session_id = :sessionId AND removed_at IS NOT NULL")
    List<UUID> removedOf(UUID sessionId);

    @Query("UPDATE live_participant SET removed_at = :now WHERE id = :id AND removed_at IS NULL")
    int remove(UUID id, Instant now);

    List<LiveParticipant> findByUserIdOrderByJoinedAt(UUID userId);

    /** Erasure: the participant belongs to nobody any more; its nickname (the display name) becomes a neutral one. */
    @Query("""
            UPDATE live_participant SET user_id = NULL, user_organisation_id = NULL,
              nickname = CONCAT('~', SUBSTRING(CAST(id AS VARCHAR(36)), 1, 8))
            WHERE user_id = :userId""")
    int unlink(UUID userId);
}
