package nl.signaal.simulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.content.Localized;
import nl.signaal.content.Scenario;
import nl.signaal.progress.Interactions;
import nl.signaal.progress.LearningEvent.Choice;
import nl.signaal.progress.LearningEvent.Interaction;
import nl.signaal.simulation.engine.Scene;

/**
 * A case's scene as an xAPI interaction and name (decision 0042), for the records of runs, refresher decision points
 * and live sessions alike. Here rather than in progress, which must not know the simulation engine.
 */
public final class SceneInteractions {
    private SceneInteractions() {}

    /**
     * A scene as a choice among all its choices (conditions decide which a learner sees); the recommended one is the
     * correct response, and a scene without one has no pattern.
     */
    public static Interaction of(Scenario scenario, Scene scene) {
        return new Interaction(
                "choice",
                scene.choices().stream()
                        .map(choice -> new Choice(
                                choice.id(),
                                Interactions.names(scenario.choiceText()
                                        .getOrDefault(scene.id() + "/" + choice.id(), new Localized(Map.of())))))
                        .toList(),
                scene.recommended().map(choice -> List.of(choice.id())).orElse(List.of()));
    }

    /**
     * A scene's name: the case's title and where the scene plays ("Tikkies van onbekenden: Spreekuur van het
     * buurtteam"), per locale; scenes have no title of their own, and the node id belongs in the activity IRI.
     */
    public static Map<String, String> sceneNames(Scenario scenario, Scene scene) {
        Map<String, String> titles = Interactions.names(scenario.title());
        Localized setting = scene.setting() == null ? null : scenario.settings().get(scene.setting());
        if (setting == null) {
            return titles;
        }
        Map<String, String> names = new LinkedHashMap<>();
        titles.forEach((locale, title) -> {
            String where = setting.byLocale().get(locale);
            names.put(locale, where == null || where.isBlank() ? title : title + ": " + where);
        });
        return names;
    }
}
