package nl.signaal.learning;

import java.util.List;
import java.util.Set;
import nl.signaal.content.Lesson;
import nl.signaal.content.Option;
import nl.signaal.content.Question;
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

    static CheckView check(TrainingModule module, String locale) {
        List<QuestionView> questions = module.check().questions().stream()
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
        return new CheckView(module.id(), module.check().passThreshold(), locale, questions);
    }

    static CheckResult result(TrainingModule module, SubmittingCheck.Submitted submitted, String locale) {
        CheckScoring.Scored scored = submitted.scored();
        List<QuestionResult> questions = module.check().questions().stream()
                .map(question -> {
                    Set<String> selected = scored.answers().get(question.id());
                    List<OptionResult> options = question.options().stream()
                            .map(option -> optionResult(question, option, selected, locale))
                            .toList();
                    return new QuestionResult(
                            question.id(),
                            question.prompt().in(locale).text(),
                            scored.correctByQuestion().get(question.id()),
                            List.copyOf(selected),
                            question.options().stream()
                                    .map(Option::id)
                                    .filter(question.correct()::contains)
                                    .toList(),
                            options);
                })
                .toList();
        CheckAttempt attempt = submitted.attempt();
        return new CheckResult(
                attempt.id(),
                module.id(),
                scored.score(),
                scored.correctCount(),
                scored.questionCount(),
                module.check().passThreshold(),
                scored.passed(),
                attempt.completedModule() ? attempt.submittedAt() : null,
                questions);
    }

    private static OptionResult optionResult(Question question, Option option, Set<String> selected, String locale) {
        return new OptionResult(
                option.id(),
                option.text().in(locale).text(),
                option.feedback().in(locale).text(),
                question.correct().contains(option.id()),
                selected.contains(option.id()));
    }
}
