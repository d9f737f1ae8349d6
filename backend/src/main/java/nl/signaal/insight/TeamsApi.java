package nl.signaal.insight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;
import nl.signaal.identity.Role;

/** The request and answer bodies of /api/organisations/{organisationId}/teams. */
final class TeamsApi {
    private TeamsApi() {}

    /** Checked by {@link ManagingTeams} (name 1..120 characters once trimmed, a known sector), not by annotations. */
    @Serdeable
    record TeamCommand(@Nullable String name, @Nullable String sector) {}

    /** {@code members} counts the team's active members. */
    @Serdeable
    record TeamView(UUID id, String name, String sector, long members) {}

    @Serdeable
    record TeamMemberView(UUID id, String displayName, String email, List<Role> roles) {}
}
