package nl.signaal.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.signaal.simulation.engine.ScenarioDefinition;

/**
 * One case simulation as authored in content/scenarios/&lt;id&gt;/: the engine's definition plus every text.
 * choiceText and choiceFeedback are keyed "node/choice"; sourceFiles holds the exact text of each file read
 * (scenario.yaml, nl.yaml, ...), so a run can be pinned to this version and re-read later. practice holds the scenes
 * marked as stand-alone decision points for micro-refreshers: scene id to the competency they practise, file order.
 * discussionHtml holds the optional facilitation notes per scene (scene id to the prompt a facilitator uses to lead
 * the group's discussion in a live session); a scene without one is absent.
 */
public record Scenario(
        ScenarioDefinition definition,
        Localized title,
        Localized summary,
        Map<String, Localized> characters,
        Map<String, Localized> settings,
        Map<String, Localized> nodeHtml,
        Map<String, Localized> debriefHtml,
        Map<String, Localized> choiceText,
        Map<String, Localized> choiceFeedback,
        Map<String, String> sourceFiles,
        Map<String, String> practice,
        Map<String, Localized> discussionHtml) {

    public Scenario {
        characters = copy(characters);
        settings = copy(settings);
        nodeHtml = copy(nodeHtml);
        debriefHtml = copy(debriefHtml);
        choiceText = copy(choiceText);
        choiceFeedback = copy(choiceFeedback);
        sourceFiles = copy(sourceFiles);
        practice = copy(practice);
        discussionHtml = copy(discussionHtml);
    }

    /** Without facilitation notes, as before they existed. */
    public Scenario(
            ScenarioDefinition definition,
            Localized title,
            Localized summary,
            Map<String, Localized> characters,
            Map<String, Localized> settings,
            Map<String, Localized> nodeHtml,
            Map<String, Localized> debriefHtml,
            Map<String, Localized> choiceText,
            Map<String, Localized> choiceFeedback,
            Map<String, String> sourceFiles,
            Map<String, String> practice) {
        this(
                definition,
                title,
                summary,
                characters,
                settings,
                nodeHtml,
                debriefHtml,
                choiceText,
                choiceFeedback,
                sourceFiles,
                practice,
                Map.of());
    }

    public String id() {
        return definition.id();
    }

    private static <V> Map<String, V> copy(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
