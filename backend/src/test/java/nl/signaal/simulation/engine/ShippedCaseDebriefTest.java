package nl.signaal.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import nl.signaal.content.ContentLoader;
import nl.signaal.content.Scenario;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Plays every shipped case along several routes and checks the debrief's promises (decision 0030): scores within
 * 0..100 %, never more earned than attainable, full marks on the recommended path, and mistakes that are exactly
 * the choices made that scored below the best choice on offer.
 */
class ShippedCaseDebriefTest {

    private static final int RANDOM_WALKS = 200;
    private static final int MAX_STEPS = 100;

    private static final List<ScenarioDefinition> CASES =
            ContentLoader.load(Path.of("..", "content")).content().scenarios().stream()
                    .map(Scenario::definition)
                    .toList();

    /** How a route picks among the choices on offer (in authored order; the app shows them shuffled). */
    private static final Comparator<Choice> BY_TOTAL = Comparator.comparingInt(Debriefing::total);

    @TestFactory
    Stream<DynamicTest> theRecommendedPathScoresFullyInEveryPractisedCompetency() {
        assertThat(CASES).as("shipped cases").hasSizeGreaterThanOrEqualTo(2);
        return CASES.stream()
                .map(d -> DynamicTest.dynamicTest(d.id(), () -> {
                    Debrief debrief = Debriefing.of(d, walk(d, (available, step) -> Debriefing.best(available)));
                    assertThat(debrief.outcome())
                            .as("the recommended path ends")
                            .isNotNull();
                    assertHoldsTrue(d, debrief);
                    assertThat(debrief.competencies())
                            .as("competencies on the recommended path of %s", d.id())
                            .filteredOn(CompetencyScore::practised)
                            .isNotEmpty()
                            .allSatisfy(score -> {
                                assertThat(score.earned())
                                        .as(score.competency())
                                        .isEqualTo(score.attainable());
                                assertThat(score.score()).as(score.competency()).isEqualTo(1.0);
                            });
                    assertThat(debrief.mistakes()).isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyRouteKeepsScoresWithinBoundsAndNamesOnlyRealMistakes() {
        return CASES.stream()
                .map(d -> DynamicTest.dynamicTest(d.id(), () -> {
                    List<List<Decision>> routes = new ArrayList<>();
                    routes.add(walk(
                            d,
                            (available, step) ->
                                    available.stream().min(BY_TOTAL).orElseThrow()));
                    routes.add(walk(
                            d,
                            (available, step) ->
                                    available.stream().max(BY_TOTAL).orElseThrow()));
                    routes.add(walk(d, (available, step) -> available.get(available.size() - 1)));
                    // second worst, then best: a route that recovers after going wrong
                    routes.add(walk(
                            d,
                            (available, step) -> step < 2
                                    ? available.stream()
                                            .sorted(BY_TOTAL)
                                            .skip(Math.min(1, available.size() - 1))
                                            .findFirst()
                                            .orElseThrow()
                                    : Debriefing.best(available)));
                    Random random = new Random(d.id().hashCode());
                    for (int i = 0; i < RANDOM_WALKS; i++) {
                        routes.add(walk(d, (available, step) -> available.get(random.nextInt(available.size()))));
                    }
                    for (List<Decision> route : routes) {
                        assertHoldsTrue(d, Debriefing.of(d, route));
                    }
                }));
    }

    @Test
    void reportsTheTikkiesPoorRouteHonestly() {
        ScenarioDefinition tikkies = shippedCase("buurtteam-tikkies");
        // The poor route from issue #13: the police at once, let the mother go, see Jesse only as a perpetrator.
        // It showed "reporting route 100 %: -1 of 0", "cooperation 100 %: 0 of 0" and "safety 0 %: -2 of 1".
        Debrief debrief = Debriefing.of(
                tikkies,
                List.of(
                        new Decision("eerste-gesprek", "politie-sturen"),
                        new Decision("moeder-schrikt", "laten-gaan"),
                        new Decision("weken-later", "alleen-dader")));
        assertThat(debrief.outcome()).isEqualTo(Outcome.POOR);
        // Attainable: doorvragen (signal-recognition 2), excuus-uitleg (safety 1, signal-recognition 1) and
        // veiligheid-eerst (victim-or-perpetrator 2, signal-recognition 1, safety 2, reporting-route 1).
        assertThat(debrief.competencies())
                .containsExactly(
                        new CompetencyScore("signal-recognition", -1, 4, true, 0.0, true),
                        new CompetencyScore("victim-or-perpetrator", -2, 2, true, 0.0, true),
                        new CompetencyScore("reporting-route", -1, 1, true, 0.0, true),
                        new CompetencyScore("cooperation", 0, 0, false, null, false),
                        new CompetencyScore("safety", -2, 3, true, 0.0, true));
        assertThat(debrief.mistakes())
                .extracting(DecisionReview::chosenChoiceId, DecisionReview::bestChoiceId)
                .containsExactly(
                        tuple("politie-sturen", "doorvragen"),
                        tuple("laten-gaan", "excuus-uitleg"),
                        tuple("alleen-dader", "veiligheid-eerst"));
    }

    @Test
    void namesNoMistakeForTheBestChoiceOnARouteThatWentWrongEarlier() {
        ScenarioDefinition tikkies = shippedCase("buurtteam-tikkies");
        Debrief debrief = Debriefing.of(
                tikkies,
                List.of(
                        new Decision("eerste-gesprek", "pubergedrag"),
                        new Decision("weken-later", "veiligheid-eerst")));
        assertThat(debrief.mistakes())
                .extracting(DecisionReview::chosenChoiceId)
                .containsExactly("pubergedrag");
    }

    /** Plays from the start, picking with {@code pick} (given the choices on offer and the step), until an ending. */
    private static List<Decision> walk(ScenarioDefinition d, BiFunction<List<Choice>, Integer, Choice> pick)
            throws ChoiceUnavailable {
        List<Decision> path = new ArrayList<>();
        String node = d.start();
        State state = d.initialState();
        while (d.node(node) instanceof Scene && path.size() < MAX_STEPS) {
            Choice choice = pick.apply(Play.available(d, node, state), path.size());
            path.add(new Decision(node, choice.id()));
            Step step = Play.choose(d, node, state, choice.id());
            node = step.toNode();
            state = step.after();
        }
        return path;
    }

    private static void assertHoldsTrue(ScenarioDefinition d, Debrief debrief) throws ChoiceUnavailable {
        for (CompetencyScore score : debrief.competencies()) {
            String what = d.id() + " " + score.competency() + " on "
                    + debrief.decisions().size() + " decisions";
            assertThat(score.attainable()).as(what).isNotNegative();
            assertThat(score.earned()).as(what).isLessThanOrEqualTo(score.attainable());
            assertThat(score.practised()).as(what).isEqualTo(score.attainable() > 0);
            if (score.practised()) {
                assertThat(score.score()).as(what).isBetween(0.0, 1.0);
            } else {
                assertThat(score.score()).as(what).isNull();
            }
        }
        // Replay independently: a mistake is a choice made that scored fewer points in total than the best on offer.
        String node = d.start();
        State state = d.initialState();
        List<Integer> expectedMistakeSteps = new ArrayList<>();
        for (DecisionReview review : debrief.decisions()) {
            List<Choice> available = Play.available(d, node, state);
            Choice chosen =
                    ((Scene) d.node(node)).choice(review.chosenChoiceId()).orElseThrow();
            int bestTotal = available.stream()
                    .filter(Choice::recommended)
                    .findFirst()
                    .map(Debriefing::total)
                    .orElseGet(() ->
                            available.stream().mapToInt(Debriefing::total).max().orElseThrow());
            if (Debriefing.total(chosen) < bestTotal) {
                expectedMistakeSteps.add(review.step());
            }
            Step step = Play.choose(d, node, state, chosen.id());
            node = step.toNode();
            state = step.after();
        }
        assertThat(debrief.mistakes())
                .as("mistakes in %s", d.id())
                .extracting(DecisionReview::step)
                .containsExactlyElementsOf(expectedMistakeSteps);
        assertThat(debrief.mistakes())
                .allSatisfy(
                        m -> assertThat(debrief.decisions().get(m.step() - 1)).isEqualTo(m));
    }

    private static ScenarioDefinition shippedCase(String id) {
        return CASES.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }
}
