package nl.signaal.refresher;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import nl.signaal.refresher.memory.MemoryState;

/**
 * One learner's memory of one completed module as the reminder planner reads it: the FSRS state derived from their
 * learning records, and remindAt, the moment the module needs a refresher under the organisation's current policy.
 * A projection: {@link ModuleMemories} rewrites it in the transaction that appends the records it comes from.
 */
@MappedEntity(value = "module_memory", escape = false)
record KeptModule(
        @Id UUID id,
        UUID userId,
        UUID organisationId,
        String moduleId,
        double stability,
        double difficulty,
        Instant lastReview,
        Instant remindAt,
        Instant updatedAt,
        @Nullable Instant dueAt,
        @Nullable Instant overdueAt,
        @Nullable Instant lapsesAt) {

    MemoryState state() {
        return new MemoryState(stability, difficulty, lastReview);
    }

    /** The status the pages would derive from the records, from the stored state. */
    ModuleStatus status(Policy policy, Instant now) {
        return ModuleStatus.of(Memories.FSRS, state(), policy, now);
    }
}
