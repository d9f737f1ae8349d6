package nl.signaal.identity;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.signaal.web.ApiException;

/**
 * Creating organisations and user accounts: the one path every way of joining goes through, so the name and password
 * rules ({@link DisplayNames}, {@link PasswordRules}) hold for all of them.
 */
@Singleton
class Accounts {
    private final OrganisationRepository organisations;
    private final UserAccountRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;

    Accounts(OrganisationRepository organisations, UserAccountRepository users, PasswordHasher hasher, Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Transactional
    Organisation createOrganisation(String name, String sector, boolean demo) {
        return organisations.save(new Organisation(UUID.randomUUID(), name.trim(), sector, demo, clock.instant()));
    }

    @Transactional
    UserAccount createUser(
            UUID organisationId, String email, String password, String displayName, Set<Role> roles, String locale) {
        String normalised = UserAccount.normaliseEmail(email);
        String name = DisplayNames.normalise("displayName", displayName);
        PasswordRules.check("password", password, normalised, name);
        if (users.existsByEmail(normalised)) {
            throw new ApiException(
                    HttpStatus.CONFLICT,
                    "An account with this e-mail address exists already.",
                    List.of(new nl.signaal.web.Problem.FieldError("email", "is already registered")));
        }
        Instant now = clock.instant();
        return users.save(new UserAccount(
                UUID.randomUUID(),
                organisationId,
                normalised,
                name,
                hasher.hash(password),
                UserAccount.joinRoles(roles),
                locale,
                now));
    }
}
