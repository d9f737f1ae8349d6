package nl.signaal.refresher.reminder;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * Storage limitation for the outbox: once a reminder is settled (sent, withdrawn or given up) and older than the
 * retention, its address, subject and body are removed. The row stays, so the delivery view still counts it; nothing
 * can resend it, because only PENDING rows are claimed and a purged FAILED row cannot be retried.
 */
@Singleton
class ForgettingSentReminders {
    private final ReminderRepository outbox;
    private final Clock clock;
    private final Duration retention;

    ForgettingSentReminders(
            ReminderRepository outbox, Clock clock, @Value("${signaal.reminders.retention:30d}") Duration retention) {
        this.outbox = outbox;
        this.clock = clock;
        this.retention = retention;
    }

    /** Returns how many reminders were forgotten now. */
    int forget() {
        return outbox.forgetSettledBefore(clock.instant().minus(retention));
    }
}
