package nl.signaal.progress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.content.Localized;
import nl.signaal.content.PoolingExercise;
import nl.signaal.content.Question;
import nl.signaal.content.RefresherItem;
import nl.signaal.content.SupportedLocales;
import nl.signaal.progress.LearningEvent.Choice;
import nl.signaal.progress.LearningEvent.Interaction;

/**
 * Content as xAPI interaction definitions and language maps (decision 0042): options with their ids and texts in
 * every locale written, and the key as a correct-responses pattern in the same ids a response uses. Scenes are
 * {@code simulation.SceneInteractions}.
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
}
