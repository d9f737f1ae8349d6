package nl.signaal.progress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.content.Localized;
import nl.signaal.content.PoolingExercise;
import nl.signaal.content.Question;
import nl.signaal.content.RefresherItem;
import nl.signaal.content.Scenario;
import nl.signaal.content.SupportedLocales;
import nl.signaal.progress.LearningEvent.Choice;
import nl.signaal.progress.LearningEvent.Interaction;
import nl.signaal.simulation.engine.Scene;

/**
 * Content as xAPI interaction definitions and language maps (decision 0042): options with their ids and texts in
 * every locale written, and the key as a correct-responses pattern in the same ids a response uses.
 */
public final class Interactions {
    /** xAPI's separator between the ids of one response or pattern, e.g. {@code a[,]c}. */
    public static final String SEPARATOR = "[,]";

    private Interactions() {}

    /** A text as an xAPI language map: only the locales it is written in, in the supported order. */
    public static Map<String, String> names(Localized text) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String locale : SupportedLocales.ALL) {
            String written = text.byLocale().get(locale);
            if (written != null && !written.isBlank()) {
                names.put(locale, written);
            }
        }
        return names;
    }

    /** A knowledge-check question: a choice, all correct options together as the one right response. */
    public static Interaction of(Question question) {
        return new Interaction(
                "choice",
                question.options().stream()
                        .map(option -> new Choice(option.id(), names(option.text())))
                        .toList(),
                List.of(String.join(SEPARATOR, question.correct())));
    }

    /** A refresher item: true-false answers "true" or "false"; the others are choices like a check question. */
    public static Interaction of(RefresherItem item) {
        if (item.type() == RefresherItem.Type.TRUE_FALSE) {
            return new Interaction("true-false", List.of(), List.of(String.join(SEPARATOR, item.correct())));
        }
        return new Interaction(
                "choice",
                item.options().stream()
                        .map(id -> new Choice(id, names(item.optionTexts().getOrDefault(id, new Localized(Map.of())))))
                        .toList(),
                List.of(String.join(SEPARATOR, item.correct())));
    }

    /** A pooling exercise's question: a choice with one correct option. */
    public static Interaction of(PoolingExercise.PoolingQuestion question) {
        return new Interaction(
                "choice",
                question.options().stream()
                        .map(option -> new Choice(option.id(), names(option.text())))
                        .toList(),
                List.of(question.correct()));
    }

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
                                names(scenario.choiceText()
                                        .getOrDefault(scene.id() + "/" + choice.id(), new Localized(Map.of())))))
                        .toList(),
                scene.recommended().map(choice -> List.of(choice.id())).orElse(List.of()));
    }

    /**
     * A scene's name: the case's title and where the scene plays ("Tikkies van onbekenden: Spreekuur van het
     * buurtteam"), per locale; scenes have no title of their own, and the node id belongs in the activity IRI.
     */
    public static Map<String, String> sceneNames(Scenario scenario, Scene scene) {
        Map<String, String> titles = names(scenario.title());
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
