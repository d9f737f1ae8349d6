package nl.signaal.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The request and answer bodies of the module catalogue, lessons and knowledge checks. */
final class LearningApi {
    private LearningApi() {}

    @Serdeable
    record ModuleSummary(
            String id,
            String title,
            String summary,
            List<String> targetGroups,
            List<String> competencies,
            int minutes,
            int lessonCount,
            String locale,
            boolean untranslated) {}

    @Serdeable
    record LessonEntry(String id, String title, boolean untranslated) {}

    @Serdeable
    record CheckOutline(int questionCount, double passThreshold) {}

    @Serdeable
    record ModuleDetail(
            String id,
            int version,
            String title,
            String summary,
            List<String> targetGroups,
            List<String> competencies,
            int minutes,
            int lessonCount,
            String locale,
            boolean untranslated,
            List<LessonEntry> lessons,
            CheckOutline check) {}

    @Serdeable
    record LessonView(
            String moduleId,
            String id,
            String title,
            String html,
            String locale,
            boolean untranslated,
            @Nullable String previousLessonId,
            @Nullable String nextLessonId) {}

    @Serdeable
    record FlyerView(String moduleId, String title, String html, String locale, boolean untranslated) {}

    @Serdeable
    record OptionView(String id, String text) {}

    @Serdeable
    record QuestionView(String id, String prompt, boolean multiple, boolean untranslated, List<OptionView> options) {}

    @Serdeable
    record CheckView(
            String moduleId, UUID attemptId, double passThreshold, String locale, List<QuestionView> questions) {}

    @Serdeable
    record CheckSubmission(@NotNull UUID attemptId, @NotNull Map<String, List<String>> answers) {}

    /**
     * An option in a result. After a failed check, a wrongly answered question shows only the feedback of the chosen
     * options, and neither {@code correct} nor a feedback for the others (null): the key is not handed over.
     */
    @Serdeable
    record OptionResult(
            String id,
            String text,
            @Nullable String feedback,
            @Nullable Boolean correct,
            boolean selected) {}

    @Serdeable
    record QuestionResult(
            String id,
            String prompt,
            boolean correct,
            List<String> selected,
            @Nullable List<String> correctOptions,
            List<OptionResult> options) {}

    @Serdeable
    record CheckResult(
            UUID attemptId,
            String moduleId,
            double score,
            int correctCount,
            int questionCount,
            double passThreshold,
            boolean passed,
            boolean keyShown,
            @Nullable Instant completedAt,
            List<QuestionResult> questions) {}
}
