package nl.signaal.identity;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The people of an organisation, as other features (coordinator overviews) may see them. */
@Singleton
public class Members {
    private final UserAccountRepository users;

    private final OrganisationRepository organisations;

    Members(UserAccountRepository users, OrganisationRepository organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    /** Every organisation's id, for work that runs across all of them (reminders). */
    public List<UUID> organisations() {
        return organisations.findAll().stream().map(Organisation::id).toList();
    }

    /** {@code email} and {@code locale} are for messages to the member (reminders); show only the display name. */
    public record Member(UUID id, String displayName, Set<Role> roles, String email, String locale) {}

    /** A person as a document about them names them (certificates): display name and organisation. */
    public record Person(UUID id, String displayName, UUID organisationId, String organisationName) {}

    /** The person with this account, deactivated or not; empty when there is no such account (erased). */
    public Optional<Person> person(UUID userId) {
        return users.findById(userId)
                .flatMap(user -> organisations
                        .findById(user.organisationId())
                        .map(organisation ->
                                new Person(user.id(), user.displayName(), organisation.id(), organisation.name())));
    }

    /** Everyone active in the organisation, by display name; deactivated members are left out. */
    public List<Member> of(UUID organisation) {
        return users.findActiveByOrganisation(organisation).stream()
                .map(user -> new Member(
                        user.id(), user.displayName(), Set.copyOf(user.roleSet()), user.email(), user.locale()))
                .toList();
    }
}
