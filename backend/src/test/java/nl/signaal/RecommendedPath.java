package nl.signaal;

import io.micronaut.json.tree.JsonNode;
import java.util.HashSet;
import java.util.Set;
import nl.signaal.content.Scenario;
import nl.signaal.simulation.engine.Choice;
import nl.signaal.simulation.engine.Scene;

/**
 * Which choice a test takes in a run: the scene's recommended choice when it is on offer (from the content model),
 * else the first choice on offer. Choices come in an order shuffled per run (decision 0020), so "always the first
 * button" may walk a loop forever; the recommended path always ends.
 */
public final class RecommendedPath {

    private RecommendedPath() {}

    /** {@code run} is a run view as the API answers it, with its current {@code scene}. */
    public static String pick(Scenario scenario, JsonNode run) {
        JsonNode scene = run.get("scene");
        Set<String> offered = new HashSet<>();
        scene.get("choices").values().forEach(c -> offered.add(c.get("id").getStringValue()));
        Scene definition =
                (Scene) scenario.definition().node(scene.get("nodeId").getStringValue());
        return definition.choices().stream()
                .filter(Choice::recommended)
                .map(Choice::id)
                .filter(offered::contains)
                .findFirst()
                .orElse(scene.get("choices").get(0).get("id").getStringValue());
    }
}
