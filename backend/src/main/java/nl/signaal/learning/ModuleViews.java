package nl.signaal.learning;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.signaal.content.Lesson;
import nl.signaal.content.Option;
import nl.signaal.content.Question;
import nl.signaal.content.SeededOrder;
import nl.signaal.content.TrainingModule;
import nl.signaal.content.Translation;
import nl.signaal.learning.LearningApi.CheckOutline;
import nl.signaal.learning.LearningApi.CheckResult;
import nl.signaal.learning.LearningApi.CheckView;
import nl.signaal.learning.LearningApi.FlyerView;
import nl.signaal.learning.LearningApi.LessonEntry;
import nl.signaal.learning.LearningApi.LessonView;
import nl.signaal.learning.LearningApi.ModuleDetail;
import nl.signaal.learning.LearningApi.ModuleSummary;
import nl.signaal.learning.LearningApi.OptionResult;
import nl.signaal.learning.LearningApi.OptionView;
import nl.signaal.learning.LearningApi.QuestionResult;
import nl.signaal.learning.LearningApi.QuestionView;

/** Content model → answer bodies in one locale; "untranslated" whenever a text fell back to Dutch. */
final class ModuleViews {
    private ModuleViews() {}

    static ModuleSummary summary(TrainingModule module, String locale) {
        Translation title = module.title().in(locale);
        Translation summary = module.summary().in(locale);
        return new ModuleSummary(
                module.id(),
                title.text(),
                summary.text(),
                module.targetGroups(),
                module.competencies(),
                module.minutes(),
                module.lessons().size(),
                locale,
                title.untranslated() || summary.untranslated());
    }

    static ModuleDetail detail(TrainingModule module, String locale) {
        ModuleSummary summary = summary(module, locale);
        List<LessonEntry> lessons = module.lessons().stream()
                .map(lesson -> {
                    Translation title = lesson.title().in(locale);
                    return new LessonEntry(lesson.id(), title.text(), title.untranslated());
                })
                .toList();
        return new ModuleDetail(
                module.id(),
                module.version(),
                summary.title(),
                summary.summary(),
                module.targetGroups(),
                module.competencies(),
                module.minutes(),
                module.lessons().size(),
                locale,
                summary.untranslated(),
                lessons,
                new CheckOutline(
                        module.check().questions().size(), module.check().passThreshold()));
    }

    static LessonView lesson(TrainingModule module, Lesson lesson, String locale) {
        List<Lesson> lessons = module.lessons();
        int at = lessons.indexOf(lesson);
        Translation title = lesson.title().in(locale);
        Translation html = lesson.html().in(locale);
        return new LessonView(
                module.id(),
                lesson.id(),
                title.text(),
                html.text(),
                locale,
                title.untranslated() || html.untranslated(),
                at > 0 ? lessons.get(at - 1).id() : null,
                at < lessons.size() - 1 ? lessons.get(at + 1).id() : null);
    }

    static FlyerView flyer(TrainingModule module, String locale) {
        Translation title = module.title().in(locale);
        Translation html = module.flyer().in(locale);
        return new FlyerView(
                module.id(), title.text(), html.text(), locale, title.untranslated() || html.untranslated());
    }

    /**
     * The questions of a check in the order one attempt shows them, each with its options in that attempt's order
     * (decision 0020): derived from the learner, module and attempt id, so a reload shows the same order and a new
     * attempt a new one.
     */
    static List<Question> ordered(TrainingModule module, UUID learnerId, UUID attemptId) {
        String seed = SeededOrder.seed("check", learnerId, module.id(), attemptId);
        return SeededOrder.of(seed, module.check().questions(), Question::id).stream()
                .map(question -> new Question(
                        question.id(),
                        question.competency(),
                        question.multiple(),
                        question.prompt(),
                        SeededOrder.of(SeededOrder.seed(seed, question.id()), question.options(), Option::id),
                        question.correct()))
                .toList();
    }

    static CheckView check(TrainingModule module, UUID learnerId, UUID attemptId, String locale) {
        List<QuestionView> questions = ordered(module, learnerId, attemptId).stream()
                .map(question -> {
                    Translation prompt = question.prompt().in(locale);
                    boolean untranslated = prompt.untranslated();
                    List<OptionView> options = question.options().stream()
                            .map(option -> new OptionView(
                                    option.id(), option.text().in(locale).text()))
                            .toList();
                    untranslated |= question.options().stream()
                            .anyMatch(o -> o.text().in(locale).untranslated());
                    return new QuestionView(question.id(), prompt.text(), question.multiple(), untranslated, options);
                })
                .toList();
        return new CheckView(module.id(), attemptId, module.check().passThreshold(), locale, questions);
    }

    /**
     * The result in the attempt's order. A passed check shows the key; a failed one shows which questions were wrong
     * and the feedback of the options the learner chose there, but not which options were correct.
     */
    static CheckResult result(
            TrainingModule module, UUID learnerId, SubmittingCheck.Submitted submitted, String locale) {
        CheckScoring.Scored scored = submitted.scored();
        CheckAttempt attempt = submitted.attempt();
        boolean keyShown = scored.passed();
        List<QuestionResult> questions = ordered(module, learnerId, attempt.id()).stream()
                .map(question -> {
                    Set<String> selected = scored.answers().get(question.id());
                    boolean right = scored.correctByQuestion().get(question.id());
                    boolean shown = keyShown || right;
                    List<OptionResult> options = question.options().stream()
                            .map(option -> optionResult(question, option, selected, shown, locale))
                            .toList();
                    return new QuestionResult(
                            question.id(),
                            question.prompt().in(locale).text(),
                            right,
                            question.options().stream()
                                    .map(Option::id)
                                    .filter(selected::contains)
                                    .toList(),
                            shown
                                    ? question.options().stream()
                                            .map(Option::id)
                                            .filter(question.correct()::contains)
                                            .toList()
                                    : null,
                            options);
                })
                .toList();
        return new CheckResult(
                attempt.id(),
                module.id(),
                scored.score(),
                scored.correctCount(),
                scored.questionCount(),
                module.check().passThreshold(),
                scored.passed(),
                keyShown,
                attempt.completedModule() ? attempt.submittedAt() : null,
                questions);
    }

    private static OptionResult optionResult(
            Question question, Option option, Set<String> selected, boolean keyShown, String locale) {
        boolean chosen = selected.contains(option.id());
        return new OptionResult(
                option.id(),
                option.text().in(locale).text(),
                keyShown || chosen ? option.feedback().in(locale).text() : null,
                keyShown ? question.correct().contains(option.id()) : null,
                chosen);
    }
}
