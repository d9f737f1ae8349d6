package nl.signaal.refresher.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A learner's choice about reminder e-mail; no row means reminders on. */
@MappedEntity(value = "reminder_preference", escape = false)
record ReminderPreference(
        @Id UUID userId,
        @Nullable Instant optedOutAt,
        @Nullable Instant snoozedUntil,
        Instant updatedAt) {

    /** Whether a reminder may be planned for this learner at {@code now}. */
    boolean remindable(Instant now) {
        return optedOutAt == null && (snoozedUntil == null || !snoozedUntil.isAfter(now));
    }
}
