package nl.signaal.refresher.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The reminder outbox. The claim queries are the whole of the multi-instance safety: see {@link SendingReminders}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReminderRepository extends CrudRepository<Reminder, UUID> {

    boolean existsByUserIdAndWeek(UUID userId, String week);

    /**
     * Plans a mail unless the user already has one of this kind and key: 1 when added, 0 when it was there (planned
     * before, or a moment ago by another instance). ON CONFLICT keeps a duplicate from aborting the transaction.
     */
    @Query("INSERT INTO reminder_outbox (id, user_id, organisation_id, week, kind, mail_key, recipient, subject, body,"
            + " locale, status, attempts, next_attempt_at, created_at, attachment_ics, attachment_method) VALUES (:id,"
            + " :userId, :organisationId, :week, :kind, :mailKey, :recipient, :subject, :body, :locale, 'PENDING', 0, :at,"
            + " :at, :attachmentIcs, :attachmentMethod) ON CONFLICT DO NOTHING")
    int planOnce(
            UUID id,
            UUID userId,
            UUID organisationId,
            String week,
            String kind,
            String mailKey,
            String recipient,
            String subject,
            String body,
            String locale,
            Instant at,
            @Nullable String attachmentIcs,
            @Nullable String attachmentMethod);

    boolean existsByUserIdAndKindAndMailKey(UUID userId, String kind, String mailKey);

    List<Reminder> findByUserId(UUID userId);

    @Query("DELETE FROM reminder_outbox WHERE user_id = :userId")
    int deleteOfUser(UUID userId);

    /** A batch in the order it was planned: two mails about one thing (a place, then its cancellation) arrive so. */
    List<Reminder> findByClaimedByOrderByCreatedAt(String claimedBy);

    /** Candidates for the portable claim; reading them claims nothing. */
    @Query("SELECT * FROM reminder_outbox WHERE status = 'PENDING' AND next_attempt_at <= :now"
            + " AND (claimed_until IS NULL OR claimed_until < :now) ORDER BY next_attempt_at LIMIT :limit")
    List<Reminder> findClaimable(Instant now, int limit);

    /** Portable conditional claim of one row (H2 and PostgreSQL): 1 when this claim won it, 0 when another did. */
    @Query("UPDATE reminder_outbox SET claimed_by = :claim, claimed_until = :until WHERE id = :id"
            + " AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < :now)")
    int claim(UUID id, String claim, Instant until, Instant now);

    @Query("UPDATE reminder_outbox SET status = 'SENT', sent_at = :at, claimed_until = NULL"
            + " WHERE id = :id AND claimed_by = :claim")
    int markSent(UUID id, String claim, Instant at);

    @Query("UPDATE reminder_outbox SET status = 'WITHDRAWN', claimed_until = NULL"
            + " WHERE id = :id AND claimed_by = :claim")
    int markWithdrawn(UUID id, String claim);

    @Query(
            "UPDATE reminder_outbox SET status = :status, attempts = attempts + 1, last_error = :error,"
                    + " next_attempt_at = :next, claimed_by = NULL, claimed_until = NULL WHERE id = :id AND claimed_by = :claim")
    int markFailed(UUID id, String claim, String status, String error, Instant next);

    /** Address, subject, body and invitation of settled reminders from before {@code cutoff} (by sent, else planned). */
    @Query("UPDATE reminder_outbox SET recipient = NULL, subject = NULL, body = NULL, attachment_ics = NULL"
            + " WHERE status <> 'PENDING' AND body IS NOT NULL AND COALESCE(sent_at, created_at) < :cutoff")
    int forgetSettledBefore(Instant cutoff);
}
