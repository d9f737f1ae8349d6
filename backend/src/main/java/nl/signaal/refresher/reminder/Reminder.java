package nl.signaal.refresher.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A reminder e-mail in the outbox: decided by {@link PlanningReminders} (the weekly digest) or through {@link Outbox} by
 * another feature, delivered by {@link SendingReminders}. {@code week} is the ISO week it was planned in; {@code kind}
 * and {@code mailKey} (unique per user) say what it is about: for {@link #WEEKLY} the week itself. A mail may carry one
 * calendar invitation ({@code attachmentIcs}, sent as text/calendar with {@code attachmentMethod}). Recipient, subject,
 * body and invitation are null once {@link ForgettingSentReminders} removed them after the retention period. A
 * {@link #WEEKLY} digest is planned as data, {@code digest} (see {@link WeeklyDigest}), with subject and body empty:
 * the sender renders them in the learner's locale just before sending and stores them with the row.
 */
@MappedEntity(value = "reminder_outbox", escape = false)
record Reminder(
        @Id UUID id,
        UUID userId,
        UUID organisationId,
        String week,
        String kind,
        String mailKey,
        @Nullable String recipient,
        @Nullable String subject,
        @Nullable String body,
        String locale,
        String status,
        int attempts,
        @Nullable String lastError,
        Instant nextAttemptAt,
        @Nullable String claimedBy,
        @Nullable Instant claimedUntil,
        Instant createdAt,
        @Nullable Instant sentAt,
        @Nullable String attachmentIcs,
        @Nullable String attachmentMethod,
        @Nullable String digest) {
    /** The weekly refresher digest: the learner's reminder preference applies, with one-click unsubscribe. */
    static final String WEEKLY = "WEEKLY";

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    /** Not sent: the learner snoozed or turned reminders off after it was planned. */
    static final String WITHDRAWN = "WITHDRAWN";
}
