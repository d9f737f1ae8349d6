package nl.signaal.refresher.reminder;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The reminder outbox for other features' mails (decision 0019): a feature decides what to say and to whom; the
 * outbox sends it with the weekly digest's delivery guarantees (claimed by one instance, retried with back-off,
 * content forgotten after the retention period). A mail is planned at most once per user, kind and key: the unique
 * key in the database decides, so planning again, on a retry or on another instance, adds nothing.
 */
@Singleton
public class Outbox {
    private final ReminderRepository outbox;
    private final ReminderPreferences preferences;
    private final Clock clock;

    Outbox(ReminderRepository outbox, ReminderPreferences preferences, Clock clock) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.clock = clock;
    }

    /**
     * A calendar invitation sent with a mail as a {@code text/calendar} part (file invitation.ics): {@code ics} is the
     * RFC 5545 text, {@code method} its iTIP METHOD, repeated in the part's content type as calendar clients expect.
     */
    public record Invitation(Method method, String ics) {
        public enum Method {
            REQUEST,
            CANCEL
        }

        public Invitation {
            Objects.requireNonNull(method, "method");
            if (ics == null || !ics.startsWith("BEGIN:VCALENDAR")) {
                throw new IllegalArgumentException("Not an iCalendar text");
            }
        }
    }

    /**
     * One mail. {@code kind} names the sort of mail (not {@code WEEKLY}, which is the digest's), {@code key} what it is
     * about within that kind, e.g. a certificate and a threshold. {@code invitation}, if any, goes with it.
     */
    public record Mail(
            UUID userId,
            UUID organisationId,
            String kind,
            String key,
            String recipient,
            String subject,
            String body,
            String locale,
            @Nullable Invitation invitation) {

        /** A text-only mail. */
        public Mail(
                UUID userId,
                UUID organisationId,
                String kind,
                String key,
                String recipient,
                String subject,
                String body,
                String locale) {
            this(userId, organisationId, kind, key, recipient, subject, body, locale, null);
        }

        public Mail {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(organisationId, "organisationId");
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(locale, "locale");
            if (kind == null || kind.isBlank() || Reminder.WEEKLY.equals(kind) || kind.length() > 30) {
                throw new IllegalArgumentException("Not a kind of mail another feature may plan: " + kind);
            }
            if (key == null || key.isBlank() || key.length() > 100) {
                throw new IllegalArgumentException("A mail key is 1 to 100 characters: " + key);
            }
        }
    }

    /** Plans the mail to go out now; false when this user already has the mail of this kind and key. */
    public boolean plan(Mail mail) {
        Instant now = clock.instant();
        return outbox.planOnce(
                        UUID.randomUUID(),
                        mail.userId(),
                        mail.organisationId(),
                        PlanningReminders.week(now),
                        mail.kind(),
                        mail.key(),
                        mail.recipient(),
                        mail.subject(),
                        mail.body(),
                        mail.locale(),
                        now,
                        mail.invitation() == null ? null : mail.invitation().ics(),
                        mail.invitation() == null
                                ? null
                                : mail.invitation().method().name())
                == 1;
    }

    /**
     * The users among {@code users} who want reminder e-mail now: not turned off, not paused (the learner's choice in
     * My account or by the digest's link). For reminders a feature plans; notices of a change the person must know of
     * (an invitation, a cancellation) go regardless.
     */
    public Set<UUID> wantReminders(Collection<UUID> users) {
        return preferences.remindable(users, clock.instant());
    }

    /** Whether the user has the mail of this kind and key, in whatever state. */
    public boolean planned(UUID userId, String kind, String key) {
        return outbox.existsByUserIdAndKindAndMailKey(userId, kind, key);
    }
}
