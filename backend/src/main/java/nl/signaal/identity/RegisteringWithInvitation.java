package nl.signaal.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import nl.signaal.content.SupportedLocales;
import nl.signaal.web.ApiException;

/** A professional joins their organisation with a code a coordinator gave them. */
@Singleton
class RegisteringWithInvitation {
    static final String UNUSABLE =
            "This invitation code is unknown, expired or used up. Ask your coordinator for a new one.";

    private final InvitationRepository invitations;
    private final OrganisationRepository organisations;
    private final Accounts accounts;
    private final Sessions sessions;
    private final InvitationTeams teams;
    private final Clock clock;

    RegisteringWithInvitation(
            InvitationRepository invitations,
            OrganisationRepository organisations,
            Accounts accounts,
            Sessions sessions,
            InvitationTeams teams,
            Clock clock) {
        this.invitations = invitations;
        this.organisations = organisations;
        this.accounts = accounts;
        this.sessions = sessions;
        this.teams = teams;
        this.clock = clock;
    }

    record Registered(UserAccount user, Organisation organisation, Sessions.Opened session) {}

    static String normaliseCode(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }

    /** The use of the code, the account, its team membership and the session commit together or not at all. */
    @Transactional
    Registered register(IdentityApi.RegisterCommand command) {
        Instant now = clock.instant();
        String code = normaliseCode(command.invitationCode());
        Invitation invitation = invitations
                .findById(code)
                .filter(i -> i.usableAt(now))
                .orElseThrow(() -> ApiException.notFound(UNUSABLE));
        if (invitations.takeUse(code, now) == 0) {
            throw ApiException.notFound(UNUSABLE);
        }
        Organisation organisation =
                organisations.findById(invitation.organisationId()).orElseThrow();
        String locale = command.locale() == null ? SupportedLocales.SOURCE : command.locale();
        UserAccount user = accounts.createUser(
                organisation.id(),
                command.email(),
                command.password(),
                command.displayName(),
                Set.of(Role.valueOf(invitation.role())),
                locale);
        if (invitation.teamId() != null) {
            teams.join(invitation.teamId(), user.id());
        }
        return new Registered(user, organisation, sessions.open(user.id()));
    }
}
