package nl.signaal.insight;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.signaal.content.Content;
import nl.signaal.content.Track;
import nl.signaal.content.TrainingModule;
import nl.signaal.learning.ContentLocale;
import nl.signaal.refresher.OrganisationPolicy;
import nl.signaal.refresher.RefresherPolicies;

/** The dashboard's status numbers for a scope: per mandatory module and track, and the refresh rate. */
@Controller("/api/organisations/{organisationId}/insight")
@Secured({"COORDINATOR", "ADMIN"})
@Tag(name = "insight")
class InsightStatusController {
    private final Scopes scopes;
    private final InsightStatus status;
    private final RefresherPolicies policies;
    private final Content content;
    private final Clock clock;

    InsightStatusController(
            Scopes scopes, InsightStatus status, RefresherPolicies policies, Content content, Clock clock) {
        this.scopes = scopes;
        this.status = status;
        this.policies = policies;
        this.content = content;
        this.clock = clock;
    }

    @Serdeable
    record StatusView(
            ScopeView scope,
            boolean setupNeeded,
            Instant asOf,
            List<ModuleView> modules,
            List<TrackView> tracks,
            @Nullable Double refreshRate) {}

    /** {@code people} is left out of a hidden scope: it does not even say how small it is. */
    @Serdeable
    record ScopeView(
            @Nullable TeamView team,
            @Nullable String role,
            @Nullable String sector,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            Long people,

            boolean hidden) {}

    @Serdeable
    record TeamView(UUID id, String name) {}

    @Serdeable
    record ModuleView(
            String moduleId,
            String title,
            boolean hidden,
            @Nullable ModuleCountsView counts) {}

    @Serdeable
    record ModuleCountsView(long notStarted, long inProgress, long current, long dueSoon, long overdue, long lapsed) {}

    @Serdeable
    record TrackView(
            String trackId,
            String title,
            boolean hidden,
            @Nullable TrackCountsView counts) {}

    @Serdeable
    record TrackCountsView(long notStarted, long inProgress, long completed) {}

    @Get("/status{?team,role,sector}")
    @Operation(
            summary = "How many people in scope (team=, role=, sector=) are not started, in progress, current, due"
                    + " soon, overdue or lapsed per mandatory module, per track, and the refresh rate; counts over"
                    + " fewer than 5 people are hidden")
    StatusView status(
            Authentication authentication,
            @PathVariable UUID organisationId,
            @Nullable @QueryValue String team,
            @Nullable @QueryValue String role,
            @Nullable @QueryValue String sector) {
        InsightScope scope = scopes.of(authentication, organisationId, team, role, sector);
        String locale = ContentLocale.choose(null, authentication);
        OrganisationPolicy policy = policies.of(organisationId);
        Instant now = clock.instant();
        long people = status.people(scope);
        boolean shown = PrivacyFloor.shows(people);
        List<ModuleView> modules = (shown
                        ? status.count(scope, policy.mandatoryModules(), people, now)
                        : policy.mandatoryModules().stream()
                                .map(m -> new ModuleCounts(m, 0, 0, 0, 0, 0, 0))
                                .toList())
                .stream()
                        .map(c -> new ModuleView(
                                c.moduleId(),
                                content.module(c.moduleId())
                                        .map(TrainingModule::title)
                                        .map(t -> t.in(locale).text())
                                        .orElse(c.moduleId()),
                                !shown,
                                shown
                                        ? new ModuleCountsView(
                                                c.notStarted(),
                                                c.inProgress(),
                                                c.current(),
                                                c.dueSoon(),
                                                c.overdue(),
                                                c.lapsed())
                                        : null))
                        .toList();
        List<TrackView> tracks = shown
                ? status.tracks(scope, people).stream()
                        .map(c -> new TrackView(
                                c.trackId(),
                                title(c.trackId(), locale),
                                false,
                                new TrackCountsView(c.notStarted(), c.inProgress(), c.completed())))
                        .toList()
                : content.tracks().stream()
                        .map(t -> new TrackView(t.id(), t.title().in(locale).text(), true, null))
                        .toList();
        return new StatusView(
                new ScopeView(
                        scope.team() == null
                                ? null
                                : new TeamView(scope.team().id(), scope.team().name()),
                        scope.role() == null ? null : scope.role().name(),
                        scope.sector(),
                        shown ? people : null,
                        !shown),
                !policy.chosen(),
                now,
                modules,
                tracks,
                shown ? status.refreshRate(scope, policy.mandatoryModules(), people, now) : null);
    }

    private String title(String trackId, String locale) {
        return content.track(trackId)
                .map(Track::title)
                .map(t -> t.in(locale).text())
                .orElse(trackId);
    }
}
