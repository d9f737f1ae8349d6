package nl.signaal.simulation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.signaal.identity.PersonalData;

/**
 * A person's case simulation runs with every decision, in the download. Erasing removes them; the scenes, choices and
 * endings they recorded stay as (pseudonymised) learning records.
 */
@Singleton
class RunsOfPerson implements PersonalData {
    private final SimulationRunRepository runs;
    private final SimulationStepRepository steps;

    RunsOfPerson(SimulationRunRepository runs, SimulationStepRepository steps) {
        this.runs = runs;
        this.steps = steps;
    }

    @Serdeable
    record RunView(
            UUID id,
            String scenarioId,
            int scenarioVersion,
            String status,
            String currentNode,
            int decisions,
            @Nullable String outcome,
            @Nullable UUID replayOf,
            Instant startedAt,
            @Nullable Instant finishedAt,
            List<StepView> steps) {}

    @Serdeable
    record StepView(int step, String nodeId, String choiceId, String toNode, boolean copied, Instant chosenAt) {}

    @Override
    public String section() {
        return "simulationRuns";
    }

    @Override
    public List<RunView> exportOf(UUID userId) {
        return runs.findByUserIdOrderByStartedAtDesc(userId).stream()
                .map(run -> new RunView(
                        run.id(),
                        run.scenarioId(),
                        run.scenarioVersion(),
                        run.status(),
                        run.currentNode(),
                        run.decisions(),
                        run.outcome(),
                        run.replayOf(),
                        run.startedAt(),
                        run.finishedAt(),
                        steps.findByRunIdOrderByStepNo(run.id()).stream()
                                .map(step -> new StepView(
                                        step.stepNo(),
                                        step.nodeId(),
                                        step.choiceId(),
                                        step.toNode(),
                                        step.copied(),
                                        step.chosenAt()))
                                .toList()))
                .toList();
    }

    @Override
    public void erase(UUID userId, UUID pseudonym) {
        runs.deleteStepsOfUser(userId);
        runs.deleteOfUser(userId);
    }
}
