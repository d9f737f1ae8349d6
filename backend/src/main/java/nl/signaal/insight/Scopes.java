package nl.signaal.insight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.UUID;
import nl.signaal.content.Sectors;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;

/**
 * Turns the dashboard's filters (query parameters team, role, sector) into an {@link InsightScope} after checking
 * that the viewer is a coordinator or admin of the organisation; a team of another organisation answers 404.
 */
@Singleton
public class Scopes {
    private final TeamRepository teams;

    Scopes(TeamRepository teams) {
        this.teams = teams;
    }

    public InsightScope of(
            Authentication viewer,
            UUID organisationId,
            @Nullable String team,
            @Nullable String role,
            @Nullable String sector) {
        SignedInUser user = SignedInUser.of(viewer);
        user.requireOrganisation(organisationId);
        if (!user.hasAny(Role.COORDINATOR, Role.ADMIN)) {
            throw ApiException.forbidden("Only coordinators and administrators see insight.");
        }
        return new InsightScope(organisationId, team(organisationId, team), role(role), sector(sector));
    }

    /** The team of this organisation, or 404 (also for another organisation's team: its existence is not shown). */
    public TeamRef team(UUID organisationId, UUID teamId) {
        return teams.findByIdAndOrganisationId(teamId, organisationId)
                .map(Team::ref)
                .orElseThrow(() -> ApiException.notFound("No such team in this organisation."));
    }

    private @Nullable TeamRef team(UUID organisationId, @Nullable String team) {
        if (blank(team)) {
            return null;
        }
        UUID id;
        try {
            id = UUID.fromString(team);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("team", "must be a team id");
        }
        return team(organisationId, id);
    }

    private static @Nullable Role role(@Nullable String role) {
        if (blank(role)) {
            return null;
        }
        return Arrays.stream(Role.values())
                .filter(r -> r.name().equals(role))
                .findFirst()
                .orElseThrow(
                        () -> ApiException.invalidField("role", "must be one of " + Arrays.toString(Role.values())));
    }

    private static @Nullable String sector(@Nullable String sector) {
        if (blank(sector)) {
            return null;
        }
        if (!Sectors.ALL.contains(sector)) {
            throw ApiException.invalidField("sector", "must be one of " + Sectors.ALL);
        }
        return sector;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
