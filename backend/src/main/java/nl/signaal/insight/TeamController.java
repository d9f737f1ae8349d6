package nl.signaal.insight;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.signaal.insight.TeamsApi.TeamCommand;
import nl.signaal.insight.TeamsApi.TeamMemberView;
import nl.signaal.insight.TeamsApi.TeamView;

/**
 * The teams of an organisation, managed by its coordinators and administrators (issue 16). Another organisation's
 * path answers 403, another organisation's team under this one's path 404.
 */
@Controller("/api/organisations/{organisationId}/teams")
@Secured({"COORDINATOR", "ADMIN"})
@Tag(name = "insight")
class TeamController {
    private final Scopes scopes;
    private final ManagingTeams teams;

    TeamController(Scopes scopes, ManagingTeams teams) {
        this.scopes = scopes;
        this.teams = teams;
    }

    @Get
    @Operation(summary = "The organisation's teams by name, with their sector and number of active members")
    List<TeamView> list(Authentication authentication, @PathVariable UUID organisationId) {
        coordinator(authentication, organisationId);
        return teams.list(organisationId);
    }

    @Post
    @Operation(summary = "Create a team (name unique in the organisation, 409 otherwise)")
    HttpResponse<TeamView> create(
            Authentication authentication, @PathVariable UUID organisationId, @Body TeamCommand command) {
        coordinator(authentication, organisationId);
        TeamView team = teams.create(organisationId, command);
        return HttpResponse.created(team, URI.create("/api/organisations/" + organisationId + "/teams/" + team.id()));
    }

    @Put("/{teamId}")
    @Operation(summary = "Rename a team or change its sector")
    TeamView change(
            Authentication authentication,
            @PathVariable UUID organisationId,
            @PathVariable UUID teamId,
            @Body TeamCommand command) {
        coordinator(authentication, organisationId);
        return teams.change(organisationId, teamId, command);
    }

    @Delete("/{teamId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a team; its members stay in the organisation")
    void delete(Authentication authentication, @PathVariable UUID organisationId, @PathVariable UUID teamId) {
        coordinator(authentication, organisationId);
        teams.delete(organisationId, teamId);
    }

    @Get("/{teamId}/members")
    @Operation(summary = "The team's active members by display name")
    List<TeamMemberView> members(
            Authentication authentication, @PathVariable UUID organisationId, @PathVariable UUID teamId) {
        coordinator(authentication, organisationId);
        return teams.members(organisationId, teamId);
    }

    @Put("/{teamId}/members/{memberId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Add an active member of the organisation to the team (again: no change)")
    void add(
            Authentication authentication,
            @PathVariable UUID organisationId,
            @PathVariable UUID teamId,
            @PathVariable UUID memberId) {
        coordinator(authentication, organisationId);
        teams.add(organisationId, teamId, memberId);
    }

    @Delete("/{teamId}/members/{memberId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take a member out of the team (not in it: no change); they stay in the organisation")
    void remove(
            Authentication authentication,
            @PathVariable UUID organisationId,
            @PathVariable UUID teamId,
            @PathVariable UUID memberId) {
        coordinator(authentication, organisationId);
        teams.remove(organisationId, teamId, memberId);
    }

    /** The one check of every team endpoint: a coordinator or administrator of this organisation. */
    private void coordinator(Authentication authentication, UUID organisationId) {
        scopes.of(authentication, organisationId, null, null, null);
    }
}
