package nl.signaal.refresher.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.signaal.identity.PersonalData;

/**
 * What reminders keep about a person, in the download: the reminder choice and the reminder e-mails (with their text
 * while it is kept). Erasing removes both.
 */
@Singleton
class ReminderDataOfPerson implements PersonalData {
    private final ReminderPreferenceRepository preferences;
    private final ReminderRepository reminders;

    ReminderDataOfPerson(ReminderPreferenceRepository preferences, ReminderRepository reminders) {
        this.preferences = preferences;
        this.reminders = reminders;
    }

    @Serdeable
    record ReminderDataView(@Nullable PreferenceView reminderPreference, List<ReminderView> reminders) {}

    @Serdeable
    record PreferenceView(
            @Nullable Instant optedOutAt, @Nullable Instant snoozedUntil, Instant updatedAt) {}

    @Serdeable
    record ReminderView(
            String week,
            String kind,
            String status,
            @Nullable String recipient,
            @Nullable String subject,
            @Nullable String body,
            @Nullable String attachmentIcs,
            int attempts,
            @Nullable String lastError,
            Instant createdAt,
            @Nullable Instant sentAt,
            @Nullable String digest) {}

    @Override
    public String section() {
        return "reminders";
    }

    @Override
    public ReminderDataView exportOf(UUID userId) {
        return new ReminderDataView(
                preferences
                        .findById(userId)
                        .map(p -> new PreferenceView(p.optedOutAt(), p.snoozedUntil(), p.updatedAt()))
                        .orElse(null),
                reminders.findByUserId(userId).stream()
                        .map(r -> new ReminderView(
                                r.week(),
                                r.kind(),
                                r.status(),
                                r.recipient(),
                                r.subject(),
                                r.body(),
                                r.attachmentIcs(),
                                r.attempts(),
                                r.lastError(),
                                r.createdAt(),
                                r.sentAt(),
                                r.digest()))
                        .toList());
    }

    @Override
    public void erase(UUID userId, UUID pseudonym) {
        preferences.deleteOfUser(userId);
        reminders.deleteOfUser(userId);
    }
}
