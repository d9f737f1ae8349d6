package nl.signaal.content;

import java.util.List;
import nl.signaal.simulation.engine.Choice;
import nl.signaal.simulation.engine.Node;
import nl.signaal.simulation.engine.Scene;

/** Reads one locale file of a scenario against the ids scenario.yaml declares. */
final class ScenarioTextsReader {

    private final LocaleTextsReader reader;
    private final ScenarioStructure structure;

    private ScenarioTextsReader(LocaleTextsReader reader, ScenarioStructure structure) {
        this.reader = reader;
        this.structure = structure;
    }

    static LocaleTexts read(YamlFile file, String locale, ScenarioStructure structure, Problems problems) {
        // No current module: lesson links in scenario texts name theirs (lesson:<module>/<lesson>).
        return LocaleTextsReader.read(
                file, locale, null, problems, (reader, root) -> new ScenarioTextsReader(reader, structure).root(root));
    }

    private void root(YamlMap root) {
        root.warnUnknownKeys(List.of("title", "summary", "characters", "settings", "nodes"));
        reader.text(root, "title", "title");
        reader.text(root, "summary", "summary");
        reader.child(root, "characters", "characters")
                .ifPresent(map -> names(map, "characters", structure.characters(), "character", "speaker"));
        reader.child(root, "settings", "settings")
                .ifPresent(map -> names(map, "settings", structure.settings(), "setting", "setting"));
        reader.child(root, "nodes", "nodes").ifPresent(this::nodes);
    }

    private void names(YamlMap map, String path, List<String> used, String kind, String field) {
        for (String id : map.keys()) {
            if (used.contains(id)) {
                reader.text(map, id, path + "." + id);
            } else {
                reader.problems()
                        .warning(
                                reader.file().path(),
                                map.lineOf(id),
                                kind + " '" + id + "' is not the " + field + " of any scene in scenario.yaml");
            }
        }
    }

    private void nodes(YamlMap nodes) {
        for (String id : nodes.keys()) {
            Node node = structure.definition().nodes().get(id);
            if (node == null) {
                reader.problems()
                        .error(
                                reader.file().path(),
                                nodes.lineOf(id),
                                "unknown node id '" + id + "' (not in scenario.yaml)");
                continue;
            }
            String path = "nodes." + id;
            reader.child(nodes, id, path).ifPresent(map -> {
                reader.markdown(map, "text", path + ".text");
                if (node instanceof Scene scene) {
                    map.warnUnknownKeys(List.of("text", "choices", "discussion"));
                    reader.child(map, "choices", path + ".choices").ifPresent(choices -> choices(choices, scene, path));
                    // Optional facilitation notes for live sessions: what a facilitator asks the group here.
                    reader.markdown(map, "discussion", path + ".discussion");
                } else {
                    if (map.keys().contains("discussion")) {
                        reader.problems()
                                .error(
                                        reader.file().path(),
                                        map.lineOf("discussion"),
                                        "ending '" + id + "' has no decision to discuss: 'discussion' belongs to a"
                                                + " scene (the group discusses the ending through its debrief)");
                    }
                    map.warnUnknownKeys(List.of("text", "debrief", "discussion"));
                    reader.markdown(map, "debrief", path + ".debrief");
                }
            });
        }
    }

    private void choices(YamlMap choices, Scene scene, String scenePath) {
        for (String id : choices.keys()) {
            if (scene.choice(id).isEmpty()) {
                reader.problems()
                        .error(
                                reader.file().path(),
                                choices.lineOf(id),
                                "unknown choice id '" + id + "' in scene '" + scene.id() + "' (not in scenario.yaml)");
                continue;
            }
            String path = scenePath + ".choices." + id;
            reader.child(choices, id, path).ifPresent(choice -> {
                choice.warnUnknownKeys(List.of("text", "feedback"));
                reader.text(choice, "text", path + ".text");
                reader.text(choice, "feedback", path + ".feedback");
            });
        }
    }

    /** The key path of a scene's optional facilitation notes. */
    static String discussionKey(String sceneId) {
        return "nodes." + sceneId + ".discussion";
    }

    static String choiceKey(Scene scene, Choice choice) {
        return scene.id() + "/" + choice.id();
    }
}
