package nl.signaal.refresher.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
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

    /**
     * The weekly planning of a batch of organisations that share their mandatory modules, in one statement: every
     * active member with a mandatory module whose status is DUE_SOON, OVERDUE or LAPSED at {@code now} (from the
     * status moments on module_memory; {@code dueSoonBy} is now plus the due-soon window), who has not turned reminder
     * e-mail off or snoozed it past now, and has no digest for {@code week} yet, gets one PENDING row with the due
     * modules as data (module id and status, by module id); the sender renders the text. ON CONFLICT makes a learner
     * another instance planned a moment ago a no-op; rows go in by user id, so two instances at once lock in the same
     * order. Returns how many were added.
     */
    @Query("INSERT INTO reminder_outbox (id, user_id, organisation_id, week, kind, mail_key, recipient, subject, body,"
            + " locale, status, attempts, next_attempt_at, created_at, digest)"
            + " SELECT gen_random_uuid(), u.id, u.organisation_id, :week, 'WEEKLY', :week, u.email, NULL, NULL,"
            + " CASE WHEN u.locale IN ('nl', 'en', 'ar', 'tr', 'pl') THEN u.locale ELSE 'nl' END, 'PENDING', 0, :now,"
            + " :now, d.digest FROM (SELECT m.user_id, m.organisation_id, STRING_AGG(m.module_id || ':' || CASE"
            + " WHEN m.lapses_at <= :now THEN 'LAPSED' WHEN m.overdue_at <= :now THEN 'OVERDUE' ELSE 'DUE_SOON' END,"
            + " ',' ORDER BY m.module_id) AS digest FROM module_memory m WHERE m.organisation_id IN (:organisations)"
            + " AND m.remind_at <= :now AND m.module_id IN (:modules)"
            + " AND (m.due_at <= :dueSoonBy OR m.overdue_at <= :now OR m.lapses_at <= :now)"
            + " AND NOT EXISTS (SELECT 1 FROM reminder_outbox r WHERE r.user_id = m.user_id AND r.kind = 'WEEKLY'"
            + " AND r.mail_key = :week) GROUP BY m.user_id, m.organisation_id) d"
            + " JOIN app_user u ON u.id = d.user_id AND u.organisation_id = d.organisation_id"
            + " WHERE u.deactivated_at IS NULL AND NOT EXISTS (SELECT 1 FROM reminder_preference p"
            + " WHERE p.user_id = u.id AND (p.opted_out_at IS NOT NULL OR p.snoozed_until > :now))"
            + " ORDER BY u.id ON CONFLICT DO NOTHING")
    int planWeekly(
            Collection<UUID> organisations, Collection<String> modules, Instant now, Instant dueSoonBy, String week);

    /** The sender's rendering of a planned digest, stored with the row it claimed (what went out stays on record). */
    @Query("UPDATE reminder_outbox SET subject = :subject, body = :body WHERE id = :id AND claimed_by = :claim")
    int render(UUID id, String claim, String subject, String body);

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

    /** Address, subject, body, digest and invitation of settled reminders from before {@code cutoff} (by sent, else planned). */
    @Query("UPDATE reminder_outbox SET recipient = NULL, subject = NULL, body = NULL, attachment_ics = NULL,"
            + " digest = NULL WHERE status <> 'PENDING' AND (body IS NOT NULL OR recipient IS NOT NULL"
            + " OR digest IS NOT NULL) AND COALESCE(sent_at, created_at) < :cutoff")
    int forgetSettledBefore(Instant cutoff);
}
