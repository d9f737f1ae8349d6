package nl.signaal.refresher;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.signaal.progress.Practice;
import nl.signaal.refresher.memory.MemoryState;

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
            ModuleStatus.Moments moments = ModuleStatus.moments(Memories.FSRS, state, policy);
            Instant remindAt = moments.remindAt();
            Instant now = clock.instant();
            // Update, else insert, else (a parallel transaction inserted the row in between) update after all:
            // never a unique-key error that would abort the learner's transaction.
            if (update(learner, moduleId, state, moments, now) == 0
                    && memories.insertUnlessPresent(
                                    UUID.randomUUID(),
                                    learner,
                                    organisation,
                                    moduleId,
                                    state.stability(),
                                    state.difficulty(),
                                    state.lastReview(),
                                    remindAt,
                                    now,
                                    moments.dueAt(),
                                    moments.overdueAt(),
                                    moments.lapsesAt())
                            == 0) {
                update(learner, moduleId, state, moments, now);
            }
        });
    }

    private int update(UUID learner, String moduleId, MemoryState state, ModuleStatus.Moments moments, Instant now) {
        return memories.updateState(
                learner,
                moduleId,
                state.stability(),
                state.difficulty(),
                state.lastReview(),
                moments.remindAt(),
                now,
                moments.dueAt(),
                moments.overdueAt(),
                moments.lapsesAt());
    }

    /**
     * The policy decides when a state needs a refresher and when its status changes: recompute the organisation's
     * moments.
     */
    int reschedule(UUID organisation, Policy policy) {
        int changed = 0;
        for (KeptModule kept : memories.findByOrganisationId(organisation)) {
            ModuleStatus.Moments moments = ModuleStatus.moments(Memories.FSRS, kept.state(), policy);
            if (!moments.remindAt().equals(kept.remindAt())
                    || !moments.dueAt().equals(kept.dueAt())
                    || !moments.overdueAt().equals(kept.overdueAt())
                    || !moments.lapsesAt().equals(kept.lapsesAt())) {
                changed += memories.updateMoments(
                        kept.id(), moments.remindAt(), moments.dueAt(), moments.overdueAt(), moments.lapsesAt());
            }
        }
        return changed;
    }

    /** The organisations with rows from before the status moments were kept (changeset 0028). */
    List<UUID> organisationsWithoutMoments() {
        return memories.organisationsWithoutMoments();
    }

    boolean isEmpty() {
        return memories.count() == 0;
    }
}
