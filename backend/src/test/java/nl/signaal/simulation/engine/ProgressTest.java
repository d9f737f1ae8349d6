package nl.signaal.simulation.engine;

import static nl.signaal.simulation.engine.TestScenarios.choice;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {

    /** a → b → c → good along the recommended choices; a shortcut from a ends at once. */
    private static final ScenarioDefinition LINE = TestScenarios.scenario(
            "a",
            new Scene(
                    "a",
                    null,
                    null,
                    List.of(
                            choice("on", "b", null, null, Map.of(), true),
                            choice("quit", "poor", null, null, Map.of(), false))),
            new Scene("b", null, null, List.of(choice("on", "c", null, null, Map.of(), true))),
            new Scene(
                    "c",
                    null,
                    null,
                    List.of(
                            choice("ask", "good", "asked_school", null, Map.of(), true),
                            choice("detour", "d", null, null, Map.of(), false),
                            choice("give-up", "poor", null, null, Map.of(), false))),
            new Scene("d", null, null, List.of(choice("back", "good", null, null, Map.of(), false))),
            new Ending("good", Outcome.GOOD),
            new Ending("poor", Outcome.POOR));

    @Test
    void countsTheRecommendedPathFromTheStart() {
        // In c the recommended choice needs asked_school, which is false: the shortest way out is one decision.
        assertThat(Progress.of(LINE, "a", LINE.initialState(), 0)).isEqualTo(new Progress(1, 3));
    }

    @Test
    void addsDecisionsMadeToThoseStillAhead() {
        assertThat(Progress.of(LINE, "c", LINE.initialState(), 5)).isEqualTo(new Progress(6, 6));
    }

    @Test
    void followsTheRecommendedChoiceWhenItIsOnOffer() {
        State asked = LINE.initialState().with("asked_school", 1);
        assertThat(Progress.of(LINE, "b", asked, 1)).isEqualTo(new Progress(2, 3));
    }

    @Test
    void atAnEndingTheDecisionsMadeAreAll() {
        assertThat(Progress.of(LINE, "good", LINE.initialState(), 4)).isEqualTo(new Progress(4, 4));
    }

    @Test
    void stopsOnALoopWithoutProgress() {
        ScenarioDefinition loop = TestScenarios.scenario(
                "x",
                new Scene(
                        "x",
                        null,
                        null,
                        List.of(
                                choice("round", "x", null, null, Map.of(), true),
                                choice("out", "good", null, null, Map.of(), false))),
                new Ending("good", Outcome.GOOD));
        assertThat(Progress.of(loop, "x", loop.initialState(), 0)).isEqualTo(new Progress(1, 1));
    }
}
