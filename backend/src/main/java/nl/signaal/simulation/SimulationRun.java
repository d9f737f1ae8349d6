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

    boolean finished() {
        return FINISHED.equals(status);
    }
}
