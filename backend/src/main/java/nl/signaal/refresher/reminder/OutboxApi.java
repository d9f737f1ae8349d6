package nl.signaal.refresher.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What coordinators see of the reminder outbox, and what a learner's notices say. Never a subject or a body. */
final class OutboxApi {
    private OutboxApi() {}

    @Serdeable
    record WeekDeliveryView(String week, long pending, long sent, long failed, long withdrawn) {}

    @Serdeable
    record UndeliveredView(
            UUID id,
            UUID userId,
            String displayName,
            String week,
            String status,
            int attempts,
            @Nullable String lastError,
            Instant nextAttemptAt) {}

    /**
     * @param weeks            the recent ISO weeks that have reminders, newest first
     * @param undelivered      pending and failed reminders (at most {@link ReminderDelivery#UNDELIVERED_SHOWN})
     * @param undeliveredTotal how many there are in all
     */
    @Serdeable
    record ReminderDeliveryView(
            List<WeekDeliveryView> weeks, List<UndeliveredView> undelivered, long undeliveredTotal) {}

    /** {@code week} is the ISO week (Europe/Amsterdam) the notice is for, so a client can hide it until the next. */
    @Serdeable
    record NoticesView(String week, int refreshersDue) {}
}
