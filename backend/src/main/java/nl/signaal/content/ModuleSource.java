package nl.signaal.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.signaal.content.ModuleStructure.QuestionStructure;

/** A module folder as read, before it becomes a {@link TrainingModule}: structure plus texts per locale. */
record ModuleSource(
        Path folder, ModuleStructure structure, Map<String, LocaleTexts> locales, Map<String, ModuleImage> images) {

    String id() {
        return structure.id().value();
    }

    /** Only called for a module without errors, so every Dutch text is there. */
    TrainingModule toModule() {
        List<Lesson> lessons = structure.lessons().stream()
                .map(lesson -> new Lesson(
                        lesson,
                        localized("lessons." + lesson + ".title"),
                        localized("lessons." + lesson + ".body", body -> LessonMarkdown.toHtml(body, id()))))
                .toList();
        List<Question> questions =
                structure.questions().stream().map(this::question).toList();
        return new TrainingModule(
                id(),
                structure.version(),
                structure.order(),
                structure.targetGroups(),
                structure.competencies(),
                structure.minutes(),
                localized("title"),
                localized("summary"),
                lessons,
                new KnowledgeCheck(structure.passThreshold(), questions),
                localized("flyer", flyer -> LessonMarkdown.toHtml(flyer, id())),
                images);
    }

    private Question question(QuestionStructure question) {
        String path = "check.questions." + question.id();
        List<Option> options = question.options().stream()
                .map(option -> new Option(
                        option,
                        localized(path + ".options." + option + ".text"),
                        localized(path + ".options." + option + ".feedback")))
                .toList();
        return new Question(
                question.id(),
                question.competency(),
                question.multiple(),
                localized(path + ".prompt"),
                options,
                question.correct());
    }

    private Localized localized(String key) {
        return localized(key, UnaryOperator.identity());
    }

    private Localized localized(String key, UnaryOperator<String> render) {
        return LocaleTexts.localized(locales, key, render);
    }
}
