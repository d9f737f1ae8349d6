package nl.signaal.refresher.reminder;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.email.Attachment;
import io.micronaut.email.BodyType;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.signaal.refresher.link.ReminderLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox. Safe with several application instances on one database: a row is only sent by the batch that
 * claimed it, and a claim is an UPDATE that only succeeds on an unclaimed (or expired) pending row.
 * <ul>
 * <li>PostgreSQL: one {@code UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED)} per batch; instances
 * claiming at the same moment take different rows instead of waiting on each other.</li>
 * <li>H2 (no SKIP LOCKED): read candidates, then claim each with a conditional
 * {@code UPDATE ... WHERE id = ? AND (claimed_until IS NULL OR claimed_until < now)}; the row lock and the re-checked
 * condition let exactly one instance get update count 1. This form holds on PostgreSQL too.</li>
 * </ul>
 * A claim is a token (instance id plus a random batch id) in claimed_by with a lease in claimed_until; a crashed
 * instance's rows come back when the lease ends. Delivery is at-least-once only in one case: the mail went out but
 * the instance died before marking it SENT, and the lease expired.
 */
@Singleton
class SendingReminders {
    private static final Logger LOG = LoggerFactory.getLogger(SendingReminders.class);
    static final Duration LEASE = Duration.ofMinutes(5);
    static final Duration MAX_BACKOFF = Duration.ofHours(1);
    static final int MAX_ATTEMPTS = 10;
    static final int BATCH = 50;
    static final String INVITATION_FILE = "invitation.ics";

    private final ReminderRepository outbox;
    private final EmailSender<Message, ?> sender;
    private final ReminderLinks links;
    private final ReminderPreferences preferences;
    private final WeeklyDigest digests;
    private final Clock clock;
    private final String instanceId;
    private final SkipLockedClaim skipLocked;
    private final int batch;

    @Inject
    SendingReminders(
            ReminderRepository outbox,
            EmailSender<Message, ?> sender,
            ReminderLinks links,
            ReminderPreferences preferences,
            WeeklyDigest digests,
            Clock clock,
            @Value("${signaal.reminders.instance-id:}") String instanceId,
            @Value("${datasources.default.url}") String databaseUrl,
            SkipLockedClaim skipLocked) {
        this(
                outbox,
                sender,
                links,
                preferences,
                digests,
                clock,
                instanceId.isBlank() ? UUID.randomUUID().toString() : instanceId,
                databaseUrl.startsWith("jdbc:postgresql:") ? skipLocked : null,
                BATCH);
    }

    SendingReminders(
            ReminderRepository outbox,
            EmailSender<Message, ?> sender,
            ReminderLinks links,
            ReminderPreferences preferences,
            WeeklyDigest digests,
            Clock clock,
            String instanceId,
            @Nullable SkipLockedClaim skipLocked,
            int batch) {
        this.outbox = outbox;
        this.sender = sender;
        this.links = links;
        this.preferences = preferences;
        this.digests = digests;
        this.clock = clock;
        this.instanceId = instanceId.length() > 60 ? instanceId.substring(0, 60) : instanceId;
        this.skipLocked = skipLocked;
        this.batch = batch;
    }

    /** Claims one batch of due reminders and sends them; returns how many went out. */
    int sendDue() {
        String claim = instanceId + "/" + UUID.randomUUID();
        int sent = 0;
        for (Reminder reminder : claim(claim, clock.instant())) {
            if (deliver(reminder, claim)) {
                sent++;
            }
        }
        return sent;
    }

    private List<Reminder> claim(String claim, Instant now) {
        Instant until = now.plus(LEASE);
        if (skipLocked != null) {
            skipLocked.claim(claim, until, now, batch);
        } else {
            for (Reminder candidate : outbox.findClaimable(now, batch)) {
                try {
                    outbox.claim(candidate.id(), claim, until, now);
                } catch (DataAccessException e) {
                    LOG.debug("Lost the claim on reminder {}", candidate.id(), e);
                }
            }
        }
        return outbox.findByClaimedByOrderByCreatedAt(claim);
    }

