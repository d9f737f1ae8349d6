package nl.signaal.simulation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.content.Scenario;
import nl.signaal.identity.SignedInUser;
import nl.signaal.simulation.engine.ChoiceUnavailable;
import nl.signaal.simulation.engine.Ending;
import nl.signaal.simulation.engine.Node;
import nl.signaal.simulation.engine.Play;
import nl.signaal.simulation.engine.State;
import nl.signaal.simulation.engine.Step;
import nl.signaal.web.ApiException;

/**
 * A learner's decision in a run. The step and the run's new position commit together with their
 * learning records; the client's choice id makes a retry return the stored step, and a choice
 * that is not on offer now is refused with the reason.
 */
@Singleton
class MakingChoice {
    private static final String RUN_AND_STEP = "SELECT r.*, s.id AS s_id, s.run_id AS s_run_id, s.step_no AS s_step_no,"
            + " s.node_id AS s_node_id, s.choice_id AS s_choice_id, s.to_node AS s_to_node,"
            + " s.state_after AS s_state_after, s.copied AS s_copied, s.chosen_at AS s_chosen_at"
            + " FROM simulation_run r LEFT JOIN simulation_step s ON s.id = ? WHERE r.id = ?";

    private final PinnedScenarios scenarios;
    private final SimulationRunRepository runs;
    private final SimulationStepRepository steps;
    private final RunRecords records;
    private final Json json;
    private final JdbcOperations jdbc;
    private final Clock clock;

    MakingChoice(
            PinnedScenarios scenarios,
            SimulationRunRepository runs,
            SimulationStepRepository steps,
            RunRecords records,
            Json json,
            JdbcOperations jdbc,
            Clock clock) {
        this.scenarios = scenarios;
        this.runs = runs;
        this.steps = steps;
        this.records = records;
        this.json = json;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The step a choice made (or made before, for a retry) and the run as that step left it. */
    record Made(SimulationStep step, SimulationRun run, State stateAfter) {}

    /**
     * One connection for the whole choice: the run and an earlier step with the client's choice id in one read, then
     * the transaction; the run as the step left it is built from what was written, not read back.
     */
    @Connectable
    Made choose(SignedInUser learner, UUID runId, UUID clientChoiceId, String choiceId, String locale) {
        RunAndStep read = read(runId, clientChoiceId)
                .filter(found -> found.run().userId().equals(learner.id()))
                .orElseThrow(() -> ApiException.notFound("There is no run " + runId + " of yours."));
        SimulationRun run = read.run();
        if (read.step() != null) {
            return new Made(ofRun(run, read.step()), run, json.state(read.step().stateAfter()));
        }
        try {
            return firstTime(learner, run, clientChoiceId, choiceId, locale);
        } catch (DataAccessException raced) {
            SimulationStep step = steps.findById(clientChoiceId)
                    .map(found -> ofRun(run, found))
                    .orElseThrow(
                            () -> ApiException.conflict(
                                    "Another choice was made in this run at the same time. Reload the run to see where it stands."));
            return new Made(step, runs.findById(run.id()).orElseThrow(), json.state(step.stateAfter()));
        }
    }

    private record RunAndStep(SimulationRun run, @Nullable SimulationStep step) {}

    private Optional<RunAndStep> read(UUID runId, UUID clientChoiceId) {
        return jdbc.prepareStatement(RUN_AND_STEP, statement -> {
            statement.setObject(1, clientChoiceId);
            statement.setObject(2, runId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                SimulationRun run = jdbc.readEntity(row, SimulationRun.class);
                row.getObject("s_id");
                SimulationStep step = row.wasNull() ? null : jdbc.readEntity("s_", row, SimulationStep.class);
                return Optional.of(new RunAndStep(run, step));
            }
        });
    }

    private static SimulationStep ofRun(SimulationRun run, SimulationStep step) {
        if (!step.runId().equals(run.id())) {
            throw ApiException.conflict("This clientChoiceId was already used in another run.");
        }
        return step;
    }

    @Transactional
    Made firstTime(SignedInUser learner, SimulationRun run, UUID clientChoiceId, String choiceId, String locale) {
        if (run.finished()) {
            throw ApiException.conflict("This run has ended. Start a new run or replay this one.");
        }
        if (run.abandoned()) {
            throw ApiException.conflict("You stopped this run. Start a new run or replay this one.");
        }
        Scenario scenario = scenarios.pinned(run.scenarioId(), run.scenarioVersion());
        Step step;
        try {
            step = Play.choose(scenario.definition(), run.currentNode(), json.state(run.state()), choiceId);
        } catch (ChoiceUnavailable unavailable) {
            throw ApiException.conflict(unavailable.reason());
        }
        // To the microsecond, as the database keeps it: the answer shows the same moment a reload reads.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Node next = scenario.definition().node(step.toNode());
        boolean ends = next instanceof Ending;
        String state = json.state(step.after());
        SimulationStep saved = steps.save(new SimulationStep(
                clientChoiceId,
                run.id(),
                run.decisions() + 1,
                run.currentNode(),
                choiceId,
                step.toNode(),
                state,
                false,
                now));
        int moved = runs.advance(
                run.id(),
                run.decisions(),
                step.toNode(),
                state,
                ends ? SimulationRun.FINISHED : SimulationRun.ACTIVE,
                ends ? ((Ending) next).outcome().name() : null,
                ends ? now : null);
        if (moved == 0) {
            throw ApiException.conflict(
                    "Another choice was made in this run at the same time. Reload the run to see where it stands.");
        }
        records.choseAndArrived(learner, scenario, run.id(), run.startedAt(), step, locale);
        SimulationRun after = new SimulationRun(
                run.id(),
                run.userId(),
                run.organisationId(),
                run.scenarioId(),
                run.scenarioVersion(),
                ends ? SimulationRun.FINISHED : SimulationRun.ACTIVE,
                step.toNode(),
                state,
                run.decisions() + 1,
                ends ? ((Ending) next).outcome().name() : null,
                run.replayOf(),
                run.startedAt(),
                ends ? now : null);
        return new Made(saved, after, step.after());
    }
}
