package nl.signaal.simulation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.content.Scenario;
import nl.signaal.identity.SignedInUser;
import nl.signaal.progress.Interactions;
import nl.signaal.progress.LearningEvent;
import nl.signaal.progress.LearningEvent.ActivityType;
import nl.signaal.progress.LearningEvent.Outcome;
import nl.signaal.progress.LearningEvent.Verb;
import nl.signaal.progress.LearningRecords;
import nl.signaal.simulation.engine.Ending;
import nl.signaal.simulation.engine.Node;
import nl.signaal.simulation.engine.Scene;
import nl.signaal.simulation.engine.Step;

/**
 * The learning records of a run, with the run as registration: every scene shown, every choice
 * (success = it was the recommended one) and the ending reached (success = a good outcome).
 */
@Singleton
class RunRecords {
    private final LearningRecords records;

    RunRecords(LearningRecords records) {
        this.records = records;
    }

    /**
     * The run arrived at a node: a scene experienced, or the case completed at an ending, lasting since
     * {@code startedAt} (the run's start).
     */
    void arrived(SignedInUser learner, Scenario scenario, UUID run, Instant startedAt, String nodeId, String locale) {
        records.record(learner, arrival(scenario, run, startedAt, nodeId, locale));
    }

    void chose(SignedInUser learner, Scenario scenario, UUID run, Step step, String locale) {
        records.record(learner, choice(scenario, run, step, locale));
    }

    /** A choice and where it led (as {@link #chose} then {@link #arrived}), appended in one batch. */
    void choseAndArrived(
            SignedInUser learner, Scenario scenario, UUID run, Instant startedAt, Step step, String locale) {
        records.recordAll(
                learner,
                List.of(choice(scenario, run, step, locale), arrival(scenario, run, startedAt, step.toNode(), locale)));
    }

    private static LearningEvent arrival(Scenario scenario, UUID run, Instant startedAt, String nodeId, String locale) {
        String base = "scenarios/" + scenario.definition().id();
        Node node = scenario.definition().node(nodeId);
        if (node instanceof Ending ending) {
            boolean good = ending.outcome() == nl.signaal.simulation.engine.Outcome.GOOD;
            return new LearningEvent(
                            Verb.COMPLETED,
                            ActivityType.SIMULATION,
                            base,
                            scenario.title().in(locale).text(),
                            null,
                            scenario.definition().version(),
                            run,
                            new Outcome(null, null, good, true, ending.outcome().name()),
                            locale)
                    .named(Interactions.names(scenario.title()))
                    .startedAt(startedAt);
        }
        return scene(scenario, (Scene) node, Verb.EXPERIENCED, run, null, locale);
    }

    private static LearningEvent choice(Scenario scenario, UUID run, Step step, String locale) {
        Scene scene = (Scene) scenario.definition().node(step.fromNode());
        Outcome outcome = new Outcome(
                null, null, step.choice().recommended(), null, step.choice().id());
        return scene(scenario, scene, Verb.RESPONDED, run, outcome, locale);
    }

    /** A scene as the interaction it is: its choices, the recommended one as the correct response. */
    private static LearningEvent scene(
            Scenario scenario, Scene scene, Verb verb, UUID run, @Nullable Outcome outcome, String locale) {
        Map<String, String> names = SceneInteractions.sceneNames(scenario, scene);
        return new LearningEvent(
                        verb,
                        ActivityType.SCENE,
                        "scenarios/" + scenario.definition().id() + "/nodes/" + scene.id(),
                        names.getOrDefault(locale, scenario.title().in(locale).text()),
                        null,
                        scenario.definition().version(),
                        run,
                        outcome,
                        locale)
                .named(names)
                .asking(SceneInteractions.of(scenario, scene));
    }
}
