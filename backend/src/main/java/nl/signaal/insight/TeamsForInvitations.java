package nl.signaal.insight;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.signaal.identity.InvitationTeams;

/** Lets invitations name a team and place whoever registers with one in it (identity cannot see insight). */
@Singleton
class TeamsForInvitations implements InvitationTeams {
    private final TeamRepository teams;
    private final ManagingTeams managing;

    TeamsForInvitations(TeamRepository teams, ManagingTeams managing) {
        this.teams = teams;
        this.managing = managing;
    }

    @Override
    public Optional<String> nameOf(UUID organisation, UUID team) {
        return teams.findByIdAndOrganisationId(team, organisation).map(Team::name);
    }

    @Override
    public Map<UUID, String> namesOf(UUID organisation) {
        return teams.findByOrganisationIdOrderByName(organisation).stream()
                .collect(Collectors.toMap(Team::id, Team::name));
    }

    @Override
    public void join(UUID team, UUID member) {
        managing.join(team, member);
    }
}
