package nl.signaal.simulation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The request and answer bodies of the scenario catalogue and of runs. */
final class SimulationApi {
    private SimulationApi() {}

    @Serdeable
    record ScenarioSummary(
            String id,
            String title,
            String summary,
            List<String> targetGroups,
            List<String> competencies,
            int minutes,
            int sceneCount,
            int endingCount,
            String locale,
            boolean untranslated,
            @Nullable String bestOutcome,
            @Nullable UUID activeRunId) {}

    @Serdeable
    record Character(String id, String name) {}

    @Serdeable
    record ScenarioDetail(
            String id,
            String title,
            String summary,
            List<String> targetGroups,
            List<String> competencies,
            int minutes,
            int sceneCount,
            int endingCount,
            String locale,
            boolean untranslated,
            @Nullable String bestOutcome,
            @Nullable UUID activeRunId,
            List<Character> characters) {}

    @Serdeable
    record ChoiceOption(String id, String text) {}

    @Serdeable
    record SceneView(
            String nodeId,
            @Nullable Character speaker,
            @Nullable String setting,
            String html,
            List<ChoiceOption> choices) {}

    @Serdeable
    record EndingView(String nodeId, String outcome, String html) {}

    @Serdeable
    record RunView(
            UUID id,
            String scenarioId,
            int scenarioVersion,
            String title,
            String status,
            int decisions,
            Instant startedAt,
            @Nullable Instant finishedAt,
            @Nullable String outcome,
            @Nullable SceneView scene,
            @Nullable EndingView ending,
            String locale,
            boolean untranslated,
            int decision,
            int aboutDecisions) {}

    @Serdeable
    record RunSummary(
            UUID id,
            String scenarioId,
            int scenarioVersion,
            String status,
            int decisions,
            Instant startedAt,
            @Nullable Instant finishedAt,
            @Nullable String outcome) {}

    @Serdeable
    record ChoiceCommand(
            @NotNull UUID clientChoiceId, @NotBlank String choiceId) {}

    @Serdeable
    record ChoiceResult(String choiceId, String text, String feedback, boolean recommended, RunView run) {}

    @Serdeable
    record ReplayCommand(@Min(0) int fromStep) {}

    @Serdeable
    record ChosenView(String id, String text, String feedback) {}

    @Serdeable
    record DecisionView(
            int step,
            String nodeId,
            String sceneHtml,
            ChosenView chosen,
            @Nullable ChoiceOption recommended,
            boolean followedRecommendation,
            ChoiceOption best,
            boolean belowBest) {}

    @Serdeable
    record PathStep(String nodeId, String choiceId, String text) {}

    @Serdeable
    record CompetencyView(
            String competency,
            int earned,
            int attainable,
            boolean practised,
            @Nullable Double score,
            boolean weak) {}

    @Serdeable
    record ReadAgain(String moduleId, String lessonId, String moduleTitle, String lessonTitle, String href) {}

    @Serdeable
    record DebriefView(
            UUID runId,
            String scenarioId,
            @Nullable String outcome,
            String endingHtml,
            String debriefHtml,
            List<DecisionView> decisions,
            List<PathStep> recommendedPath,
            List<CompetencyView> competencies,
            List<ReadAgain> readAgain,
            String locale) {}
}
