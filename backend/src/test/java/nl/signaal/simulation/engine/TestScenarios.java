package nl.signaal.simulation.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made scenarios for engine tests. */
final class TestScenarios {

    static final List<VariableDeclaration> VARIABLES = List.of(
            new VariableDeclaration("trust", VariableType.INT, 5, 0, 10),
            new VariableDeclaration("risk", VariableType.INT, 3, 0, 10),
            VariableDeclaration.flag("asked_school", false));

    private TestScenarios() {}

    static Condition condition(String source) {
        try {
            return Expressions.condition(source, VARIABLES);
        } catch (ExpressionException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static List<Effect> effects(String source) {
        try {
            return Expressions.effects(source, VARIABLES);
        } catch (ExpressionException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Choice choice(
            String id, String to, String condition, String effects, Map<String, Integer> points, boolean recommended) {
        return new Choice(
                id,
                to,
                condition == null ? Condition.ALWAYS : condition(condition),
                effects == null ? List.of() : effects(effects),
                points,
                recommended);
    }

    static ScenarioDefinition scenario(String start, Node... nodes) {
        Map<String, Node> byId = new LinkedHashMap<>();
        for (Node node : nodes) {
            byId.put(node.id(), node);
        }
        return new ScenarioDefinition(
                "test",
                1,
                1,
                List.of(),
                List.of("signal-recognition", "safety", "cooperation"),
                10,
                VARIABLES,
                start,
                byId,
                Map.of(
                        "signal-recognition", List.of(new LessonRef("signalen-herkennen", "zachte-signalen")),
                        "safety",
                                List.of(
                                        new LessonRef("veiligheid", "plan"),
                                        new LessonRef("signalen-herkennen", "zachte-signalen")),
                        "cooperation", List.of(new LessonRef("samenwerken", "overleg"))));
    }
}
