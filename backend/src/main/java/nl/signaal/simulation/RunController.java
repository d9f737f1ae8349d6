package nl.signaal.simulation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.signaal.content.Content;
import nl.signaal.content.Scenario;
import nl.signaal.identity.SignedInUser;
import nl.signaal.learning.ContentLocale;
import nl.signaal.simulation.SimulationApi.ChoiceCommand;
import nl.signaal.simulation.SimulationApi.ChoiceResult;
import nl.signaal.simulation.SimulationApi.DebriefView;
import nl.signaal.simulation.SimulationApi.ReplayCommand;
import nl.signaal.simulation.SimulationApi.RunSummary;
import nl.signaal.simulation.SimulationApi.RunView;
import nl.signaal.simulation.engine.Choice;
import nl.signaal.simulation.engine.Scene;
import nl.signaal.web.ApiException;

/** A learner's runs: only the learner who started a run can see or play it (others get 404). */
@Controller("/api/runs")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "simulation")
class RunController {
    private final SimulationRunRepository runs;
    private final SimulationStepRepository steps;
    private final PinnedScenarios scenarios;
    private final MakingChoice makingChoice;
    private final StartingRun startingRun;
    private final Content content;
    private final Json json;
    private final Clock clock;

    RunController(
            SimulationRunRepository runs,
            SimulationStepRepository steps,
            PinnedScenarios scenarios,
            MakingChoice makingChoice,
            StartingRun startingRun,
            Content content,
            Json json,
            Clock clock) {
        this.runs = runs;
        this.steps = steps;
        this.scenarios = scenarios;
        this.makingChoice = makingChoice;
        this.startingRun = startingRun;
        this.content = content;
        this.json = json;
        this.clock = clock;
    }

    @Get
    @Operation(summary = "The learner's own runs, newest first (to resume one)")
    List<RunSummary> mine(Authentication authentication, @Nullable @QueryValue String scenarioId) {
        UUID me = SignedInUser.of(authentication).id();
        List<SimulationRun> found = scenarioId == null
                ? runs.findByUserIdOrderByStartedAtDesc(me)
                : runs.findByUserIdAndScenarioIdOrderByStartedAtDesc(me, scenarioId);
        return found.stream()
                .map(r -> new RunSummary(
                        r.id(),
                        r.scenarioId(),
                        r.scenarioVersion(),
                        r.status(),
                        r.decisions(),
                        r.startedAt(),
                        r.finishedAt(),
                        r.outcome()))
                .toList();
    }

    @Get("/{runId}")
    @Operation(summary = "Where a run stands: the current scene with the choices on offer, or its ending")
    RunView run(Authentication authentication, @PathVariable UUID runId, @Nullable @QueryValue String locale) {
        SimulationRun run = owned(authentication, runId);
        return views(run, authentication, locale).run(run, run.currentNode(), json.state(run.state()), run.decisions());
    }

    @Post("/{runId}/choices")
    @Operation(
            summary = "Make a choice; the same clientChoiceId again returns the same result; 409 with the reason "
                    + "when the choice is not on offer now")
    ChoiceResult choose(
            Authentication authentication,
            @PathVariable UUID runId,
            @Nullable @QueryValue String locale,
            @Body @Valid ChoiceCommand command) {
        SignedInUser learner = SignedInUser.of(authentication);
        String chosenLocale = ContentLocale.choose(locale, authentication);
        MakingChoice.Made made =
                makingChoice.choose(learner, runId, command.clientChoiceId(), command.choiceId(), chosenLocale);
        SimulationStep step = made.step();
        SimulationRun run = made.run();
        Scenario scenario = scenarios.pinned(run.scenarioId(), run.scenarioVersion());
        RunViews views = new RunViews(scenario, chosenLocale);
        Choice choice = ((Scene) scenario.definition().node(step.nodeId()))
                .choices().stream()
                        .filter(c -> c.id().equals(step.choiceId()))
                        .findFirst()
                        .orElseThrow();
        // The answer shows the run as this step left it, so a retry sees exactly what the first call saw.
        RunView view = views.run(run, step.toNode(), made.stateAfter(), step.stepNo());
        return new ChoiceResult(
                choice.id(),
                views.choiceText(step.nodeId(), choice.id()),
                views.choiceFeedback(step.nodeId(), choice.id()),
                choice.recommended(),
                view);
    }

    @Get("/{runId}/debrief")
    @Operation(summary = "The debrief of a finished run: outcome, path next to the recommended path, competencies")
    DebriefView debrief(Authentication authentication, @PathVariable UUID runId, @Nullable @QueryValue String locale) {
        SimulationRun run = owned(authentication, runId);
        if (!run.finished()) {
            throw ApiException.conflict("The debrief comes when the run reaches an ending.");
        }
        return views(run, authentication, locale).debrief(run, steps.findByRunIdOrderByStepNo(run.id()), content);
    }

    @Post("/{runId}/replays")
    @Operation(summary = "Play again: a new run that repeats the first fromStep decisions (0 = from the start)")
    HttpResponse<RunView> replay(
            Authentication authentication,
            @PathVariable UUID runId,
            @Nullable @QueryValue String locale,
            @Body @Valid ReplayCommand command) {
        SimulationRun original = owned(authentication, runId);
        String chosen = ContentLocale.choose(locale, authentication);
        SimulationRun replay =
                startingRun.replay(SignedInUser.of(authentication), original, command.fromStep(), chosen);
        RunView view = views(replay, authentication, locale)
                .run(replay, replay.currentNode(), json.state(replay.state()), replay.decisions());
        return HttpResponse.created(view, URI.create("/api/runs/" + replay.id()));
    }

    @Post("/{runId}/abandon")
    @Operation(
            summary = "Stop an unfinished run: it is no longer offered to continue and keeps its decisions for "
                    + "history; again on a stopped run changes nothing; 409 when the run has reached an ending")
    RunView abandon(Authentication authentication, @PathVariable UUID runId, @Nullable @QueryValue String locale) {
        SimulationRun run = owned(authentication, runId);
        // A run belongs to the learner in the organisation it was played for; one that moved on does not stop it.
        if (!run.organisationId().equals(SignedInUser.of(authentication).organisationId())) {
            throw ApiException.notFound("There is no run " + runId + " of yours.");
        }
        if (run.finished()) {
            throw ApiException.conflict("This run has reached an ending; there is nothing to stop.");
        }
        runs.abandon(run.id(), clock.instant());
        SimulationRun after = runs.findById(run.id()).orElseThrow();
        if (after.finished()) {
            throw ApiException.conflict("This run reached an ending just now; there is nothing to stop.");
        }
        return views(after, authentication, locale)
                .run(after, after.currentNode(), json.state(after.state()), after.decisions());
    }

    private SimulationRun owned(Authentication authentication, UUID runId) {
        UUID me = SignedInUser.of(authentication).id();
        return runs.findById(runId)
                .filter(run -> run.userId().equals(me))
                .orElseThrow(() -> ApiException.notFound("There is no run " + runId + " of yours."));
    }

    private RunViews views(SimulationRun run, Authentication authentication, @Nullable String locale) {
        return new RunViews(
                scenarios.pinned(run.scenarioId(), run.scenarioVersion()),
                ContentLocale.choose(locale, authentication));
    }
}
