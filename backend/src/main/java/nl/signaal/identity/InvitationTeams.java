package nl.signaal.identity;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The teams an invitation can place a new member in. Teams belong to insight, which depends on identity; identity
 * asks through this interface, which insight implements, so the two packages do not depend on each other both ways.
 */
public interface InvitationTeams {
    /** The team's name when it is a team of that organisation; empty otherwise (another's, deleted, unknown). */
    Optional<String> nameOf(UUID organisation, UUID team);

    /** The names of the organisation's teams by id, for a list of its invitations. */
    Map<UUID, String> namesOf(UUID organisation);

    /** Adds a member who just registered to the team, in the registration's transaction. */
    void join(UUID team, UUID member);
}
