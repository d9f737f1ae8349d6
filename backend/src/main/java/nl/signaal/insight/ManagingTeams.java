package nl.signaal.insight;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.signaal.content.Sectors;
import nl.signaal.identity.DisplayNames;
import nl.signaal.identity.Role;
import nl.signaal.insight.TeamsApi.TeamCommand;
import nl.signaal.insight.TeamsApi.TeamMemberView;
import nl.signaal.insight.TeamsApi.TeamView;
import nl.signaal.web.ApiException;

/**
 * A coordinator's teams: create, rename, delete, and who belongs to them. The caller has checked the organisation and
 * the role ({@link Scopes}); every method takes the organisation so a team of another one is never touched (404).
 */
@Singleton
class ManagingTeams {
    static final int MAX_NAME_LENGTH = 120;

    private final TeamRepository teams;
    private final TeamMemberRepository members;
    private final InsightSql sql;
    private final Clock clock;

    ManagingTeams(TeamRepository teams, TeamMemberRepository members, InsightSql sql, Clock clock) {
        this.teams = teams;
        this.members = members;
        this.sql = sql;
        this.clock = clock;
    }

    /** The teams by name, each with how many active members it has (a deactivated member is in no overview). */
    List<TeamView> list(UUID organisation) {
        Map<UUID, Long> counts = new HashMap<>();
        sql.query(
                        new SqlPart(
                                "SELECT tm.team_id, COUNT(*) AS members FROM team_member tm"
                                        + " JOIN team t ON t.id = tm.team_id"
                                        + " JOIN app_user u ON u.id = tm.user_id AND u.deactivated_at IS NULL"
                                        + " WHERE t.organisation_id = ? GROUP BY tm.team_id",
                                List.of(organisation)),
                        row -> Map.entry(row.getObject("team_id", UUID.class), row.getLong("members")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return teams.findByOrganisationIdOrderByName(organisation).stream()
                .map(team -> view(team, counts.getOrDefault(team.id(), 0L)))
                .toList();
    }

    TeamView create(UUID organisation, TeamCommand command) {
        String name = name(command.name());
        String sector = sector(command.sector());
        requireUniqueName(organisation, name, null);
        Team team = new Team(UUID.randomUUID(), organisation, name, sector, clock.instant());
        try {
            teams.save(team);
        } catch (DataAccessException sameNameAtOnce) {
            throw duplicate(name);
        }
        return view(team, 0);
    }

    TeamView change(UUID organisation, UUID teamId, TeamCommand command) {
        Team team = team(organisation, teamId);
        String name = name(command.name());
        String sector = sector(command.sector());
        requireUniqueName(organisation, name, teamId);
        Team changed = new Team(team.id(), organisation, name, sector, team.createdAt());
        try {
            teams.update(changed);
        } catch (DataAccessException sameNameAtOnce) {
            throw duplicate(name);
        }
        return view(changed, activeMembers(teamId).size());
    }

    /** The members stay in the organisation; their team memberships and invitations into the team go (cascade). */
    void delete(UUID organisation, UUID teamId) {
        teams.delete(team(organisation, teamId));
    }

    List<TeamMemberView> members(UUID organisation, UUID teamId) {
        team(organisation, teamId);
        return activeMembers(teamId);
    }

    /** Idempotent: a member already in the team stays in it once. */
    void add(UUID organisation, UUID teamId, UUID memberId) {
        team(organisation, teamId);
        requireActiveMember(organisation, memberId);
        if (members.existsByTeamIdAndUserId(teamId, memberId)) {
            return;
        }
        try {
            members.save(new TeamMember(UUID.randomUUID(), teamId, memberId, clock.instant()));
        } catch (DataAccessException addedAtOnce) {
            // The same member added twice at once: the unique key kept one row, which is what was asked.
            if (!members.existsByTeamIdAndUserId(teamId, memberId)) {
                throw addedAtOnce;
            }
        }
    }

    /** Idempotent: removing someone who is not in the team answers the same as removing them. */
    @Transactional
    void remove(UUID organisation, UUID teamId, UUID memberId) {
        team(organisation, teamId);
        members.deleteByTeamIdAndUserId(teamId, memberId);
    }

    /** Places a member who just registered with an invitation in its team, in the registration's transaction. */
    void join(UUID teamId, UUID memberId) {
        if (!members.existsByTeamIdAndUserId(teamId, memberId)) {
            members.save(new TeamMember(UUID.randomUUID(), teamId, memberId, clock.instant()));
        }
    }

    private Team team(UUID organisation, UUID teamId) {
        return teams.findByIdAndOrganisationId(teamId, organisation)
                .orElseThrow(() -> ApiException.notFound("No such team in this organisation."));
    }

    private List<TeamMemberView> activeMembers(UUID teamId) {
        return sql.query(
                new SqlPart(
                        "SELECT u.id, u.display_name, u.email, u.roles FROM team_member tm"
                                + " JOIN app_user u ON u.id = tm.user_id"
                                + " WHERE tm.team_id = ? AND u.deactivated_at IS NULL ORDER BY u.display_name, u.id",
                        List.of(teamId)),
                row -> new TeamMemberView(
                        row.getObject("id", UUID.class),
                        row.getString("display_name"),
                        row.getString("email"),
                        roles(row.getString("roles"))));
    }

    private void requireActiveMember(UUID organisation, UUID memberId) {
        boolean found = !sql.query(
                        new SqlPart(
                                "SELECT u.id FROM app_user u WHERE u.id = ? AND u.organisation_id = ?"
                                        + " AND u.deactivated_at IS NULL",
                                List.of(memberId, organisation)),
                        row -> row.getObject("id", UUID.class))
                .isEmpty();
        if (!found) {
            throw ApiException.notFound("No such active member in this organisation.");
        }
    }

    /** Names differing only in case would look like one team in every list, so they count as the same. */
    private void requireUniqueName(UUID organisation, String name, UUID except) {
        String wanted = name.toLowerCase(Locale.ROOT);
        boolean taken = teams.findByOrganisationIdOrderByName(organisation).stream()
                .anyMatch(team -> !team.id().equals(except)
                        && team.name().toLowerCase(Locale.ROOT).equals(wanted));
        if (taken) {
            throw duplicate(name);
        }
    }

    private static ApiException duplicate(String name) {
        return ApiException.conflict("This organisation already has a team named '" + name + "'.");
    }

    /** Trimmed, one line, visible characters (as display names are), at most 120 characters. */
    static String name(String name) {
        String normalised = DisplayNames.normalise("name", name);
        if (normalised.codePointCount(0, normalised.length()) > MAX_NAME_LENGTH) {
            throw ApiException.invalidField("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return normalised;
    }

    private static String sector(String sector) {
        if (sector == null || !Sectors.ALL.contains(sector)) {
            throw ApiException.invalidField("sector", "must be one of " + String.join(", ", Sectors.ALL));
        }
        return sector;
    }

    private static List<Role> roles(String joined) {
        return Arrays.stream(joined.split(","))
                .filter(role -> !role.isBlank())
                .map(Role::valueOf)
                .sorted()
                .toList();
    }

    private static TeamView view(Team team, long members) {
        return new TeamView(team.id(), team.name(), team.sector(), members);
    }
}
