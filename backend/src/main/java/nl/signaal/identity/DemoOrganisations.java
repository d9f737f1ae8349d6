package nl.signaal.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * Further demo organisations for other features' demo data (e.g. the municipality of the regional view), made in the
 * transaction that creates the demo (on {@link DemoCreated}), with the demo password. Embedded H2 only, like DemoData.
 */
@Singleton
public class DemoOrganisations {
    /** A demo account to create in a further demo organisation. */
    public record Account(String email, String name, Role role) {}

    private final OrganisationRepository organisations;
    private final Accounts accounts;

    DemoOrganisations(OrganisationRepository organisations, Accounts accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    /** Creates a demo organisation (marked demo) with these accounts, all speaking Dutch; returns its id. */
    @Transactional
    public UUID create(String name, String sector, List<Account> people) {
        Organisation organisation = accounts.createOrganisation(name, sector, true);
        for (Account person : people) {
            accounts.createUser(
                    organisation.id(), person.email(), DemoData.PASSWORD, person.name(), Set.of(person.role()), "nl");
        }
        return organisation.id();
    }

    /** A demo organisation by its exact name, seen inside the demo's transaction (the demo has only a few). */
    @Transactional
    public Optional<UUID> find(String name) {
        return StreamSupport.stream(organisations.findAll().spliterator(), false)
                .filter(organisation ->
                        organisation.demo() && organisation.name().equals(name))
                .map(Organisation::id)
                .findFirst();
    }
}
