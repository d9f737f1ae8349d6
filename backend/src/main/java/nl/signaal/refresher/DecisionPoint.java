package nl.signaal.refresher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.signaal.content.Content;
import nl.signaal.content.Scenario;
import nl.signaal.simulation.engine.Choice;
import nl.signaal.simulation.engine.Scene;

/**
 * One scene of a case simulation that content marked {@code practice: <competency>}: asked on its own in a
 * micro-refresher (decision 0006). Its key, {@code scenarios/<scenario>/nodes/<scene>}, is both its entry in a
 * session's item list and the activity path of its answers; it cannot clash with an item id (no slashes there).
 */
record DecisionPoint(Scenario scenario, String nodeId, String competency) implements Asked {
    static final String PATH = "scenarios/";
    private static final String NODES = "/nodes/";

    static List<DecisionPoint> all(Content content) {
        List<DecisionPoint> points = new ArrayList<>();
        for (Scenario scenario : content.scenarios()) {
            scenario.practice()
                    .forEach((node, competency) -> points.add(new DecisionPoint(scenario, node, competency)));
        }
        return points;
    }

    /** The decision point with this key, if content still marks it. */
    static Optional<DecisionPoint> byKey(Content content, String key) {
        return all(content).stream().filter(point -> point.key().equals(key)).findFirst();
    }

    static boolean isKey(String entry) {
        return entry.startsWith(PATH) && entry.contains(NODES);
    }

    @Override
    public String key() {
        return PATH + scenario.id() + NODES + nodeId;
    }

    Scene scene() {
        return (Scene) scenario.definition().node(nodeId);
    }

    /** The validator guarantees one for every marked scene. */
    Choice recommended() {
        return scene().recommended().orElseThrow();
    }

    Optional<Choice> choice(String choiceId) {
        return scene().choice(choiceId);
    }

    /** Whether the case text exists in this locale (else the Dutch text stands in). */
    boolean translatedInto(String locale) {
        return !scenario.nodeHtml().get(nodeId).in(locale).untranslated();
    }
}
