package nl.signaal.refresher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.signaal.content.Lesson;
import nl.signaal.content.Localized;
import nl.signaal.content.RefresherItem;
import nl.signaal.content.Scenario;
import nl.signaal.content.SeededOrder;
import nl.signaal.content.TrainingModule;
import nl.signaal.content.Translation;
import nl.signaal.progress.Practice.Practised;
import nl.signaal.refresher.RefresherApi.AnswerResult;
import nl.signaal.refresher.RefresherApi.CaseView;
import nl.signaal.refresher.RefresherApi.ItemView;
import nl.signaal.refresher.RefresherApi.LessonLink;
import nl.signaal.refresher.RefresherApi.OptionView;
import nl.signaal.refresher.RefresherApi.SessionView;
import nl.signaal.simulation.engine.Choice;

/** A session as the learner sees it, in one locale: its items and decision points, and which are answered and how. */
final class SessionViews {
    /** The two options of a true-false item, in the UI language (the items have no option texts of their own). */
    private static final Map<String, List<String>> TRUE_FALSE = Map.of(
            "nl", List.of("Waar", "Niet waar"),
            "en", List.of("True", "False"),
            "ar", List.of("صحيح", "خطأ"),
            "tr", List.of("Doğru", "Yanlış"),
            "pl", List.of("Prawda", "Fałsz"));

    /** The item type of a decision point; the bank's types come from RefresherItem.Type. */
    private static final String DECISION = "decision";

    private SessionViews() {}

    /**
     * @param asked   what the session asks, in order (items and decision points since removed are left out)
     * @param answers the session's answer records
     */
    static SessionView of(RefresherSession session, List<Asked> asked, List<Practised> answers, String locale) {
        List<ItemView> views = new ArrayList<>();
        boolean untranslated = false;
        for (Asked entry : asked) {
            Optional<Practised> answer = answers.stream()
                    .filter(a -> Memories.answerKey(a).equals(entry.key()))
                    .findFirst();
            boolean answered = answer.isPresent();
            Boolean correct = answer.map(a -> Boolean.TRUE.equals(a.success())).orElse(null);
            Shown shown = entry instanceof DecisionPoint point
                    ? decision(session, point, answered, correct, locale)
                    : item(session, ((Asked.Item) entry).item(), answered, correct, locale);
            views.add(shown.view());
            untranslated |= shown.untranslated();
        }
        return new SessionView(session.id(), session.startedAt(), session.finishedAt(), views, locale, untranslated);
    }

    /** What an answer shows: the correct options, the feedback on the choice and, for a decision, on the better one. */
    static AnswerResult result(
            AnsweringRefresher.Answered answered,
            String locale,
            SessionView after,
            Function<String, Optional<TrainingModule>> modules) {
        if (answered.asked() instanceof DecisionPoint point) {
            String recommended = point.recommended().id();
            String chosen = answered.optionIds().isEmpty()
                    ? recommended
                    : answered.optionIds().get(0);
            return new AnswerResult(
                    point.key(),
                    answered.correct(),
                    List.of(recommended),
                    feedback(point, chosen, locale),
                    answered.correct() ? null : feedback(point, recommended, locale),
                    after,
                    List.of());
        }
        RefresherItem item = ((Asked.Item) answered.asked()).item();
        String explanation = item.explanation().in(locale).text();
        return new AnswerResult(
                item.id(),
                answered.correct(),
                item.correct(),
                explanation,
                null,
                after,
                modules.apply(item.moduleId())
                        .map(module -> namedLessons(module, explanation, locale))
                        .orElse(List.of()));
    }

    /**
     * The lessons of the item's module whose title the explanation quotes (‘Titel’), in the explanation's language;
     * a Dutch explanation shown for lack of a translation quotes the Dutch titles, so those are tried too.
     */
    static List<LessonLink> namedLessons(TrainingModule module, String explanation, String locale) {
        List<LessonLink> named = new ArrayList<>();
        for (Lesson lesson : module.lessons()) {
            for (String title : new java.util.LinkedHashSet<>(List.of(
                    lesson.title().in(locale).text(), lesson.title().in("nl").text()))) {
                if (explanation.contains("‘" + title + "’")) {
                    named.add(new LessonLink(module.id(), lesson.id(), title));
                }
            }
        }
        return named;
    }

    private record Shown(ItemView view, boolean untranslated) {}

    /**
     * The options (choices) of an item or decision point in this session's order (decision 0020): shuffled by
     * session and item, so a reload shows the same order and the next session another; true/false stays as it is.
     */
    private static List<String> ordered(RefresherSession session, String key, List<String> ids) {
        return SeededOrder.of(SeededOrder.seed("refresher", session.id(), key), ids, id -> id);
    }

    private static Shown item(
            RefresherSession session, RefresherItem item, boolean answered, Boolean correct, String locale) {
        boolean untranslated = false;
        Translation prompt = item.prompt().in(locale);
        Translation vignette =
                item.type() == RefresherItem.Type.VIGNETTE ? item.vignette().in(locale) : null;
        List<OptionView> options = new ArrayList<>();
        if (item.type() == RefresherItem.Type.TRUE_FALSE) {
            List<String> texts = TRUE_FALSE.getOrDefault(locale, TRUE_FALSE.get("nl"));
            options.add(new OptionView("true", texts.get(0)));
            options.add(new OptionView("false", texts.get(1)));
        } else {
            for (String option : ordered(session, item.id(), item.options())) {
                Translation text = item.optionTexts()
                        .getOrDefault(option, new Localized(Map.of()))
                        .in(locale);
                untranslated |= text.untranslated();
                options.add(new OptionView(option, text.text()));
            }
        }
        untranslated |= prompt.untranslated() || vignette != null && vignette.untranslated();
        return new Shown(
                new ItemView(
                        item.id(),
                        item.moduleId(),
                        item.competency(),
                        item.type().authored(),
                        vignette == null ? null : vignette.text(),
                        prompt.text(),
                        options,
                        answered,
                        correct,
                        null),
                untranslated);
    }

    private static Shown decision(
            RefresherSession session, DecisionPoint point, boolean answered, Boolean correct, String locale) {
        Scenario scenario = point.scenario();
        Translation title = scenario.title().in(locale);
        Translation html = scenario.nodeHtml().get(point.nodeId()).in(locale);
        boolean untranslated = title.untranslated() || html.untranslated();
        List<OptionView> options = new ArrayList<>();
        List<String> choices = point.scene().choices().stream().map(Choice::id).toList();
        for (String choice : ordered(session, point.key(), choices)) {
            Translation text =
                    scenario.choiceText().get(point.nodeId() + "/" + choice).in(locale);
            untranslated |= text.untranslated();
            options.add(new OptionView(choice, text.text()));
        }
        return new Shown(
                new ItemView(
                        point.key(),
                        null,
                        point.competency(),
                        DECISION,
                        null,
                        null,
                        options,
                        answered,
                        correct,
                        new CaseView(scenario.id(), title.text(), html.text())),
                untranslated);
    }

    private static String feedback(DecisionPoint point, String choiceId, String locale) {
        return point.scenario()
                .choiceFeedback()
                .get(point.nodeId() + "/" + choiceId)
                .in(locale)
                .text();
    }
}
