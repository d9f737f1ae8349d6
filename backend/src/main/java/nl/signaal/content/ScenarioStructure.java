package nl.signaal.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.signaal.simulation.engine.Choice;
import nl.signaal.simulation.engine.Ending;
import nl.signaal.simulation.engine.ScenarioDefinition;
import nl.signaal.simulation.engine.Scene;

/**
 * scenario.yaml as read: the engine's definition plus the lines problems about it are reported at.
 * graphSound: every target, start and expression was understood, so the state graph can be analysed even when
 * other errors (texts, competencies) exist. choiceLines are keyed "node/choice".
 * practice: the scenes marked as stand-alone decision points, scene id to the competency they practise.
 */
record ScenarioStructure(
        Path file,
        ScenarioDefinition definition,
        boolean graphSound,
        Map<String, Integer> nodeLines,
        Map<String, Integer> choiceLines,
        Map<String, Integer> conditionLines,
        List<String> characters,
        List<String> settings,
        Map<String, String> practice) {

    ScenarioStructure {
        practice = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(practice));
    }

    /** The key paths of every text a locale file should give, e.g. nodes.start.choices.ask.feedback. */
    List<String> textKeys() {
        List<String> keys = new ArrayList<>(List.of("title", "summary"));
        characters.forEach(character -> keys.add("characters." + character));
        settings.forEach(setting -> keys.add("settings." + setting));
        definition.nodes().values().forEach(node -> {
            String path = "nodes." + node.id();
            keys.add(path + ".text");
            if (node instanceof Scene scene) {
                for (Choice choice : scene.choices()) {
                    keys.add(path + ".choices." + choice.id() + ".text");
                    keys.add(path + ".choices." + choice.id() + ".feedback");
                }
            } else if (node instanceof Ending) {
                keys.add(path + ".debrief");
            }
        });
        return keys;
    }
}
