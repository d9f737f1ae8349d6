package nl.signaal.simulation.engine;

import static nl.signaal.simulation.engine.TestScenarios.choice;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioAnalysisTest {

    @Test
    void acceptsLoopWithExit() {
        // Waiting costs trust until none is left; then the way round is closed, so the loop ends.
        ScenarioDefinition scenario = TestScenarios.scenario(
                "wait",
                new Scene(
                        "wait",
                        null,
                        null,
                        List.of(
                                choice("again", "wait", "trust > 0", "trust -= 1", Map.of(), false),
                                choice("leave", "end", null, null, Map.of(), true))),
                new Ending("end", Outcome.GOOD));
        assertThat(ScenarioAnalysis.analyse(scenario)).isEmpty();
    }

    @Test
    void rejectsLoopWhoseExitClosesOnTheWay() {
        // Waiting costs trust; leaving needs trust > 3; once trust is 3 the run waits for ever.
        ScenarioDefinition scenario = TestScenarios.scenario(
                "wait",
                new Scene(
                        "wait",
                        null,
                        null,
                        List.of(
                                choice("again", "wait", null, "trust -= 1", Map.of(), false),
                                choice("leave", "end", "trust > 3", null, Map.of(), true))),
                new Ending("end", Outcome.GOOD));
        assertThat(ScenarioAnalysis.analyse(scenario))
                .containsExactly(
                        new Finding(
                                Finding.Kind.NO_ENDING_REACHABLE,
                                "wait",
                                null,
                                "no ending can be reached from scene 'wait' (e.g. with asked_school = false, risk = 3,"
                                        + " trust = 3)"),
                        new Finding(
                                Finding.Kind.LOOP_WITHOUT_PROGRESS,
                                "wait",
                                "again",
                                "choice 'again' in scene 'wait' closes a loop without progress: a run can go 'wait'"
                                        + " → 'wait' (choices 'again') and come back with nothing changed (e.g. with"
                                        + " asked_school = false, risk = 3, trust = 0), so a learner can go round it"
                                        + " without end; let the way back change something that lasts, or lead"
                                        + " elsewhere the second time"));
    }

    @Test
    void warnsAboutLoopThatChangesNothing() {
        // The Tikkies pattern: confronting costs trust, trying again gives it back, round and round.
        ScenarioDefinition scenario = TestScenarios.scenario(
                "talk",
                new Scene(
                        "talk",
                        null,
                        null,
                        List.of(
                                choice("confront", "closed", null, "trust -= 1", Map.of(), false),
                                choice("calm", "end", null, null, Map.of(), true))),
                new Scene(
                        "closed",
                        null,
                        null,
                        List.of(
                                choice("again", "talk", null, "trust += 1", Map.of(), true),
                                choice("stop", "end", null, null, Map.of(), false))),
                new Ending("end", Outcome.GOOD));
        List<Finding> findings = ScenarioAnalysis.analyse(scenario);
        assertThat(findings).extracting(Finding::kind).containsExactly(Finding.Kind.LOOP_WITHOUT_PROGRESS);
        assertThat(findings.get(0).isError()).isFalse();
        assertThat(findings.get(0).nodeId()).isEqualTo("closed");
        assertThat(findings.get(0).choiceId()).isEqualTo("again");
        assertThat(findings.get(0).message()).contains("'talk' → 'closed' → 'talk' (choices 'confront', 'again')");
    }

    @Test
    void acceptsLoopWhoseChangeLasts() {
        // Trying again is only on offer once: the flag it sets closes the way back.
        ScenarioDefinition scenario = TestScenarios.scenario(
                "talk",
                new Scene(
                        "talk",
                        null,
                        null,
                        List.of(
                                choice("confront", "closed", null, "trust -= 1", Map.of(), false),
                                choice("calm", "end", null, null, Map.of(), true))),
                new Scene(
                        "closed",
                        null,
                        null,
                        List.of(
                                choice(
                                        "again",
                                        "talk",
                                        "not asked_school",
                                        "trust += 1; asked_school = true",
                                        Map.of(),
                                        true),
                                choice("stop", "end", null, null, Map.of(), false))),
                new Ending("end", Outcome.GOOD));
        assertThat(ScenarioAnalysis.analyse(scenario)).isEmpty();
    }

    @Test
    void findsEndingsAndConditionsThatNeverHold() {
        ScenarioDefinition scenario = TestScenarios.scenario(
                "s",
                new Scene(
                        "s",
                        null,
                        null,
                        List.of(
                                choice("go", "good", null, null, Map.of(), true),
                                choice("never", "poor", "risk > 3 and asked_school", null, Map.of(), false))),
                new Ending("good", Outcome.GOOD),
                new Ending("poor", Outcome.POOR),
                new Ending("orphan", Outcome.PARTIAL));
        List<Finding> findings = ScenarioAnalysis.analyse(scenario);
        assertThat(findings)
                .extracting(Finding::kind)
                .containsExactly(
                        Finding.Kind.CONDITION_NEVER_HOLDS, Finding.Kind.NEVER_REACHED, Finding.Kind.UNREACHABLE);
        assertThat(findings).extracting(Finding::isError).containsExactly(false, true, true);
        assertThat(findings.get(0).choiceId()).isEqualTo("never");
    }
}