    private boolean deliver(Reminder planned, String claim) {
        boolean weekly = Reminder.WEEKLY.equals(planned.kind());
        if (weekly
                && !preferences
                        .remindable(List.of(planned.userId()), clock.instant())
                        .contains(planned.userId())) {
            // Snoozed or turned off after this was planned: the learner's latest word counts.
            outbox.markWithdrawn(planned.id(), claim);
            return false;
        }
        Reminder reminder = rendered(planned, claim);
        try {
            Email.Builder mail = Email.builder()
                    .to(reminder.recipient())
                    .subject(reminder.subject())
                    .body(reminder.body(), BodyType.TEXT);
            if (reminder.attachmentIcs() != null) {
                mail.attachment(invitation(reminder.attachmentIcs(), reminder.attachmentMethod()));
            }
            if (weekly) {
                String oneClick = links.oneClickUnsubscribe(reminder.userId(), clock.instant());
                sender.send(mail, message -> listUnsubscribe(message, oneClick));
            } else {
                // A notice about the holder's own certificate, not the digest: the digest's opt-out and its
                // unsubscribe link do not apply (decision 0019).
                sender.send(mail);
            }
        } catch (RuntimeException e) {
            int attempts = reminder.attempts() + 1;
            String status = attempts >= MAX_ATTEMPTS ? Reminder.FAILED : Reminder.PENDING;
            // The raw exception names the learner's address: only the redacted reason is stored and logged.
            String reason = SmtpFailure.reason(e, reminder.recipient());
            outbox.markFailed(
                    reminder.id(), claim, status, reason, clock.instant().plus(backoff(attempts)));
            LOG.warn("Reminder {} not sent (attempt {}): {}", reminder.id(), attempts, reason);
            return false;
        }
        outbox.markSent(reminder.id(), claim, clock.instant());
        return true;
    }

    /**
     * A digest planned as data gets its subject and body now (decision 0057), stored with the row before it is sent,
     * so a retry sends the same text and the row keeps what went out until the retention period ends.
     */
    private Reminder rendered(Reminder reminder, String claim) {
        if (reminder.body() != null || reminder.digest() == null) {
            return reminder;
        }
        WeeklyDigest.Text text =
                digests.render(reminder.userId(), reminder.locale(), reminder.digest(), clock.instant());
        outbox.render(reminder.id(), claim, text.subject(), text.body());
        return new Reminder(
                reminder.id(),
                reminder.userId(),
                reminder.organisationId(),
                reminder.week(),
                reminder.kind(),
                reminder.mailKey(),
                reminder.recipient(),
                text.subject(),
                text.body(),
                reminder.locale(),
                reminder.status(),
                reminder.attempts(),
                reminder.lastError(),
                reminder.nextAttemptAt(),
                reminder.claimedBy(),
                reminder.claimedUntil(),
                reminder.createdAt(),
                reminder.sentAt(),
                reminder.attachmentIcs(),
                reminder.attachmentMethod(),
                reminder.digest());
    }

    /**
     * The invitation as calendar clients look for it (RFC 6047): a text/calendar part whose content type repeats the
     * ICS METHOD, beside the text, so the mail still reads well in a client without calendar support.
     */
    static Attachment invitation(String ics, @Nullable String method) {
        return Attachment.builder()
                .filename(INVITATION_FILE)
                .contentType("text/calendar; method=" + (method == null ? "REQUEST" : method) + "; charset=UTF-8")
                .content(ics.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /**
     * RFC 2369 List-Unsubscribe with RFC 8058 one-click: the mail provider POSTs {@code List-Unsubscribe=One-Click}
     * to the signed URL, without cookies; the signature is the authentication.
     */
    private static void listUnsubscribe(Message message, String url) {
        try {
            message.setHeader("List-Unsubscribe", "<" + url + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not add the List-Unsubscribe header", e);
        }
    }

    /** 1, 2, 4, 8 ... minutes after the first, second, third ... failure; at most an hour. */
    static Duration backoff(int attempts) {
        Duration wait = Duration.ofMinutes(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
