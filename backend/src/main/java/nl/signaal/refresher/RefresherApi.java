package nl.signaal.refresher;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The request and answer bodies of refreshers: own state, sessions, and policy. */
final class RefresherApi {
    private RefresherApi() {}

    @Serdeable
    record ModuleView(
            String moduleId,
            String title,
            ModuleStatus status,
            @Nullable Instant dueAt,
            @Nullable Double retrievability,
            @Nullable Instant lastPractisedAt) {}

    @Serdeable
    record CompetencyView(String competency, double retrievability, Instant dueAt) {}

    @Serdeable
    record MyRefreshersView(List<ModuleView> modules, List<CompetencyView> competencies, boolean suggested) {}

    @Serdeable
    record OptionView(String id, String text) {}

    /** The case a decision point comes from: the scenario's title and the scene's text (sanitised HTML). */
    @Serdeable
    record CaseView(String scenarioId, String title, String html) {}

    /**
     * An item from the bank, or (type "decision") a decision point from a case simulation: then moduleId, vignette
     * and prompt are null, fromCase holds the case and options are its choices.
     */
    @Serdeable
    record ItemView(
            String id,
            @Nullable String moduleId,
            String competency,
            String type,
            @Nullable String vignette,
            @Nullable String prompt,
            List<OptionView> options,
            boolean answered,
            @Nullable Boolean correct,
            @Nullable CaseView fromCase) {}

    @Serdeable
    record SessionView(
            UUID id,
            Instant startedAt,
            @Nullable Instant finishedAt,
            List<ItemView> items,
            String locale,
            boolean untranslated) {}

    @Serdeable
    record StartSessionCommand() {}

    @Serdeable
    record AnswerCommand(
            @NotNull UUID clientAnswerId,
            @NotBlank String itemId,
            @NotEmpty List<@NotBlank String> optionIds) {}

    /**
     * For a decision point: correctOptionIds holds the recommended choice, explanation the feedback on the chosen
     * one, and betterExplanation (only when another choice was made) the feedback on the recommended one.
     */
    @Serdeable
    record AnswerResult(
            String itemId,
            boolean correct,
            List<String> correctOptionIds,
            String explanation,
            @Nullable String betterExplanation,
            SessionView session,
            List<LessonLink> lessons) {}

    /**
     * A lesson the explanation names by its title (in quotes, as the banks write "(les ‘Titel’)"), so the page can
     * link that title to /learn/{moduleId}/lessons/{lessonId}.
     */
    @Serdeable
    record LessonLink(String moduleId, String lessonId, String title) {}

    /**
     * The policy in effect. {@code chosen} false: no coordinator ever chose the mandatory modules, so every module
     * counts as mandatory (reminders cover all a learner completed) and the page asks the first-time question.
     */
    @Serdeable
    record PolicyView(
            double targetRetention,
            int maximumIntervalDays,
            int fullRefreshMonths,
            List<String> mandatoryModules,
            boolean chosen) {
        static PolicyView of(OrganisationPolicy policy) {
            return new PolicyView(
                    policy.targetRetention(),
                    policy.maximumIntervalDays(),
                    policy.fullRefreshMonths(),
                    policy.mandatoryModules(),
                    policy.chosen());
        }
    }

    /**
     * Saving makes the choice: at least one mandatory module, because an organisation with none would get no reminder
     * e-mail at all and an empty dashboard (docs/decisions/0053).
     */
    @Serdeable
    record PolicyCommand(
            @NotNull @DecimalMin("0.7") @DecimalMax("0.97") Double targetRetention,
            @NotNull @Min(7) @Max(730) Integer maximumIntervalDays,
            @NotNull @Min(1) @Max(36) Integer fullRefreshMonths,
            @NotEmpty(message = NO_MANDATORY_MODULE) List<@NotBlank String> mandatoryModules) {}

    static final String NO_MANDATORY_MODULE = "choose at least one module that everyone must keep current";
}
