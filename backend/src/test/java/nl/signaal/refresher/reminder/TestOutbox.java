package nl.signaal.refresher.reminder;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The outbox's delivery and rows for tests of features that plan into it (their package cannot see these). */
@Singleton
public class TestOutbox {
    private final SendingReminders sending;
    private final PlanningReminders planning;
    private final ReminderRepository outbox;
    private final ReminderPreferences preferences;
    private final ForgettingSentReminders forgetting;
    private final Clock clock;

    TestOutbox(
            SendingReminders sending,
            PlanningReminders planning,
            ReminderRepository outbox,
            ReminderPreferences preferences,
            ForgettingSentReminders forgetting,
            Clock clock) {
        this.sending = sending;
        this.planning = planning;
        this.outbox = outbox;
        this.preferences = preferences;
        this.forgetting = forgetting;
        this.clock = clock;
    }

    /** A row as a test may look at it. */
    public record Row(
            String kind,
            String key,
            String status,
            int attempts,
            @Nullable String lastError,
            @Nullable String invitationMethod,
            boolean hasInvitation,
            boolean hasBody) {}

    /** Plans this week's reminders for the organisation, as the scheduler does; returns how many were added. */
    public int plan(UUID organisation) {
        return planning.plan(organisation);
    }

    /** The ISO week a weekly reminder is keyed by, e.g. 2026-W48. */
    public static String week(java.time.Instant at) {
        return PlanningReminders.week(at);
    }

    /** Sends batches until nothing due is left; returns how many went out. */
    public int sendAll() {
        int total = 0;
        int sent;
        do {
            sent = sending.sendDue();
            total += sent;
        } while (sent > 0);
        return total;
    }

    public List<Row> of(UUID user) {
        return outbox.findByUserId(user).stream()
                .map(r -> new Row(
                        r.kind(),
                        r.mailKey(),
                        r.status(),
                        r.attempts(),
                        r.lastError(),
                        r.attachmentMethod(),
                        r.attachmentIcs() != null,
                        r.body() != null))
                .toList();
    }

    /** The learner turns reminder e-mail off, as in My account. */
    public void optOut(UUID user) {
        preferences.optOut(user, clock.instant());
    }

    /** The learner pauses reminder e-mail for four weeks, as in My account. */
    public void pause(UUID user) {
        preferences.snooze(user, clock.instant());
    }

    /** Removes the content of settled mails past the retention period; returns how many. */
    public int forget() {
        return forgetting.forget();
    }

    public static java.time.Duration backoff(int attempts) {
        return SendingReminders.backoff(attempts);
    }
}
