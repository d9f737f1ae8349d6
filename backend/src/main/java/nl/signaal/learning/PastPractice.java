package nl.signaal.learning;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.signaal.content.Lesson;
import nl.signaal.content.Option;
import nl.signaal.content.Question;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.SignedInUser;
import nl.signaal.progress.Interactions;
import nl.signaal.progress.LearningEvent;
import nl.signaal.progress.LearningRecords;

/**
 * Practice at a moment in the past through the same services a learner's requests use (attempt, completion,
 * learning records and the module memory kept with them): demo organisations get a believable history with it.
 * Not an endpoint; call it inside the caller's transaction.
 */
@Singleton
public class PastPractice {
    private final SubmittingCheck checks;
    private final LearningRecords records;

    PastPractice(SubmittingCheck checks, LearningRecords records) {
        this.checks = checks;
        this.records = records;
    }

    /** The learner answered every question of the module's check right at that moment. */
    public void passedCheck(SignedInUser learner, TrainingModule module, Instant at) {
        submit(learner, module, at, true);
    }

    /** The learner answered every question of the module's check wrong at that moment. */
    public void failedCheck(SignedInUser learner, TrainingModule module, Instant at) {
        submit(learner, module, at, false);
    }

    /** The learner read the module's first lesson at that moment. */
    public void readFirstLesson(SignedInUser learner, TrainingModule module, Instant at) {
        Lesson lesson = module.lessons().get(0);
        var title = lesson.title().in(learner.locale());
        records.record(
                learner,
                new LearningEvent(
                                LearningEvent.Verb.EXPERIENCED,
                                LearningEvent.ActivityType.LESSON,
                                "modules/" + module.id() + "/lessons/" + lesson.id(),
                                title.text(),
                                module.id(),
                                module.version(),
                                null,
                                null,
                                title.locale())
                        .named(Interactions.names(lesson.title())),
                UUID.randomUUID(),
                at);
    }

    private void submit(SignedInUser learner, TrainingModule module, Instant at, boolean right) {
        Map<String, List<String>> answers = module.check().questions().stream()
                .collect(Collectors.toMap(
                        Question::id, question -> right ? List.copyOf(question.correct()) : wrong(question)));
        checks.firstSubmission(learner, module, UUID.randomUUID(), answers, learner.locale(), at);
    }

    private static List<String> wrong(Question question) {
        return question.options().stream()
                .map(Option::id)
                .filter(option -> !question.correct().contains(option))
                .limit(1)
                .toList();
    }
}
