package nl.signaal.simulation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.signaal.content.Scenario;
import nl.signaal.simulation.engine.Choice;
import nl.signaal.simulation.engine.ChoiceUnavailable;
import nl.signaal.simulation.engine.Ending;
import nl.signaal.simulation.engine.Node;
import nl.signaal.simulation.engine.Play;
import nl.signaal.simulation.engine.ScenarioDefinition;
import nl.signaal.simulation.engine.Scene;
import nl.signaal.simulation.engine.State;
import nl.signaal.simulation.engine.Step;
import nl.signaal.simulation.engine.VariableDeclaration;
import nl.signaal.simulation.engine.VariableType;
import nl.signaal.web.ApiException;
import org.jsoup.nodes.Entities;

/**
 * A scenario as a learner would see it at any node with any values, without a run: for authors who preview a draft.
 * Texts, locale fallback and the choices on offer come from the same code as a run ({@link RunViews}, {@link Play});
 * nothing is stored. Unlike a run, every choice of a scene is listed in authored order, each saying whether it is on
 * offer, and a choice that is not says which condition does not hold.
 */
public final class ScenarioPreview {
    private final Scenario scenario;
    private final RunViews views;

    public ScenarioPreview(Scenario scenario, String locale) {
        this.scenario = scenario;
        this.views = new RunViews(scenario, locale);
    }

    /**
     * One choice of the scene. text is plain text (escape it when showing); unavailableBecause: the condition as
     * written that does not hold with these values.
     */
    @Serdeable
    public record PreviewChoice(
            String id,
            String text,
            boolean available,
            @Nullable String unavailableBecause) {}

    /**
     * What a learner sees at a node: a scene (speaker's name, setting, sanitised html, choices) or an ending (outcome good,
     * partial or poor, html and debriefHtml); state holds every variable, ints as numbers and flags as true/false.
     * untranslated: some text fell back to Dutch, as a run would show it.
     */
    @Serdeable
    public record PreviewNode(
            String node,
            @Nullable String speaker,
            @Nullable String setting,
            String html,
            List<PreviewChoice> choices,
            @Nullable String ending,
            @Nullable String debriefHtml,
            Map<String, Object> state,
            boolean untranslated) {}

    /**
     * After a choice: its text and feedback (plain text, as a run shows them; feedbackHtml is the same feedback
     * escaped, to show as HTML) and the node it led to.
     */
    @Serdeable
    public record PreviewStep(String choice, String text, String feedback, String feedbackHtml, PreviewNode next) {}

    /**
     * The state to preview with: the declared initial values, with {@code overrides} (variable name to an int, or
     * true/false for a flag) in their place. 400 naming the variable when it is not declared, has the wrong type or
     * lies outside the declared range (refused, not clamped: an author who types 9 for a 0..5 variable should know).
     */
    public State state(@Nullable Map<String, Object> overrides) {
        ScenarioDefinition definition = scenario.definition();
        State state = definition.initialState();
        if (overrides == null) {
            return state;
        }
        for (Map.Entry<String, Object> override : overrides.entrySet()) {
            String name = override.getKey();
            String field = "variables." + name;
            VariableDeclaration variable = definition
                    .variable(name)
                    .orElseThrow(() -> ApiException.invalidField(
                            field,
                            "unknown variable '" + name + "'; declared are: "
                                    + definition.variables().stream()
                                            .map(VariableDeclaration::name)
                                            .collect(Collectors.joining(", "))));
            state = state.with(name, value(variable, override.getValue(), field));
        }
        return state;
    }

    private static int value(VariableDeclaration variable, @Nullable Object value, String field) {
        if (variable.type() == VariableType.FLAG) {
            if (value instanceof Boolean flag) {
                return flag ? 1 : 0;
            }
            throw ApiException.invalidField(field, "is a flag: give true or false");
        }
        if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
            throw ApiException.invalidField(field, "must be a whole number");
        }
        if (number.doubleValue() < variable.min() || number.doubleValue() > variable.max()) {
            throw ApiException.invalidField(
                    field,
                    "must be between " + variable.min() + " and " + variable.max() + " (the declared range); it is "
                            + number.longValue());
        }
        return number.intValue();
    }

    /** The node to start at: the given one, or the scenario's start; 400 field node when there is no such node. */
    public String node(@Nullable String nodeId) {
        if (nodeId == null || nodeId.isBlank()) {
            return scenario.definition().start();
        }
        if (!scenario.definition().nodes().containsKey(nodeId)) {
            throw ApiException.invalidField(
                    "node",
                    "unknown node '" + nodeId + "'; the nodes are: "
                            + String.join(", ", scenario.definition().nodes().keySet()));
        }
        return nodeId;
    }

    /** What a learner sees at this node with this state. */
    public PreviewNode at(String nodeId, State state) {
        ScenarioDefinition definition = scenario.definition();
        Node node = definition.node(nodeId);
        String html = views.text(scenario.nodeHtml().get(nodeId));
        if (node instanceof Ending ending) {
            String debrief = views.text(scenario.debriefHtml().get(nodeId));
            return new PreviewNode(
                    nodeId,
                    null,
                    null,
                    html,
                    List.of(),
                    ending.outcome().name().toLowerCase(java.util.Locale.ROOT),
                    debrief,
                    values(definition, state),
                    views.untranslated());
        }
        Scene scene = (Scene) node;
        List<Choice> available = Play.available(definition, nodeId, state);
        List<PreviewChoice> choices = scene.choices().stream()
                .map(choice -> {
                    boolean on = available.contains(choice);
                    return new PreviewChoice(
                            choice.id(),
                            views.choiceText(nodeId, choice.id()),
                            on,
                            on ? null : choice.condition().source());
                })
                .toList();
        SimulationApi.Character character = views.character(scene.speaker());
        return new PreviewNode(
                nodeId,
                character == null ? null : character.name(),
                scene.setting() == null ? null : views.text(scenario.settings().get(scene.setting())),
                html,
                choices,
                null,
                null,
                values(definition, state),
                views.untranslated());
    }

    /** Makes the choice as a run would (its condition must hold; effects applied in order, clamped). */
    public PreviewStep choose(String nodeId, State state, String choiceId) {
        Step step;
        try {
            step = Play.choose(scenario.definition(), nodeId, state, choiceId);
        } catch (ChoiceUnavailable unavailable) {
            throw ApiException.invalidField("choice", unavailable.reason());
        }
        String feedback = views.choiceFeedback(nodeId, choiceId);
        return new PreviewStep(
                choiceId,
                views.choiceText(nodeId, choiceId),
                feedback,
                Entities.escape(feedback),
                at(step.toNode(), step.after()));
    }

    private static Map<String, Object> values(ScenarioDefinition definition, State state) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (VariableDeclaration variable : definition.variables()) {
            int value = state.get(variable.name());
            values.put(variable.name(), variable.type() == VariableType.FLAG ? (Object) (value != 0) : value);
        }
        return values;
    }
}
