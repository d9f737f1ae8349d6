package nl.signaal.refresher.reminder;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outbox as coordinators see it: counts and delivery state only. No query here selects recipient, subject or
 * body, so what a coordinator is shown cannot carry a learner's mail even by mistake.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReminderDeliveryRepository extends GenericRepository<Reminder, UUID> {

    @Introspected
    record WeekStatusCount(String week, String status, long total) {}

    @Introspected
    record Delivery(
            UUID id,
            UUID userId,
            String week,
            String status,
            int attempts,
            @Nullable String lastError,
            Instant nextAttemptAt) {}

    /** Rows per week and status from {@code sinceWeek} on (ISO week strings sort in time order). */
    @Query("SELECT week, status, COUNT(*) AS total FROM reminder_outbox"
            + " WHERE organisation_id = :organisationId AND week >= :sinceWeek GROUP BY week, status")
    List<WeekStatusCount> countByWeek(UUID organisationId, String sinceWeek);

    /** What is not delivered yet, whatever its week: failed first, then by next attempt. */
    @Query("SELECT id, user_id, week, status, attempts, last_error, next_attempt_at FROM reminder_outbox"
            + " WHERE organisation_id = :organisationId AND status IN ('PENDING', 'FAILED')"
            + " ORDER BY CASE WHEN status = 'FAILED' THEN 0 ELSE 1 END, next_attempt_at, id LIMIT :limit")
    List<Delivery> findUndelivered(UUID organisationId, int limit);

    @Query("SELECT COUNT(*) FROM reminder_outbox WHERE organisation_id = :organisationId"
            + " AND status IN ('PENDING', 'FAILED')")
    long countUndelivered(UUID organisationId);

    @Query("SELECT status FROM reminder_outbox WHERE id = :id AND organisation_id = :organisationId")
    List<String> findStatus(UUID id, UUID organisationId);

    /**
     * A FAILED row back to PENDING, due now; its attempts stay as they were. 0 when it was not FAILED, or when its
     * content was already forgotten ({@link ForgettingSentReminders}).
     */
    @Query("UPDATE reminder_outbox SET status = 'PENDING', next_attempt_at = :now"
            + " WHERE id = :id AND organisation_id = :organisationId AND status = 'FAILED'"
            + " AND body IS NOT NULL")
    int retry(UUID id, UUID organisationId, Instant now);
}
