package nl.signaal.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import nl.signaal.content.ContentLoader;
import nl.signaal.content.Scenario;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every shipped scenario (../content/scenarios) and every valid fixture scenario: 1,000 seeded random walks
 * that only pick available choices, never see choose() throw, and reach an ending within 200 steps.
 */
class RandomWalkTest {

    private static final int WALKS = 1_000;
    private static final int MAX_STEPS = 200;

    @TestFactory
    Stream<DynamicTest> everyWalkReachesAnEnding() throws URISyntaxException {
        List<Scenario> scenarios = new ArrayList<>(
                ContentLoader.load(Path.of("..", "content")).content().scenarios());
        scenarios.addAll(ContentLoader.load(Path.of(RandomWalkTest.class
                        .getResource("/content-fixtures/valid/content")
                        .toURI()))
                .content()
                .scenarios());
        assertThat(scenarios).as("scenarios to walk").isNotEmpty();
        return scenarios.stream()
                .map(scenario -> DynamicTest.dynamicTest(
                        scenario.id(),
                        () -> walk(
                                scenario.definition(), new Random(scenario.id().hashCode()))));
    }

    private static void walk(ScenarioDefinition d, Random random) throws ChoiceUnavailable {
        for (int walk = 0; walk < WALKS; walk++) {
            String node = d.start();
            State state = d.initialState();
            int steps = 0;
            while (d.node(node) instanceof Scene) {
                List<Choice> available = Play.available(d, node, state);
                assertThat(available)
                        .as("choices in %s with %s", node, state.values())
                        .isNotEmpty();
                Choice choice = available.get(random.nextInt(available.size()));
                Step step = Play.choose(d, node, state, choice.id());
                node = step.toNode();
                state = step.after();
                assertThat(++steps).as("steps of walk %d in %s", walk, d.id()).isLessThanOrEqualTo(MAX_STEPS);
            }
            for (VariableDeclaration variable : d.variables()) {
                assertThat(state.get(variable.name())).isBetween(variable.min(), variable.max());
            }
        }
    }
}
