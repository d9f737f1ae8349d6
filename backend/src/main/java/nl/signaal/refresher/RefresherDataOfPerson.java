package nl.signaal.refresher;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.signaal.identity.PersonalData;

/**
 * What the refresher feature keeps about a person, in the download: micro-refresher sessions and the memory state per
 * completed module (the reminder choice and e-mails are the section "reminders", {@code ReminderDataOfPerson}).
 * Erasing removes all of it; the answers stay as (pseudonymised) learning records.
 */
@Singleton
class RefresherDataOfPerson implements PersonalData {
    private final RefresherSessionRepository sessions;
    private final ModuleMemoryRepository memories;

    RefresherDataOfPerson(RefresherSessionRepository sessions, ModuleMemoryRepository memories) {
        this.sessions = sessions;
        this.memories = memories;
    }

    @Serdeable
    record RefresherDataView(List<SessionView> sessions, List<ModuleMemoryView> moduleMemory) {}

    @Serdeable
    record SessionView(
            UUID id,
            String itemIds,
            Instant startedAt,
            @Nullable Instant finishedAt) {}

    @Serdeable
    record ModuleMemoryView(
            String moduleId, double stability, double difficulty, Instant lastReview, Instant remindAt) {}

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
                        .toList());
    }

    @Override
    public void erase(UUID userId, UUID pseudonym) {
        sessions.deleteAnswersOfUser(userId);
        sessions.deleteOfUser(userId);
        memories.deleteOfUser(userId);
    }
}
