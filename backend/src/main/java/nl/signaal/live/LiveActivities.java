package nl.signaal.live;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.signaal.content.Content;
import nl.signaal.content.Localized;
import nl.signaal.content.PoolingExercise;
import nl.signaal.content.Question;
import nl.signaal.content.RefresherItem;
import nl.signaal.content.Scenario;
import nl.signaal.content.TrainingModule;
import nl.signaal.live.LiveActivity.Fragment;
import nl.signaal.live.LiveActivity.Practice;
import nl.signaal.progress.Interactions;
import nl.signaal.simulation.ScenarioCatalogue;

/**
 * Every activity a facilitator can run: every scenario the organisation sees (case; shipped or published in the browser,
 * see {@link ScenarioCatalogue}), and, made once from the loaded content, every module with
 * single-answer questions (check: its knowledge-check questions with one correct option, then its single and
 * true-false refresher items), every signal-pooling exercise.
 */
@Singleton
class LiveActivities {
    /** The two options of a true-false item, per locale (content authors write none). */
    private static final Map<String, Map<String, String>> TRUE_FALSE = Map.of(
            "nl", Map.of("true", "Waar", "false", "Niet waar"),
            "en", Map.of("true", "True", "false", "False"),
            "ar", Map.of("true", "صحيح", "false", "خطأ"),
            "tr", Map.of("true", "Doğru", "false", "Yanlış"),
            "pl", Map.of("true", "Prawda", "false", "Fałsz"));

    private final ScenarioCatalogue catalogue;
    /** Cases made so far, by scenario id and version: a published version never changes. */
    private final Map<String, LiveActivity> cases = new ConcurrentHashMap<>();

    private final Map<String, LiveActivity> checks = new LinkedHashMap<>();
    private final Map<String, LiveActivity> pooling = new LinkedHashMap<>();

    LiveActivities(Content content, ScenarioCatalogue catalogue) {
        this.catalogue = catalogue;
        for (TrainingModule module : content.modules()) {
            List<QuestionActivity.Question> questions = checkQuestions(module, content.refresherItems(module.id()));
            if (!questions.isEmpty()) {
                checks.put(
                        module.id(),
                        new QuestionActivity(
                                LiveActivity.CHECK,
                                module.id(),
                                locale -> module.title().in(locale).text(),
                                locale -> module.summary().in(locale).text(),
                                null,
                                questions,
                                locale -> List.of()));
            }
        }
        content.poolingExercises().forEach(exercise -> pooling.put(exercise.id(), pooling(exercise)));
    }

    /** An activity the organisation's facilitators may run (cases: shipped, or published for them). */
    Optional<LiveActivity> find(String kind, String id, UUID organisation) {
        if (LiveActivity.CASE.equals(kind)) {
            return catalogue.findIn(id, organisation).map(this::caseActivity);
        }
        Map<String, LiveActivity> of = all(kind, organisation);
        return of == null ? Optional.empty() : Optional.ofNullable(of.get(id));
    }

    /**
     * The activity a session plays; it was checked when the session opened. Modules only change on restart; a case
     * published in the browser plays its current version (unpublished: the session can no longer go on).
     */
    LiveActivity activity(LiveSession session) {
        Optional<LiveActivity> found = LiveActivity.CASE.equals(session.kind())
                ? catalogue.any(session.activityId()).map(this::caseActivity)
                : find(session.kind(), session.activityId(), session.organisationId());
        return found.orElseThrow(() -> new IllegalStateException("live session " + session.id() + " plays "
                + session.kind() + " '" + session.activityId() + "', which the content no longer has"));
    }

    /** The activities of one kind the organisation may run, in content order; null for an unknown kind. */
    Map<String, LiveActivity> all(String kind, UUID organisation) {
        return switch (kind) {
            case LiveActivity.CASE -> {
                Map<String, LiveActivity> visible = new LinkedHashMap<>();
                catalogue.visibleIn(organisation).forEach(s -> visible.put(s.id(), caseActivity(s)));
                yield visible;
            }
            case LiveActivity.CHECK -> checks;
            case LiveActivity.POOLING -> pooling;
            default -> null;
        };
    }

    private LiveActivity caseActivity(Scenario scenario) {
        return cases.computeIfAbsent(
                scenario.id() + "@" + scenario.definition().version(), key -> new CaseActivity(scenario));
    }

