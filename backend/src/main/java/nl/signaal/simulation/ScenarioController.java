package nl.signaal.simulation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.signaal.content.Scenario;
import nl.signaal.identity.SignedInUser;
import nl.signaal.learning.ContentLocale;
import nl.signaal.learning.SectorOrder;
import nl.signaal.simulation.SimulationApi.RunView;
import nl.signaal.simulation.SimulationApi.ScenarioDetail;
import nl.signaal.simulation.SimulationApi.ScenarioSummary;
import nl.signaal.simulation.engine.Ending;
import nl.signaal.simulation.engine.Outcome;
import nl.signaal.simulation.engine.Scene;

@Controller("/api/scenarios")
@Tag(name = "simulation")
class ScenarioController {
    private final ScenarioCatalogue catalogue;
    private final SimulationRunRepository runs;
    private final StartingRun startingRun;
    private final PinnedScenarios scenarios;
    private final Json json;

    ScenarioController(
            ScenarioCatalogue catalogue,
            SimulationRunRepository runs,
            StartingRun startingRun,
            PinnedScenarios scenarios,
            Json json) {
        this.catalogue = catalogue;
        this.runs = runs;
        this.startingRun = startingRun;
        this.scenarios = scenarios;
        this.json = json;
    }

    /** The learner's best finished outcome and unfinished run per scenario. */
    private record Standing(
            @Nullable String bestOutcome, @Nullable UUID activeRunId) {
        static final Standing NONE = new Standing(null, null);
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The case simulations (public); a logged-in user's own sector first, with their best outcome")
    List<ScenarioSummary> catalogue(@Nullable Authentication authentication, @Nullable @QueryValue String locale) {
        String chosen = ContentLocale.choose(locale, authentication);
        SignedInUser user = authentication == null ? null : SignedInUser.of(authentication);
        String sector = user == null ? null : user.organisationSector();
        Map<String, Standing> standings = standings(authentication);
        return catalogue.visibleTo(user).stream()
                .sorted(Comparator.comparingInt(
                                (Scenario s) -> SectorOrder.rank(s.definition().targetGroups(), sector))
                        .thenComparingInt(s -> s.definition().order())
                        .thenComparing(s -> s.definition().id()))
                .map(s ->
                        summary(s, chosen, standings.getOrDefault(s.definition().id(), Standing.NONE)))
                .toList();
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "One case simulation and its characters (public)")
    ScenarioDetail scenario(
            @Nullable Authentication authentication, @PathVariable String id, @Nullable @QueryValue String locale) {
        Scenario scenario = visible(id, authentication);
        String chosen = ContentLocale.choose(locale, authentication);
        ScenarioSummary summary =
                summary(scenario, chosen, standings(authentication).getOrDefault(id, Standing.NONE));
        RunViews views = new RunViews(scenario, chosen);
        return new ScenarioDetail(
                summary.id(),
                summary.title(),
                summary.summary(),
                summary.targetGroups(),
                summary.competencies(),
                summary.minutes(),
                summary.sceneCount(),
                summary.endingCount(),
                chosen,
                summary.untranslated(),
                summary.bestOutcome(),
                summary.activeRunId(),
                views.characters());
    }

    @Post("/{id}/runs")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Start a run of the scenario's current version")
    HttpResponse<RunView> start(
            Authentication authentication, @PathVariable String id, @Nullable @QueryValue String locale) {
        Scenario scenario = visible(id, authentication);
        String chosen = ContentLocale.choose(locale, authentication);
        scenarios.keep(scenario);
        SimulationRun run = startingRun.start(SignedInUser.of(authentication), scenario, chosen);
        RunView view = new RunViews(scenario, chosen).run(run, run.currentNode(), json.state(run.state()), 0);
        return HttpResponse.created(view, URI.create("/api/runs/" + run.id()));
    }

    /** Shipped, or published for everyone or for the user's organisation; 404 otherwise. */
    private Scenario visible(String id, @Nullable Authentication authentication) {
        return catalogue
                .find(id, authentication == null ? null : SignedInUser.of(authentication))
                .orElseThrow(() -> nl.signaal.web.ApiException.notFound("There is no scenario '" + id + "'."));
    }

    private ScenarioSummary summary(Scenario scenario, String locale, Standing standing) {
        RunViews views = new RunViews(scenario, locale);
        var definition = scenario.definition();
        String title = views.title();
        String summary = views.summary();
        return new ScenarioSummary(
                definition.id(),
                title,
                summary,
                definition.targetGroups(),
                definition.competencies(),
                definition.minutes(),
                RunViews.count(definition.nodes(), Scene.class),
                RunViews.count(definition.nodes(), Ending.class),
                locale,
                views.untranslated(),
                standing.bestOutcome(),
                standing.activeRunId());
    }

    private Map<String, Standing> standings(@Nullable Authentication authentication) {
        if (authentication == null) {
            return Map.of();
        }
        return runs
                .findByUserIdOrderByStartedAtDesc(
                        SignedInUser.of(authentication).id())
                .stream()
                .collect(Collectors.groupingBy(SimulationRun::scenarioId))
                .entrySet()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> standing(e.getValue())));
    }

    private static Standing standing(List<SimulationRun> newestFirst) {
        Optional<String> best = newestFirst.stream()
                .filter(SimulationRun::finished)
                .map(SimulationRun::outcome)
                .min(Comparator.comparingInt(o -> Outcome.valueOf(o).ordinal()));
        UUID active = newestFirst.stream()
                .filter(SimulationRun::active)
                .map(SimulationRun::id)
                .findFirst()
                .orElse(null);
        return new Standing(best.orElse(null), active);
    }
}
