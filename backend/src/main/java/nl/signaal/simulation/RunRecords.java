package nl.signaal.simulation;

import jakarta.inject.Singleton;
import java.util.UUID;
import nl.signaal.content.Scenario;
import nl.signaal.identity.SignedInUser;
import nl.signaal.progress.LearningEvent;
import nl.signaal.progress.LearningEvent.ActivityType;
import nl.signaal.progress.LearningEvent.Outcome;
import nl.signaal.progress.LearningEvent.Verb;
import nl.signaal.progress.LearningRecords;
import nl.signaal.simulation.engine.Ending;
import nl.signaal.simulation.engine.Node;
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

    void arrived(SignedInUser learner, Scenario scenario, UUID run, String nodeId, String locale) {
        String base = "scenarios/" + scenario.definition().id();
        Node node = scenario.definition().node(nodeId);
        String name = scenario.title().in(locale).text() + " / " + nodeId;
        if (node instanceof Ending ending) {
            boolean good = ending.outcome() == nl.signaal.simulation.engine.Outcome.GOOD;
            records.record(
                    learner,
                    new LearningEvent(
                            Verb.COMPLETED,
                            ActivityType.SIMULATION,
                            base,
                            scenario.title().in(locale).text(),
                            null,
                            scenario.definition().version(),
                            run,
                            new Outcome(null, null, good, true, ending.outcome().name()),
                            locale));
        } else {
            records.record(
                    learner,
                    new LearningEvent(
                            Verb.EXPERIENCED,
                            ActivityType.SCENE,
                            base + "/nodes/" + nodeId,
                            name,
                            null,
                            scenario.definition().version(),
                            run,
                            null,
                            locale));
        }
    }

    void chose(SignedInUser learner, Scenario scenario, UUID run, Step step, String locale) {
        String base = "scenarios/" + scenario.definition().id();
        records.record(
                learner,
                new LearningEvent(
                        Verb.RESPONDED,
                        ActivityType.SCENE,
                        base + "/nodes/" + step.fromNode(),
                        scenario.title().in(locale).text() + " / " + step.fromNode(),
                        null,
                        scenario.definition().version(),
                        run,
                        new Outcome(
                                null,
                                null,
                                step.choice().recommended(),
                                null,
                                step.choice().id()),
                        locale));
    }
}
