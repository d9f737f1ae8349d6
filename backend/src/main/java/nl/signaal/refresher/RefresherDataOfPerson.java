package nl.signaal.refresher;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.signaal.identity.PersonalData;

/**
 * What the refresher feature keeps about a person, in the download: micro-refresher sessions, the memory state per
 * completed module, the reminder choice and the reminder e-mails (with their text while it is kept). Erasing removes
 * all of it; the answers stay as (pseudonymised) learning records.
 */
@Singleton
class RefresherDataOfPerson implements PersonalData {
    private final RefresherSessionRepository sessions;
    private final ModuleMemoryRepository memories;
    private final ReminderPreferenceRepository preferences;
    private final ReminderRepository reminders;

    RefresherDataOfPerson(
            RefresherSessionRepository sessions,
            ModuleMemoryRepository memories,
            ReminderPreferenceRepository preferences,
            ReminderRepository reminders) {
        this.sessions = sessions;
        this.memories = memories;
        this.preferences = preferences;
        this.reminders = reminders;
    }

    @Serdeable
    record RefresherDataView(
            List<SessionView> sessions,
            List<ModuleMemoryView> moduleMemory,
            @Nullable PreferenceView reminderPreference,
            List<ReminderView> reminders) {}

    @Serdeable
    record SessionView(
            UUID id,
            String itemIds,
            Instant startedAt,
            @Nullable Instant finishedAt) {}

    @Serdeable
    record ModuleMemoryView(
            String moduleId, double stability, double difficulty, Instant lastReview, Instant remindAt) {}

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
            @Nullable Instant sentAt) {}

    @Override
    public String section() {
        return "refreshers";
    }

    @Override
    public RefresherDataView exportOf(UUID userId) {
        return new RefresherDataView(
                sessions.findByUserIdOrderByStartedAt(userId).stream()
                        .map(s -> new SessionView(s.id(), s.itemIds(), s.startedAt(), s.finishedAt()))
                        .toList(),
                memories.findByUserId(userId).stream()
                        .map(m -> new ModuleMemoryView(
                                m.moduleId(), m.stability(), m.difficulty(), m.lastReview(), m.remindAt()))
                        .toList(),
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
                                r.sentAt()))
                        .toList());
    }

    @Override
    public void erase(UUID userId, UUID pseudonym) {
        sessions.deleteAnswersOfUser(userId);
        sessions.deleteOfUser(userId);
        memories.deleteOfUser(userId);
        preferences.deleteOfUser(userId);
        reminders.deleteOfUser(userId);
    }
}
