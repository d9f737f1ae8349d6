package nl.signaal.refresher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import nl.signaal.content.Localized;
import nl.signaal.content.Scenario;
import nl.signaal.simulation.engine.Choice;
import nl.signaal.simulation.engine.Condition;
import nl.signaal.simulation.engine.Ending;
import nl.signaal.simulation.engine.Node;
import nl.signaal.simulation.engine.Outcome;
import nl.signaal.simulation.engine.ScenarioDefinition;
import nl.signaal.simulation.engine.Scene;
import org.junit.jupiter.api.Test;

class PickingDecisionPointTest {
    private static final List<String> COMPETENCIES = List.of("a", "b", "c");

    /** A scenario with one scene marked for practice of {@code competency}, texts in {@code locales}. */
    private static DecisionPoint point(
            String scenarioId, String competency, List<String> targetGroups, List<String> locales) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        nodes.put(
                "scene",
                new Scene(
                        "scene",
                        null,
                        null,
                        List.of(
                                new Choice("good", "end", Condition.ALWAYS, List.of(), Map.of(competency, 2), true),
                                new Choice(
                                        "poor", "end", Condition.ALWAYS, List.of(), Map.of(competency, -1), false))));
        nodes.put("end", new Ending("end", Outcome.GOOD));
        ScenarioDefinition definition = new ScenarioDefinition(
                scenarioId, 1, 1, targetGroups, COMPETENCIES, 5, List.of(), "scene", nodes, Map.of());
        Map<String, String> texts = new LinkedHashMap<>();
        locales.forEach(locale -> texts.put(locale, scenarioId));
        Localized text = new Localized(texts);
        Scenario scenario = new Scenario(
                definition,
                text,
                text,
                Map.of(),
                Map.of(),
                Map.of("scene", text, "end", text),
                Map.of("end", text),
                Map.of("scene/good", text, "scene/poor", text),
                Map.of("scene/good", text, "scene/poor", text),
                Map.of(),
                Map.of("scene", competency));
        return new DecisionPoint(scenario, "scene", competency);
    }

    private static DecisionPoint point(String scenarioId, String competency) {
        return point(scenarioId, competency, List.of(), List.of("nl"));
    }

    private static Optional<String> picked(
            List<DecisionPoint> candidates, List<String> weakest, Set<String> recent, String sector, String locale) {
        return PickingDecisionPoint.pick(candidates, weakest, recent, sector, locale, new Random(5))
                .map(point -> point.scenario().id());
    }

    @Test
    void everyFifthSessionOfALearnerHasASlot() {
        List<Long> withSlot = IntStream.range(0, 15)
                .mapToObj(Long::valueOf)
                .filter(PickingDecisionPoint::hasSlot)
                .toList();

        assertThat(withSlot).containsExactly(4L, 9L, 14L);
    }

    @Test
    void ordersCompetenciesNeverPractisedFirstThenByRetrievability() {
        List<String> weakest = PickingDecisionPoint.weakest(
                List.of("a", "b", "c", "d"), Map.of("a", 0.9, "b", 0.4, "c", 0.7), new Random(1));

        assertThat(weakest).containsExactly("d", "b", "c", "a");
    }

    @Test
    void picksADecisionPointForTheWeakestCompetency() {
        List<DecisionPoint> candidates = List.of(point("for-a", "a"), point("for-b", "b"), point("for-c", "c"));

        assertThat(picked(candidates, List.of("b", "a", "c"), Set.of(), null, "nl"))
                .contains("for-b");
    }

    @Test
    void takesTheSecondWeakestWhenTheWeakestHasNoDecisionPoint() {
        List<DecisionPoint> candidates = List.of(point("for-a", "a"), point("for-c", "c"));

        assertThat(picked(candidates, List.of("b", "c", "a"), Set.of(), null, "nl"))
                .contains("for-c");
    }

    @Test
    void picksNoneWhenNeitherOfTheTwoWeakestHasADecisionPoint() {
        List<DecisionPoint> candidates = List.of(point("for-a", "a"));

        assertThat(picked(candidates, List.of("b", "c", "a"), Set.of(), null, "nl"))
                .isEmpty();
    }

    @Test
    void prefersOneNotAnsweredThisWeek() {
        DecisionPoint recent = point("recent", "a");
        List<DecisionPoint> candidates = List.of(recent, point("fresh", "a"));

        assertThat(picked(candidates, List.of("a"), Set.of(recent.key()), null, "nl"))
                .contains("fresh");
        assertThat(picked(List.of(recent), List.of("a"), Set.of(recent.key()), null, "nl"))
                .contains("recent");
    }

    @Test
    void prefersACaseTranslatedIntoTheLearnersLocaleThenOneForTheirSector() {
        List<DecisionPoint> candidates = List.of(
                point("other-sector", "a", List.of("onderwijs"), List.of("nl", "en")),
                point("own-sector-dutch", "a", List.of("jeugdhulp"), List.of("nl")),
                point("general", "a", List.of(), List.of("nl", "en")),
                point("own-sector", "a", List.of("jeugdhulp"), List.of("nl", "en")));

        assertThat(picked(candidates, List.of("a"), Set.of(), "jeugdhulp", "en"))
                .contains("own-sector");
        assertThat(picked(candidates.subList(0, 3), List.of("a"), Set.of(), "jeugdhulp", "en"))
                .contains("general");
        assertThat(picked(candidates.subList(0, 3), List.of("a"), Set.of(), "jeugdhulp", "nl"))
                .contains("own-sector-dutch");
    }

    @Test
    void theDecisionPointTakesTheLastPlaceOfAFullSession() {
        DecisionPoint point = point("case", "a");

        assertThat(PickingDecisionPoint.withDecisionPoint(List.of("1", "2", "3", "4", "5"), point))
                .containsExactly("1", "2", "3", "4", "scenarios/case/nodes/scene");
        assertThat(PickingDecisionPoint.withDecisionPoint(List.of("1", "2", "3"), point))
                .containsExactly("1", "2", "3", "scenarios/case/nodes/scene");
    }
}
