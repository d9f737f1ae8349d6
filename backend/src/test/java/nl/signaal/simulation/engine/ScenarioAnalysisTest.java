package nl.signaal.simulation.engine;

import static nl.signaal.simulation.engine.TestScenarios.choice;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioAnalysisTest {

    @Test
    void acceptsLoopWithExit() {
        ScenarioDefinition scenario = TestScenarios.scenario(
                "wait",
                new Scene(
                        "wait",
                        null,
                        null,
                        List.of(
                                choice("again", "wait", null, "trust -= 1", Map.of(), false),
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
                .containsExactly(new Finding(
                        Finding.Kind.NO_ENDING_REACHABLE,
                        "wait",
                        null,
                        "no ending can be reached from scene 'wait' (e.g. with asked_school = false, risk = 3,"
                                + " trust = 3)"));
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
