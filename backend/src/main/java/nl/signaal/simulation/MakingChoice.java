package nl.signaal.simulation;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.content.Scenario;
import nl.signaal.identity.SignedInUser;
import nl.signaal.simulation.engine.ChoiceUnavailable;
import nl.signaal.simulation.engine.Ending;
import nl.signaal.simulation.engine.Node;
import nl.signaal.simulation.engine.Play;
import nl.signaal.simulation.engine.Step;
import nl.signaal.web.ApiException;

/**
 * A learner's decision in a run. The step and the run's new position commit together with their
 * learning records; the client's choice id makes a retry return the stored step, and a choice
 * that is not on offer now is refused with the reason.
 */
@Singleton
class MakingChoice {
    private final PinnedScenarios scenarios;
    private final SimulationRunRepository runs;
    private final SimulationStepRepository steps;
    private final RunRecords records;
    private final Json json;
    private final Clock clock;

    MakingChoice(
            PinnedScenarios scenarios,
            SimulationRunRepository runs,
            SimulationStepRepository steps,
            RunRecords records,
            Json json,
            Clock clock) {
        this.scenarios = scenarios;
        this.runs = runs;
        this.steps = steps;
        this.records = records;
        this.json = json;
        this.clock = clock;
    }

    SimulationStep choose(
            SignedInUser learner, SimulationRun run, UUID clientChoiceId, String choiceId, String locale) {
        Optional<SimulationStep> earlier = earlier(run, clientChoiceId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return firstTime(learner, run, clientChoiceId, choiceId, locale);
        } catch (DataAccessException raced) {
            return earlier(run, clientChoiceId)
                    .orElseThrow(
                            () -> ApiException.conflict(
                                    "Another choice was made in this run at the same time. Reload the run to see where it stands."));
        }
    }

    private Optional<SimulationStep> earlier(SimulationRun run, UUID clientChoiceId) {
        return steps.findById(clientChoiceId).map(step -> {
            if (!step.runId().equals(run.id())) {
                throw ApiException.conflict("This clientChoiceId was already used in another run.");
            }
            return step;
        });
    }

    @Transactional
    SimulationStep firstTime(
            SignedInUser learner, SimulationRun run, UUID clientChoiceId, String choiceId, String locale) {
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
        Instant now = clock.instant();
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
        records.chose(learner, scenario, run.id(), step, locale);
        records.arrived(learner, scenario, run.id(), run.startedAt(), step.toNode(), locale);
        return saved;
    }
}
