package nl.signaal.identity;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The people of an organisation, as other features (coordinator overviews) may see them. */
@Singleton
public class Members {
    /** Keeps IN lists well below what either database accepts. */
    private static final int CHUNK = 500;

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

    /** An organisation as other features may name it (webinar audiences). */
    public record OrganisationSummary(UUID id, String name, String sector, boolean demo) {}

    /** How an organiser reaches a person who signed up for something of theirs (webinar registrations). */
    public record Contact(UUID id, String displayName, String email, UUID organisationId) {}

    public Optional<OrganisationSummary> organisation(UUID id) {
        return organisations.findById(id).map(Members::summary);
    }

    /** Every organisation, by name. */
    public List<OrganisationSummary> allOrganisations() {
        return organisations.findAll().stream()
                .map(Members::summary)
                .sorted(java.util.Comparator.comparing(OrganisationSummary::name))
                .toList();
    }

    /** The person's name and address, deactivated or not; empty when the account was erased. */
    public Optional<Contact> contact(UUID userId) {
        return users.findById(userId)
                .map(user -> new Contact(user.id(), user.displayName(), user.email(), user.organisationId()));
    }

    private static OrganisationSummary summary(Organisation organisation) {
        return new OrganisationSummary(
                organisation.id(), organisation.name(), organisation.sector(), organisation.demo());
    }

    /**
     * The active accounts among {@code userIds}, for messages to these people (webinar mails), without reading their
     * whole organisations; deactivated and erased accounts are left out.
     */
    public List<Member> active(Collection<UUID> userIds) {
        List<UUID> all = List.copyOf(new LinkedHashSet<>(userIds));
        List<Member> active = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            users.findActiveByIdIn(all.subList(from, Math.min(all.size(), from + CHUNK))).stream()
                    .map(user -> new Member(
                            user.id(), user.displayName(), Set.copyOf(user.roleSet()), user.email(), user.locale()))
                    .forEach(active::add);
        }
        return active;
    }

    /** Everyone active in the organisation, by display name; deactivated members are left out. */
    public List<Member> of(UUID organisation) {
        return users.findActiveByOrganisation(organisation).stream()
                .map(user -> new Member(
                        user.id(), user.displayName(), Set.copyOf(user.roleSet()), user.email(), user.locale()))
                .toList();
    }
}
