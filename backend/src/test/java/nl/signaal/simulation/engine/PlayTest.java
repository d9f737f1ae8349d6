package nl.signaal.simulation.engine;

import static nl.signaal.simulation.engine.TestScenarios.choice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlayTest {

    private final ScenarioDefinition scenario = TestScenarios.scenario(
            "s1",
            new Scene(
                    "s1",
                    "moeder",
                    "huisbezoek",
                    List.of(
                            choice("a", "end", "trust >= 6", null, Map.of(), true),
                            choice("b", "s2", null, "trust += 10; risk -= 1; asked_school = true", Map.of(), false),
                            choice("c", "end", "not asked_school", null, Map.of(), false))),
            new Scene("s2", null, null, List.of(choice("d", "end", null, null, Map.of(), true))),
            new Ending("end", Outcome.GOOD));
    private final State start = scenario.initialState();

    @Test
    void startsFromTheDeclaredInitialValues() {
        assertThat(start.values()).isEqualTo(Map.of("asked_school", 0, "risk", 3, "trust", 5));
        assertThat(start.values().keySet()).containsExactly("asked_school", "risk", "trust");
    }

    @Test
    void offersOnlyChoicesWhoseConditionHolds() {
        assertThat(Play.available(scenario, "s1", start)).extracting(Choice::id).containsExactly("b", "c");
        assertThat(Play.available(scenario, "s1", start.with("trust", 6).with("asked_school", 1)))
                .extracting(Choice::id)
                .containsExactly("a", "b");
    }

    @Test
    void offersNothingAtAnEnding() {
        assertThat(Play.available(scenario, "end", start)).isEmpty();
    }

    @Test
    void appliesEffectsInOrderClampedAndMovesOn() throws ChoiceUnavailable {
        Step step = Play.choose(scenario, "s1", start, "b");
        assertThat(step.fromNode()).isEqualTo("s1");
        assertThat(step.choice().id()).isEqualTo("b");
        assertThat(step.after().values()).isEqualTo(Map.of("asked_school", 1, "risk", 2, "trust", 10));
        assertThat(step.toNode()).isEqualTo("s2");
    }

    @Test
    void rejectsChoiceThatIsNotAvailable() {
        assertThatThrownBy(() -> Play.choose(scenario, "s1", start, "a"))
                .isInstanceOfSatisfying(
                        ChoiceUnavailable.class,
                        e -> assertThat(e.reason())
                                .isEqualTo(
                                        "choice 'a' is not available now: its condition 'trust >= 6' does not hold"));
    }

    @Test
    void rejectsUnknownChoice() {
        assertThatThrownBy(() -> Play.choose(scenario, "s1", start, "x"))
                .isInstanceOfSatisfying(
                        ChoiceUnavailable.class,
                        e -> assertThat(e.reason()).isEqualTo("unknown choice 'x' in scene 's1'"));
    }

    @Test
    void rejectsChoosingAtAnEnding() {
        assertThatThrownBy(() -> Play.choose(scenario, "end", start, "a"))
                .isInstanceOfSatisfying(
                        ChoiceUnavailable.class, e -> assertThat(e.reason()).isEqualTo("'end' is an ending"));
    }

    @Test
    void rejectsUnknownNode() {
        assertThatThrownBy(() -> Play.available(scenario, "nowhere", start))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown node 'nowhere' in scenario 'test'");
    }
}
