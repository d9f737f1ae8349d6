package nl.signaal.insight;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.signaal.identity.Role;

/**
 * Whose numbers a coordinator looks at: the active members of an organisation, narrowed to a team, a role and/or the
 * teams of a sector. Made by {@link Scopes}, which checks that the viewer may see it.
 */
public record InsightScope(
        UUID organisationId,
        @Nullable TeamRef team,
        @Nullable Role role,
        @Nullable String sector) {

    /**
     * The ids of the people in scope, as {@code SELECT u.id FROM app_user u WHERE ...}: use it as
     * {@code user_id IN (<people>)} or join on it. Deactivated members are left out.
     */
    public SqlPart people() {
        StringBuilder sql = new StringBuilder(
                "SELECT u.id FROM app_user u WHERE u.organisation_id = ? AND u.deactivated_at IS NULL");
        List<Object> parameters = new ArrayList<>(List.of(organisationId));
        if (team != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM team_member tm WHERE tm.user_id = u.id AND tm.team_id = ?)");
            parameters.add(team.id());
        }
        if (role != null) {
            // roles is a comma-separated list of role names (decision 0003); no name contains another.
            sql.append(" AND (',' || u.roles || ',') LIKE ?");
            parameters.add("%," + role.name() + ",%");
        }
        if (sector != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM team_member ts JOIN team t ON t.id = ts.team_id"
                    + " WHERE ts.user_id = u.id AND t.sector = ?)");
            parameters.add(sector);
        }
        return new SqlPart(sql.toString(), parameters);
    }

    /** What the audit log writes for this scope, e.g. {@code team=Ambulant;role=LEARNER}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (team != null) {
            parts.add("team=" + team.name());
        }
        if (role != null) {
            parts.add("role=" + role.name());
        }
        if (sector != null) {
            parts.add("sector=" + sector);
        }
        return parts.isEmpty() ? "organisation" : String.join(";", parts);
    }
}
