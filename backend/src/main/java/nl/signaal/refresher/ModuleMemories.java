package nl.signaal.refresher;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.signaal.progress.Practice;

/**
 * Writes the module memory table ({@link KeptModule}): a learner's module state after new learning records, and new
 * remind-at moments after a policy change. Runs inside the caller's transaction.
 */
@Singleton
class ModuleMemories {
    private final ModuleMemoryRepository memories;
    private final Practice practice;
    private final Clock clock;

    ModuleMemories(ModuleMemoryRepository memories, Practice practice, Clock clock) {
        this.memories = memories;
        this.practice = practice;
        this.clock = clock;
    }

    /** Derives the learner's state of this module from all their records again and stores it (if completed). */
    void keep(UUID learner, UUID organisation, String moduleId, Policy policy) {
        Memories.module(practice.of(learner), moduleId).ifPresent(state -> {
            Instant remindAt = ModuleStatus.remindFrom(Memories.FSRS, state, policy);
            Instant now = clock.instant();
            // Update, else insert, else (a parallel transaction inserted the row in between) update after all:
            // never a unique-key error that would abort the learner's transaction.
            if (memories.updateState(
                                    learner,
                                    moduleId,
                                    state.stability(),
                                    state.difficulty(),
                                    state.lastReview(),
                                    remindAt,
                                    now)
                            == 0
                    && memories.insertUnlessPresent(
                                    UUID.randomUUID(),
                                    learner,
                                    organisation,
                                    moduleId,
                                    state.stability(),
                                    state.difficulty(),
                                    state.lastReview(),
                                    remindAt,
                                    now)
                            == 0) {
                memories.updateState(
                        learner, moduleId, state.stability(), state.difficulty(), state.lastReview(), remindAt, now);
            }
        });
    }

    /** The policy decides when a state needs a refresher: recompute the organisation's remind-at moments. */
    int reschedule(UUID organisation, Policy policy) {
        int changed = 0;
        for (KeptModule kept : memories.findByOrganisationId(organisation)) {
            Instant remindAt = ModuleStatus.remindFrom(Memories.FSRS, kept.state(), policy);
            if (!remindAt.equals(kept.remindAt())) {
                changed += memories.updateRemindAt(kept.id(), remindAt);
            }
        }
        return changed;
    }

    boolean isEmpty() {
        return memories.count() == 0;
    }
}