    private static List<QuestionActivity.Question> checkQuestions(TrainingModule module, List<RefresherItem> items) {
        List<QuestionActivity.Question> questions = new ArrayList<>();
        String checkPath = "modules/" + module.id() + "/check/questions/";
        for (Question question : module.check().questions()) {
            if (question.multiple() || question.correct().size() != 1) {
                continue;
            }
            String correct = question.correct().iterator().next();
            questions.add(new QuestionActivity.Question(
                    "check:" + question.id(),
                    locale -> Html.paragraphs(question.prompt().in(locale).text()),
                    question.options().stream()
                            .map(nl.signaal.content.Option::id)
                            .toList(),
                    locale -> {
                        Map<String, String> texts = new LinkedHashMap<>();
                        question.options()
                                .forEach(o ->
                                        texts.put(o.id(), o.text().in(locale).text()));
                        return texts;
                    },
                    correct,
                    locale -> question.options().stream()
                            .filter(o -> o.id().equals(correct))
                            .findFirst()
                            .map(o -> Html.paragraphs(o.feedback().in(locale).text()))
                            .orElse(""),
                    Set.of(),
                    new Practice(
                            checkPath + question.id(),
                            question.prompt().in("nl").text(),
                            module.id(),
                            module.version(),
                            question.competency(),
                            false,
                            Interactions.names(question.prompt()),
                            Interactions.of(question))));
        }
        for (RefresherItem item : items) {
            boolean trueFalse = item.type() == RefresherItem.Type.TRUE_FALSE;
            if (!(trueFalse || item.type() == RefresherItem.Type.SINGLE)
                    || item.correct().size() != 1) {
                continue;
            }
            questions.add(new QuestionActivity.Question(
                    "item:" + item.id(),
                    locale -> Html.paragraphs(item.prompt().in(locale).text()),
                    trueFalse ? List.of("true", "false") : item.options(),
                    locale -> trueFalse ? trueFalse(locale) : texts(item.optionTexts(), locale),
                    item.correct().get(0),
                    locale -> Html.paragraphs(item.explanation().in(locale).text()),
                    Set.of(),
                    new Practice(
                            "refreshers/items/" + item.id(),
                            item.prompt().in("nl").text(),
                            item.moduleId(),
                            module.version(),
                            item.competency(),
                            false,
                            Interactions.names(item.prompt()),
                            Interactions.of(item))));
        }
        return questions;
    }

    private static Map<String, String> trueFalse(String locale) {
        return TRUE_FALSE.getOrDefault(locale, TRUE_FALSE.get("nl"));
    }

    private static Map<String, String> texts(Map<String, Localized> texts, String locale) {
        Map<String, String> in = new LinkedHashMap<>();
        texts.forEach((id, text) -> in.put(id, text.in(locale).text()));
        return in;
    }

    private static LiveActivity pooling(PoolingExercise exercise) {
        List<QuestionActivity.Question> questions = exercise.questions().stream()
                .map(question -> new QuestionActivity.Question(
                        question.id(),
                        locale -> question.html().in(locale).text(),
                        question.options().stream()
                                .map(PoolingExercise.PoolingOption::id)
                                .toList(),
                        locale -> {
                            Map<String, String> texts = new LinkedHashMap<>();
                            question.options()
                                    .forEach(o -> texts.put(
                                            o.id(), o.text().in(locale).text()));
                            return texts;
                        },
                        question.correct(),
                        locale -> question.explanationHtml().in(locale).text(),
                        question.needs(),
                        new Practice(
                                "pooling/" + exercise.id() + "/questions/" + question.id(),
                                exercise.id() + " / " + question.id(),
                                null,
                                exercise.version(),
                                null,
                                false,
                                null,
                                Interactions.of(question))))
                .toList();
        return new QuestionActivity(
                LiveActivity.POOLING,
                exercise.id(),
                locale -> exercise.title().in(locale).text(),
                locale -> exercise.summary().in(locale).text(),
                locale -> exercise.introHtml().in(locale).text(),
                questions,
                locale -> exercise.fragments().stream()
                        .map(f -> new Fragment(
                                f.id(),
                                f.holder().in(locale).text(),
                                f.html().in(locale).text()))
                        .toList());
    }
}
