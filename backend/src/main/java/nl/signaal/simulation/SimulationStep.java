package nl.signaal.simulation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * One decision in a run. The id is the client's choice id, so a retried submission finds it;
 * {@code copied} marks decisions a replay repeated from the run it came from.
 */
@MappedEntity(value = "simulation_step", escape = false)
record SimulationStep(
        @Id UUID id,
        UUID runId,
        int stepNo,
        String nodeId,
        String choiceId,
        String toNode,
        String stateAfter,
        boolean copied,
        Instant chosenAt) {}
