package nl.signaal.simulation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.signaal.content.Scenario;
import nl.signaal.identity.SignedInUser;
import nl.signaal.simulation.engine.ChoiceUnavailable;
import nl.signaal.simulation.engine.Play;
import nl.signaal.simulation.engine.ScenarioDefinition;
import nl.signaal.simulation.engine.State;
import nl.signaal.simulation.engine.Step;
import nl.signaal.web.ApiException;

/** Starts a run on the current version of a scenario, or replays an earlier run up to a decision. */
@Singleton
class StartingRun {
    private final PinnedScenarios scenarios;
    private final SimulationRunRepository runs;
    private final SimulationStepRepository steps;
    private final RunRecords records;
    private final Json json;
    private final Clock clock;

    StartingRun(
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

    /** Call {@link PinnedScenarios#keep} first: the version must be stored before a run depends on it. */
    @Transactional
    SimulationRun start(SignedInUser learner, Scenario scenario, String locale) {
        ScenarioDefinition definition = scenario.definition();
        SimulationRun run = runs.save(new SimulationRun(
                UUID.randomUUID(),
                learner.id(),
                learner.organisationId(),
                definition.id(),
                definition.version(),
                SimulationRun.ACTIVE,
                definition.start(),
                json.state(definition.initialState()),
                0,
                null,
                null,
                clock.instant(),
                null));
        records.arrived(learner, scenario, run.id(), run.startedAt(), definition.start(), locale);
        return run;
    }

    /**
     * A new run that repeats the first {@code fromStep} decisions of {@code original} (as copies) and
     * goes on from there; the original run stays as it was.
     */
    @Transactional
    SimulationRun replay(SignedInUser learner, SimulationRun original, int fromStep, String locale) {
        List<SimulationStep> earlier = steps.findByRunIdOrderByStepNo(original.id());
        int limit = original.finished() ? earlier.size() - 1 : earlier.size();
        if (fromStep > limit) {
            throw ApiException.invalidField(
                    "fromStep",
                    "must be between 0 and " + limit
                            + (original.finished() ? " (a replay starts before the last decision)" : ""));
        }
        Scenario scenario = scenarios.pinned(original.scenarioId(), original.scenarioVersion());
        ScenarioDefinition definition = scenario.definition();
        String node = definition.start();
        State state = definition.initialState();
        List<Step> repeated = new ArrayList<>();
        for (SimulationStep earlierStep : earlier.subList(0, fromStep)) {
            try {
                Step step = Play.choose(definition, node, state, earlierStep.choiceId());
                repeated.add(step);
                node = step.toNode();
                state = step.after();
            } catch (ChoiceUnavailable e) {
                throw new IllegalStateException(
                        "Run " + original.id() + " no longer replays on its own version: " + e.reason(), e);
            }
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        SimulationRun replay = runs.save(new SimulationRun(
                id,
                learner.id(),
                learner.organisationId(),
                definition.id(),
                definition.version(),
                SimulationRun.ACTIVE,
                node,
                json.state(state),
                fromStep,
                null,
                original.id(),
                now,
                null));
        for (int i = 0; i < repeated.size(); i++) {
            Step step = repeated.get(i);
            steps.save(new SimulationStep(
                    UUID.randomUUID(),
                    id,
                    i + 1,
                    step.fromNode(),
                    step.choice().id(),
                    step.toNode(),
                    json.state(step.after()),
                    true,
                    now));
        }
        records.arrived(learner, scenario, id, replay.startedAt(), node, locale);
        return replay;
    }
}
