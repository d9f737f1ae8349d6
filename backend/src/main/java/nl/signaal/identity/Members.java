package nl.signaal.identity;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The people of an organisation, as other features (coordinator overviews) may see them. */
@Singleton
public class Members {
    private final UserAccountRepository users;

    Members(UserAccountRepository users) {
        this.users = users;
    }

    public record Member(UUID id, String displayName, Set<Role> roles) {
    }

    /** Everyone in the organisation, by display name. */
    public List<Member> of(UUID organisation) {
        return users.findByOrganisationIdOrderByDisplayName(organisation).stream()
                .map(user -> new Member(user.id(), user.displayName(), Set.copyOf(user.roleSet()))).toList();
    }
}
