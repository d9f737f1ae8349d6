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
    private static final List<Decision> POOR = List.of(new Decision("s1", "b"), new Decision("s2", "d"));

    @Test
    void scoresTheRecommendedPathFully() {
        Debrief debrief = Debriefing.of(scenario, RECOMMENDED);
        assertThat(debrief.outcome()).isEqualTo(Outcome.GOOD);
        assertThat(debrief.competencies())
                .containsExactly(
                        new CompetencyScore("signal-recognition", 2, 2, true, 1.0, false),
                        new CompetencyScore("safety", 3, 3, true, 1.0, false),
                        new CompetencyScore("cooperation", 3, 3, true, 1.0, false));
        assertThat(debrief.readAgain()).isEmpty();
        assertThat(debrief.decisions()).allMatch(DecisionReview::followedRecommendation);
        assertThat(debrief.mistakes()).isEmpty();
    }

    @Test
    void scoresAgainstTheBestChoiceOnOfferAtEachDecisionMet() {
        Debrief debrief = Debriefing.of(scenario, POOR);
        assertThat(debrief.outcome()).isEqualTo(Outcome.POOR);
        // s1: a was on offer (signal-recognition 2, safety 1). s2: c needs trust 6, which b did not give, so d was
        // the best on offer and nothing was attainable there: cooperation was not practised on this path.
        assertThat(debrief.competencies())
                .containsExactly(
                        new CompetencyScore("signal-recognition", 0, 2, true, 0.0, true),
                        new CompetencyScore("safety", -1, 1, true, 0.0, true),
                        new CompetencyScore("cooperation", 0, 0, false, null, false));
    }

    @Test
    void keepsNegativePointsSignedAndTheScoreAtZero() {
        CompetencyScore safety = Debriefing.of(scenario, POOR).competencies().get(1);
        assertThat(safety.earned()).isEqualTo(-1);
        assertThat(safety.score()).isEqualTo(0.0);
    }

    @Test
    void namesOnlyTheDecisionsThatScoredBelowTheBestOnOffer() {
        Debrief debrief = Debriefing.of(scenario, POOR);
        // b scored -1 against a's 3; d was the only choice on offer, so it is no mistake.
        assertThat(debrief.mistakes())
                .extracting(DecisionReview::chosenChoiceId)
                .containsExactly("b");
        assertThat(debrief.mistakes().get(0).bestChoiceId()).isEqualTo("a");
    }

    @Test
    void neverLetsEarnedExceedAttainableWhenAWorseChoiceScoresMoreInOneCompetency() {
        ScenarioDefinition split = TestScenarios.scenario(
                "s",
                new Scene(
                        "s",
                        null,
                        null,
                        List.of(
                                choice("best", "end", null, null, Map.of("safety", 3), true),
                                choice("other", "end", null, null, Map.of("cooperation", 1), false))),
                new Ending("end", Outcome.PARTIAL));
        Debrief debrief = Debriefing.of(split, List.of(new Decision("s", "other")));
        assertThat(debrief.competencies())
                .containsExactly(
                        new CompetencyScore("signal-recognition", 0, 0, false, null, false),
                        new CompetencyScore("safety", 0, 3, true, 0.0, true),
                        new CompetencyScore("cooperation", 1, 1, true, 1.0, false));
        assertThat(debrief.mistakes())
                .extracting(DecisionReview::chosenChoiceId)
                .containsExactly("other");
    }

    @Test
    void marksPointsLostWhereNothingWasAttainableAsWeakWithoutAScore() {
        ScenarioDefinition noGain = TestScenarios.scenario(
                "s",
                new Scene(
                        "s",
                        null,
                        null,
                        List.of(
                                choice("calm", "end", null, null, Map.of("signal-recognition", 1), true),
                                choice("rash", "end", null, null, Map.of("cooperation", -1), false))),
                new Ending("end", Outcome.POOR));
        Debrief debrief = Debriefing.of(noGain, List.of(new Decision("s", "rash")));
        assertThat(debrief.competencies().get(2))
                .isEqualTo(new CompetencyScore("cooperation", -1, 0, false, null, true));
        assertThat(debrief.readAgain()).contains(new LessonRef("samenwerken", "overleg"));
    }

    @Test
    void takesTheChoiceWithMostPointsAsBestWhenNoneIsRecommendedFirstOnATie() {
        ScenarioDefinition unmarked = TestScenarios.scenario(
                "s",
                new Scene(
                        "s",
                        null,
                        null,
                        List.of(
                                choice("low", "end", null, null, Map.of("safety", 1), false),
                                choice("high", "end", null, null, Map.of("safety", 2), false),
                                choice("same", "end", null, null, Map.of("cooperation", 2), false))),
                new Ending("end", Outcome.PARTIAL));
        assertThat(Debriefing.of(unmarked, List.of(new Decision("s", "same")))
                        .decisions()
                        .get(0))
                .satisfies(review -> {
                    assertThat(review.bestChoiceId()).isEqualTo("high");
                    assertThat(review.belowBest()).isFalse();
                });
        assertThat(Debriefing.of(unmarked, List.of(new Decision("s", "low"))).mistakes())
                .hasSize(1);
    }

    @Test
    void recommendsLessonsOnlyForWeakCompetenciesWithoutDuplicates() {
        Debrief weak = Debriefing.of(scenario, POOR);
        assertThat(weak.readAgain())
                .containsExactly(
                        new LessonRef("signalen-herkennen", "zachte-signalen"), new LessonRef("veiligheid", "plan"));
        // a then d: c was on offer after a (trust 6), so signal-recognition 2/2, safety 1/3 (weak), cooperation 0/3
        // (weak); the lessons follow the scenario's competency order, each once
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
                .contains(new CompetencyScore("safety", 2, 4, true, 0.5, false));
    }

    @Test
    void reviewsEachDecisionAgainstTheRecommendedChoiceAvailableThen() {
        Debrief debrief = Debriefing.of(scenario, POOR);
        assertThat(debrief.decisions())
                .containsExactly(
                        new DecisionReview(
                                1,
                                "s1",
                                "b",
                                "a",
                                false,
                                Map.of("signal-recognition", 0, "safety", -1),
                                "a",
                                Map.of("signal-recognition", 2, "safety", 1),
                                true),
                        // c is recommended but needs trust >= 6, which b did not give: no recommendation to miss here
                        new DecisionReview(
                                2, "s2", "d", null, false, Map.of("safety", 0), "d", Map.of("safety", 0), false));
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
