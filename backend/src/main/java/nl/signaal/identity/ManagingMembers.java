package nl.signaal.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.signaal.identity.MembersApi.MemberView;
import nl.signaal.web.ApiException;

/**
 * An administrator changes a member's role, deactivates or reactivates them, themselves included
 * (docs/decisions/0012-members-and-role-order.md). Every change locks the organisation first, so
 * changes to one organisation's members run one at a time and it always keeps an active administrator.
 */
@Singleton
class ManagingMembers {
    static final String LAST_ADMINISTRATOR =
            "This is the organisation's last active administrator. Make someone else an administrator first.";

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final Sessions sessions;
    private final PasswordResets resets;
    private final Clock clock;

    ManagingMembers(
            UserAccountRepository users,
            OrganisationRepository organisations,
            Sessions sessions,
            PasswordResets resets,
            Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.sessions = sessions;
        this.resets = resets;
        this.clock = clock;
    }

    List<MemberView> list(UUID organisationId) {
        return users.listMembers(organisationId).stream().map(MemberView::of).toList();
    }

    @Transactional
    MemberView changeRole(SignedInUser admin, UUID organisationId, UUID memberId, Role role) {
        MemberRow member = lockedMember(admin, organisationId, memberId);
        if (member.rank() == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherActiveAdministrator(organisationId, member);
        }
        users.updateRoles(memberId, UserAccount.joinRoles(java.util.Set.of(role)));
        return MemberView.of(users.findMember(organisationId, memberId).orElseThrow());
    }

    @Transactional
    MemberView deactivate(SignedInUser admin, UUID organisationId, UUID memberId) {
        MemberRow member = lockedMember(admin, organisationId, memberId);
        if (member.active()) {
            if (member.rank() == Role.ADMIN) {
                requireAnotherActiveAdministrator(organisationId, member);
            }
            users.deactivate(memberId, clock.instant());
            sessions.closeAll(memberId);
        }
        return MemberView.of(users.findMember(organisationId, memberId).orElseThrow());
    }

    /** E-mails the member a link to set a new password; a deactivated member first needs reactivating. */
    void sendPasswordReset(UUID organisationId, UUID memberId) {
        MemberRow member = users.findMember(organisationId, memberId)
                .orElseThrow(() -> ApiException.notFound("There is no such member in this organisation."));
        if (!member.active()) {
            throw ApiException.conflict("This member is deactivated. Reactivate them first.");
        }
        resets.sendResetLink(memberId);
    }

    @Transactional
    MemberView reactivate(SignedInUser admin, UUID organisationId, UUID memberId) {
        MemberRow member = lockedMember(admin, organisationId, memberId);
        if (!member.active()) {
            users.reactivate(memberId);
        }
        return MemberView.of(users.findMember(organisationId, memberId).orElseThrow());
    }

    /**
     * Locks the organisation, then checks again, inside the lock, that the caller is still an active
     * administrator: one demoted a moment ago by another administrator must not act on the old role.
     */
    private MemberRow lockedMember(SignedInUser admin, UUID organisationId, UUID memberId) {
        if (organisations.lock(organisationId).isEmpty()) {
            throw ApiException.notFound("There is no such organisation.");
        }
        boolean stillAdministrator = users.findMember(organisationId, admin.id())
                .filter(MemberRow::active)
                .filter(me -> me.rank() == Role.ADMIN)
                .isPresent();
        if (!stillAdministrator) {
            throw ApiException.forbidden("You are no longer an administrator of this organisation.");
        }
        return users.findMember(organisationId, memberId)
                .orElseThrow(() -> ApiException.notFound("There is no such member in this organisation."));
    }

    private void requireAnotherActiveAdministrator(UUID organisationId, MemberRow member) {
        long others = users.countActiveAdministrators(organisationId) - (member.active() ? 1 : 0);
        if (others < 1) {
            throw ApiException.conflict(LAST_ADMINISTRATOR);
        }
    }
}
