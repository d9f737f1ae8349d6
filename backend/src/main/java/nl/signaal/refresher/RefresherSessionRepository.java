package nl.signaal.refresher;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RefresherSessionRepository extends GenericRepository<RefresherSession, UUID> {

    RefresherSession save(RefresherSession session);

    Optional<RefresherSession> findById(UUID id);

    long countByUserId(UUID userId);

    java.util.List<RefresherSession> findByUserIdOrderByStartedAt(UUID userId);

    @Query(
            "DELETE FROM refresher_answer WHERE session_id IN (SELECT id FROM refresher_session WHERE user_id = :userId)")
    int deleteAnswersOfUser(UUID userId);

    @Query("DELETE FROM refresher_session WHERE user_id = :userId")
    int deleteOfUser(UUID userId);

    void updateFinishedAt(@Id UUID id, Instant finishedAt);

    /**
     * Claims the item's one answer in the session: the primary key (session_id, item_id) fails a second one, also
     * when two arrive at the same moment (the learning record is written in the same transaction).
     */
    @Query("INSERT INTO refresher_answer (session_id, item_id, statement_id, answered_at)"
            + " VALUES (:sessionId, :itemId, :statementId, :answeredAt)")
    void addAnswer(UUID sessionId, String itemId, UUID statementId, Instant answeredAt);
}
