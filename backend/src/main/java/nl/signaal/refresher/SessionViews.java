package nl.signaal.refresher;

import nl.signaal.content.Localized;
import nl.signaal.content.RefresherItem;
import nl.signaal.content.Translation;
import nl.signaal.progress.Practice.Practised;
import nl.signaal.refresher.RefresherApi.ItemView;
import nl.signaal.refresher.RefresherApi.OptionView;
import nl.signaal.refresher.RefresherApi.SessionView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A session as the learner sees it, in one locale: its items, and which are answered and how. */
final class SessionViews {
    /** The two options of a true-false item, in the UI language (the items have no option texts of their own). */
    private static final Map<String, List<String>> TRUE_FALSE = Map.of(
            "nl", List.of("Waar", "Niet waar"),
            "en", List.of("True", "False"),
            "ar", List.of("صحيح", "خطأ"),
            "tr", List.of("Doğru", "Yanlış"),
            "pl", List.of("Prawda", "Fałsz"));

    private SessionViews() {
    }

    /**
     * @param items   the session's items, in order (items since removed from the bank are left out)
     * @param answers the session's answer records
     */
    static SessionView of(RefresherSession session, List<RefresherItem> items, List<Practised> answers,
                          String locale) {
        List<ItemView> views = new ArrayList<>();
        boolean untranslated = false;
        for (RefresherItem item : items) {
            Optional<Practised> answer = answers.stream()
                    .filter(a -> Memories.itemId(a).equals(item.id())).findFirst();
            Translation prompt = item.prompt().in(locale);
            Translation vignette = item.type() == RefresherItem.Type.VIGNETTE ? item.vignette().in(locale) : null;
            List<OptionView> options = new ArrayList<>();
            if (item.type() == RefresherItem.Type.TRUE_FALSE) {
                List<String> texts = TRUE_FALSE.getOrDefault(locale, TRUE_FALSE.get("nl"));
                options.add(new OptionView("true", texts.get(0)));
                options.add(new OptionView("false", texts.get(1)));
            } else {
                for (String option : item.options()) {
                    Translation text = item.optionTexts().getOrDefault(option, new Localized(Map.of())).in(locale);
                    untranslated |= text.untranslated();
                    options.add(new OptionView(option, text.text()));
                }
            }
            untranslated |= prompt.untranslated() || vignette != null && vignette.untranslated();
            views.add(new ItemView(item.id(), item.moduleId(), item.competency(), item.type().authored(),
                    vignette == null ? null : vignette.text(), prompt.text(), options, answer.isPresent(),
                    answer.map(a -> Boolean.TRUE.equals(a.success())).orElse(null)));
        }
        return new SessionView(session.id(), session.startedAt(), session.finishedAt(), views, locale, untranslated);
    }
}
