package nl.signaal.live;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.signaal.content.Localized;
import nl.signaal.content.Scenario;
import nl.signaal.simulation.SceneInteractions;
import nl.signaal.simulation.engine.Choice;
import nl.signaal.simulation.engine.ChoiceUnavailable;
import nl.signaal.simulation.engine.Ending;
import nl.signaal.simulation.engine.Play;
import nl.signaal.simulation.engine.Scene;
import nl.signaal.simulation.engine.State;
import nl.signaal.simulation.engine.Step;
import nl.signaal.web.ApiException;

/** A case simulation played as one run on the group's path: each scene is a step, the ending leads to the debrief. */
final class CaseActivity implements LiveActivity {
    private final Scenario scenario;

    CaseActivity(Scenario scenario) {
        this.scenario = scenario;
    }

    @Override
    public String kind() {
        return CASE;
    }

    @Override
    public String id() {
        return scenario.id();
    }

    @Override
    public String title(String locale) {
        return scenario.title().in(locale).text();
    }

    @Override
    public String summary(String locale) {
        return scenario.summary().in(locale).text();
    }

    @Override
    @Nullable
    public Integer steps() {
        return null;
    }

    @Override
    public String introHtml(String locale) {
        return "<p>" + Html.escape(summary(locale)) + "</p>";
    }

    @Override
    public Position start() {
        var definition = scenario.definition();
        return position(0, definition.start(), definition.initialState());
    }

    @Override
    public StepContent step(String nodeId, @Nullable String state, String locale) {
        var definition = scenario.definition();
        Scene scene = (Scene) definition.node(nodeId);
        List<Choice> choices =
                state == null ? scene.choices() : Play.available(definition, nodeId, StateText.read(state));
        List<Option> options = new ArrayList<>();
        List<String> recommended = new ArrayList<>();
        Map<String, String> feedback = new LinkedHashMap<>();
        for (Choice choice : choices) {
            String key = nodeId + "/" + choice.id();
            options.add(new Option(choice.id(), text(scenario.choiceText().get(key), locale)));
            feedback.put(choice.id(), text(scenario.choiceFeedback().get(key), locale));
            if (choice.recommended()) {
                recommended.add(choice.id());
            }
        }
        List<String> heading = new ArrayList<>();
        if (scene.speaker() != null) {
            heading.add(text(scenario.characters().get(scene.speaker()), locale));
        }
        if (scene.setting() != null) {
            heading.add(text(scenario.settings().get(scene.setting()), locale));
        }
        heading.removeIf(String::isBlank);
        Localized discussion = scenario.discussionHtml().get(nodeId);
        String title = title(locale);
        return new StepContent(
                nodeId,
                heading.isEmpty() ? null : String.join(" · ", heading),
                text(scenario.nodeHtml().get(nodeId), locale),
                options,
                recommended,
                feedback,
                discussion == null ? null : discussion.in(locale).text(),
                Set.of(),
                new Practice(
                        "scenarios/" + scenario.id() + "/nodes/" + nodeId,
                        title,
                        null,
                        definition.version(),
                        scenario.practice().get(nodeId),
                        true,
                        SceneInteractions.sceneNames(scenario, scene),
                        SceneInteractions.of(scenario, scene)));
    }

    @Override
    public Position next(Position position, String optionId) {
        var definition = scenario.definition();
        Step step;
        try {
            step = Play.choose(definition, position.nodeId(), StateText.read(position.state()), optionId);
        } catch (ChoiceUnavailable unavailable) {
            throw ApiException.invalidField("optionId", unavailable.reason());
        }
        Position next = position(position.index() + 1, step.toNode(), step.after());
        return definition.node(step.toNode()) instanceof Ending
                ? new Position(next.index(), next.nodeId(), next.state(), true)
                : next;
    }

    @Override
    @Nullable
    public String endingHtml(@Nullable String endingNodeId, String locale) {
        if (endingNodeId == null || !(scenario.definition().nodes().get(endingNodeId) instanceof Ending)) {
            return null;
        }
        return text(scenario.nodeHtml().get(endingNodeId), locale)
                + text(scenario.debriefHtml().get(endingNodeId), locale);
    }

    @Override
    public boolean groupChooses() {
        return true;
    }

    private static Position position(int index, String nodeId, State state) {
        return new Position(index, nodeId, StateText.write(state), false);
    }

    private static String text(@Nullable Localized localized, String locale) {
        return localized == null ? "" : localized.in(locale).text();
    }
}
