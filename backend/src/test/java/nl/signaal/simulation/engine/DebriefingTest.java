package nl.signaal.simulation.engine;

import static nl.signaal.simulation.engine.TestScenarios.choice;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DebriefingTest {

    // s1: a (+2 signal-recognition, +1 safety, recommended) or b (-1 safety)
    // s2: c (+3 cooperation, +2 safety, recommended, needs trust >= 6 which only a gives) or d (no points)
    private final ScenarioDefinition scenario = TestScenarios.scenario(
            "s1",
            new Scene(
                    "s1",
                    null,
                    null,
                    List.of(
                            choice("a", "s2", null, "trust += 1", Map.of("signal-recognition", 2, "safety", 1), true),
                            choice("b", "s2", null, null, Map.of("signal-recognition", 0, "safety", -1), false))),
            new Scene(
                    "s2",
                    null,
                    null,
                    List.of(
                            choice("c", "good", "trust >= 6", null, Map.of("cooperation", 3, "safety", 2), true),
                            choice("d", "poor", null, null, Map.of("safety", 0), false))),
            new Ending("good", Outcome.GOOD),
            new Ending("poor", Outcome.POOR));

    private static final List<Decision> RECOMMENDED = List.of(new Decision("s1", "a"), new Decision("s2", "c"));

    @Test
    void scoresTheRecommendedPathFully() {
        Debrief debrief = Debriefing.of(scenario, RECOMMENDED);
        assertThat(debrief.outcome()).isEqualTo(Outcome.GOOD);
        assertThat(debrief.competencies())
                .containsExactly(
                        new CompetencyScore("signal-recognition", 2, 2, 1.0, false),
                        new CompetencyScore("safety", 3, 3, 1.0, false),
                        new CompetencyScore("cooperation", 3, 3, 1.0, false));
        assertThat(debrief.readAgain()).isEmpty();
        assertThat(debrief.decisions()).allMatch(DecisionReview::followedRecommendation);
    }

    @Test
    void scoresAgainstTheBestChoiceOfEachSceneClampedAtZero() {
        Debrief debrief = Debriefing.of(scenario, List.of(new Decision("s1", "b"), new Decision("s2", "d")));
        assertThat(debrief.outcome()).isEqualTo(Outcome.POOR);
        // possible: signal-recognition 2 + 0; safety 1 + 2; cooperation 0 + 3. Safety earned -1 scores 0, not below.
        assertThat(debrief.competencies())
                .containsExactly(
                        new CompetencyScore("signal-recognition", 0, 2, 0.0, true),
                        new CompetencyScore("safety", -1, 3, 0.0, true),
                        new CompetencyScore("cooperation", 0, 3, 0.0, true));
    }

    @Test
    void recommendsLessonsOnlyForWeakCompetenciesWithoutDuplicates() {
        Debrief weak = Debriefing.of(scenario, List.of(new Decision("s1", "b"), new Decision("s2", "d")));
        assertThat(weak.readAgain())
                .containsExactly(
                        new LessonRef("signalen-herkennen", "zachte-signalen"),
                        new LessonRef("veiligheid", "plan"),
                        new LessonRef("samenwerken", "overleg"));
        // a then d: signal-recognition 2/2, safety 1/3 (weak), cooperation 0/3 (weak)
        Debrief mixed = Debriefing.of(scenario, List.of(new Decision("s1", "a"), new Decision("s2", "d")));
        assertThat(mixed.competencies()).extracting(CompetencyScore::weak).containsExactly(false, true, true);
        assertThat(mixed.readAgain())
                .containsExactly(
                        new LessonRef("veiligheid", "plan"),
                        new LessonRef("signalen-herkennen", "zachte-signalen"),
                        new LessonRef("samenwerken", "overleg"));
    }

    @Test
    void countsHalfAsNotWeak() {
        ScenarioDefinition half = TestScenarios.scenario(
                "s",
                new Scene(
                        "s",
                        null,
                        null,
                        List.of(
                                choice("best", "end", null, null, Map.of("safety", 4), true),
                                choice("half", "end", null, null, Map.of("safety", 2), false))),
                new Ending("end", Outcome.PARTIAL));
        assertThat(Debriefing.of(half, List.of(new Decision("s", "half"))).competencies())
                .contains(
                        new CompetencyScore("safety", 2, 4, 0.5, false),
                        new CompetencyScore("cooperation", 0, 0, 1.0, false));
    }

    @Test
    void reviewsEachDecisionAgainstTheRecommendedChoiceAvailableThen() {
        Debrief debrief = Debriefing.of(scenario, List.of(new Decision("s1", "b"), new Decision("s2", "d")));
        assertThat(debrief.decisions())
                .containsExactly(
                        new DecisionReview(1, "s1", "b", "a", false, Map.of("signal-recognition", 0, "safety", -1)),
                        // c is recommended but needs trust >= 6, which b did not give: no recommendation to miss here
                        new DecisionReview(2, "s2", "d", null, false, Map.of("safety", 0)));
    }

    @Test
    void followsRecommendedChoicesFromTheStart() {
        assertThat(Debriefing.of(scenario, List.of()).recommendedPath()).isEqualTo(RECOMMENDED);
    }

    @Test
    void hasNoOutcomeBeforeAnEnding() {
        Debrief debrief = Debriefing.of(scenario, List.of(new Decision("s1", "a")));
        assertThat(debrief.outcome()).isNull();
        assertThat(debrief.decisions()).hasSize(1);
    }
}
