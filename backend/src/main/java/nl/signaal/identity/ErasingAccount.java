package nl.signaal.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.signaal.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An administrator erases a member's account (GDPR art. 17): every feature removes what it keeps about the person or,
 * for learning records, swaps their id for a random pseudonym (decision 0011); then the sessions and the account
 * itself go. All in one transaction. Erasing an account that is already erased changes nothing.
 */
@Singleton
class ErasingAccount {
    private static final Logger LOG = LoggerFactory.getLogger(ErasingAccount.class);

    private final UserAccountRepository users;
    private final UserSessionRepository sessions;
    private final OrganisationRepository organisations;
    private final ErasedAccountRepository erased;
    private final List<PersonalData> features;
    private final Clock clock;

    ErasingAccount(
            UserAccountRepository users,
            UserSessionRepository sessions,
            OrganisationRepository organisations,
            ErasedAccountRepository erased,
            List<PersonalData> features,
            Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.organisations = organisations;
        this.erased = erased;
        this.features = features;
        this.clock = clock;
    }

    @Transactional
    void erase(SignedInUser admin, UUID organisation, UUID userId) {
        admin.requireOrganisation(organisation);
        organisations.lock(organisation);
        UserAccount user = users.findById(userId)
                .filter(u -> u.organisationId().equals(organisation))
                .orElse(null);
        if (user == null) {
            if (erased.existsByIdAndOrganisationId(userId, organisation)) {
                return;
            }
            throw ApiException.notFound("There is no member " + userId + " in this organisation.");
        }
        // The same rule as for demoting and deactivating: the organisation keeps an active administrator.
        if (user.roleSet().contains(Role.ADMIN)
                && users.isActive(userId)
                && users.countActiveAdministrators(organisation) <= 1) {
            throw ApiException.conflict(ManagingMembers.LAST_ADMINISTRATOR);
        }
        // Random, kept nowhere beside the records: nothing links it back to the account or its e-mail address.
        UUID pseudonym = UUID.randomUUID();
        for (PersonalData feature : features) {
            feature.erase(userId, pseudonym);
        }
        sessions.deleteByUserId(userId);
        users.deleteById(userId);
        erased.save(new ErasedAccount(userId, organisation, admin.id(), clock.instant()));
        LOG.info("Account {} of organisation {} erased by {}", userId, organisation, admin.id());
    }
}
