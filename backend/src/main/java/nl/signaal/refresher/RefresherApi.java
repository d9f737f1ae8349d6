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

/** The request and answer bodies of refreshers: own state, sessions, policy and the coordinator overview. */
final class RefresherApi {
    private RefresherApi() {
    }

    @Serdeable
    record ModuleView(String moduleId, String title, ModuleStatus status, @Nullable Instant dueAt,
                      @Nullable Double retrievability, @Nullable Instant lastPractisedAt) {
    }

    @Serdeable
    record CompetencyView(String competency, double retrievability, Instant dueAt) {
    }

    @Serdeable
    record MyRefreshersView(List<ModuleView> modules, List<CompetencyView> competencies, boolean suggested) {
    }

    @Serdeable
    record OptionView(String id, String text) {
    }

    @Serdeable
    record ItemView(String id, String moduleId, String competency, String type, @Nullable String vignette,
                    String prompt, List<OptionView> options, boolean answered, @Nullable Boolean correct) {
    }

    @Serdeable
    record SessionView(UUID id, Instant startedAt, @Nullable Instant finishedAt, List<ItemView> items, String locale,
                       boolean untranslated) {
    }

    @Serdeable
    record StartSessionCommand() {
    }

    @Serdeable
    record AnswerCommand(@NotNull UUID clientAnswerId, @NotBlank String itemId,
                         @NotEmpty List<@NotBlank String> optionIds) {
    }

    @Serdeable
    record AnswerResult(String itemId, boolean correct, List<String> correctOptionIds, String explanation,
                        SessionView session) {
    }

    @Serdeable
    record PolicyView(double targetRetention, int maximumIntervalDays, int fullRefreshMonths,
                      List<String> mandatoryModules) {
        static PolicyView of(Policy policy) {
            return new PolicyView(policy.targetRetention(), policy.maximumIntervalDays(), policy.fullRefreshMonths(),
                    policy.mandatoryModules());
        }
    }

    @Serdeable
    record PolicyCommand(@NotNull @DecimalMin("0.7") @DecimalMax("0.97") Double targetRetention,
                         @NotNull @Min(7) @Max(730) Integer maximumIntervalDays,
                         @NotNull @Min(1) @Max(36) Integer fullRefreshMonths,
                         @NotEmpty List<@NotBlank String> mandatoryModules) {
    }

    @Serdeable
    record ModuleStatusView(String moduleId, ModuleStatus status) {
    }

    @Serdeable
    record LearnerStatusView(UUID userId, String displayName, List<String> roles, List<ModuleStatusView> modules) {
    }

    @Serdeable
    record OrganisationStatusView(double refreshRate, List<LearnerStatusView> learners) {
    }
}
