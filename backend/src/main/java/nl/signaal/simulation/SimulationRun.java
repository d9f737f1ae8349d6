package nl.signaal.simulation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A learner playing one scenario version: where they are and the state of its variables. */
@MappedEntity(value = "simulation_run", escape = false)
record SimulationRun(
        @Id UUID id,
        UUID userId,
        UUID organisationId,
        String scenarioId,
        int scenarioVersion,
        String status,
        String currentNode,
        String state,
        int decisions,
        @Nullable String outcome,
        @Nullable UUID replayOf,
        Instant startedAt,
        @Nullable Instant finishedAt) {
    static final String ACTIVE = "ACTIVE";
    static final String FINISHED = "FINISHED";
    /** Stopped by the learner before an ending (decision 0031): kept for history, never continued. */
    static final String ABANDONED = "ABANDONED";

    boolean finished() {
        return FINISHED.equals(status);
    }

    boolean abandoned() {
        return ABANDONED.equals(status);
    }

    /** Neither finished nor abandoned: a learner can go on with it. */
    boolean active() {
        return ACTIVE.equals(status);
    }
}
