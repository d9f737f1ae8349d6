package nl.signaal.track;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON of the track API (docs/api.md, "Tracks"). Texts in the asked locale; html fields are sanitised at load. */
final class TrackApi {
    static final int MAX_REFLECTION = 10_000;
    static final int MAX_COMMENT = 2_000;

    private TrackApi() {}

    /**
     * One track with the status of every requirement. nextStep: MODULES, CASES, FACILITATION, LIVE_SESSION,
     * REFLECTION or DONE; nextModuleId names the first module still to do when the step is about modules.
     */
    @Serdeable
    record TrackView(
            String id,
            int version,
            String title,
            String summary,
            double studyHours,
            int validityYears,
            boolean keptValidByRefreshers,
            int liveSessionsPerYear,
            String nextStep,
            @Nullable String nextModuleId,
            boolean complete,
            @Nullable Instant completedAt,
            @Nullable Instant validUntil,
            List<ModuleItem> modules,
            CasesItem cases,
            List<ModuleItem> facilitation,
            SessionsItem liveSessions,
            ReflectionItem reflection,
            StepTexts steps,
            @Nullable StandingItem standing,
            boolean untranslated) {}

    /**
     * Whether the holder keeps the completed track valid; null before completion. status CURRENT, AT_RISK or LAPSED;
     * reasons REFRESHERS_OVERDUE, LIVE_SESSION_DUE_SOON, LIVE_SESSION_MISSED. Nothing is revoked by it: renewal asks
     * for CURRENT (decision 0017).
     */
    @Serdeable
    record StandingItem(
            String status,
            List<String> reasons,
            List<ModuleItem> overdueModules,
            int liveSessionsPerYear,
            int liveSessionsInLastYear,
            Instant liveSessionDueBy) {}

    @Serdeable
    record ModuleItem(String id, String title, boolean done) {}

    @Serdeable
    record CaseItem(String id, String title, Instant finishedAt) {}

    /** from empty: any case counts. */
    @Serdeable
    record CasesItem(int atLeast, List<String> from, List<CaseItem> finished, boolean done) {}

    @Serdeable
    record SessionItem(
            UUID id, String activityId, String status, Instant startedAt, int participants, boolean counts) {}

    @Serdeable
    record SessionsItem(int atLeast, int minParticipants, List<SessionItem> sessions, boolean done) {}

    /** status NONE, SUBMITTED, APPROVED or ASK_MORE; text is the user's own, shown escaped. */
    @Serdeable
    record ReflectionItem(
            int minWords,
            String status,
            @Nullable UUID id,
            @Nullable String text,
            @Nullable Instant submittedAt,
            @Nullable String reviewComment,
            boolean done) {}

    @Serdeable
    record StepTexts(
            String modulesHtml,
            String casesHtml,
            String facilitationHtml,
            String liveSessionsHtml,
            String reflectionHtml,
            String keepValidHtml) {}

    @Serdeable
    record SubmitReflection(
            @NotNull UUID clientId,
            @NotBlank @Size(max = MAX_REFLECTION) String text) {}

    @Serdeable
    record ReviewCommand(
            @NotNull @Pattern(regexp = "APPROVE|ASK_MORE") String decision,
            @Nullable @Size(max = MAX_COMMENT) String comment) {}

    /** A reflection waiting for (or after) review, for the trainers of the author's organisation. */
    @Serdeable
    record ReflectionToReview(
            UUID id,
            UUID authorId,
            String authorName,
            String trackId,
            String trackTitle,
            String text,
            String status,
            Instant submittedAt,
            @Nullable String reviewComment) {}
}
