package nl.signaal.identity;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.signaal.identity.MembersApi.ChangeRoleCommand;
import nl.signaal.identity.MembersApi.MemberView;

/**
 * The members of an organisation: its administrators manage them, its coordinators only see them
 * (docs/decisions/0012-members-and-role-order.md). Another organisation's members answer 403, a member
 * of another organisation under this one's path 404.
 */
@Controller("/api/organisations/{organisationId}/members")
@Tag(name = "identity")
class MemberController {
    private final ManagingMembers managing;

    MemberController(ManagingMembers managing) {
        this.managing = managing;
    }

    @Get
    @Secured({"COORDINATOR", "ADMIN"})
    @Operation(summary = "Everyone in the organisation, deactivated members too, by display name")
    List<MemberView> list(Authentication authentication, @PathVariable UUID organisationId) {
        SignedInUser.of(authentication).requireOrganisation(organisationId);
        return managing.list(organisationId);
    }

    @Put("/{memberId}/role")
    @Secured("ADMIN")
    @Operation(summary = "Give a member one role; the last active administrator keeps theirs (409)")
    MemberView changeRole(
            Authentication authentication,
            @PathVariable UUID organisationId,
            @PathVariable UUID memberId,
            @Body @Valid ChangeRoleCommand command) {
        return managing.changeRole(admin(authentication, organisationId), organisationId, memberId, command.role());
    }

    @Post("/{memberId}/deactivate")
    @Secured("ADMIN")
    @Operation(summary = "Deactivate a member: their sessions end at once and they cannot log in")
    MemberView deactivate(
            Authentication authentication, @PathVariable UUID organisationId, @PathVariable UUID memberId) {
        return managing.deactivate(admin(authentication, organisationId), organisationId, memberId);
    }

    @Post("/{memberId}/reactivate")
    @Secured("ADMIN")
    @Operation(summary = "Let a deactivated member log in again")
    MemberView reactivate(
            Authentication authentication, @PathVariable UUID organisationId, @PathVariable UUID memberId) {
        return managing.reactivate(admin(authentication, organisationId), organisationId, memberId);
    }

    @Post("/{memberId}/password-reset")
    @Secured("ADMIN")
    @Operation(summary = "E-mail a member a link to set a new password (valid 30 minutes, once)")
    HttpResponse<Void> sendPasswordReset(
            Authentication authentication, @PathVariable UUID organisationId, @PathVariable UUID memberId) {
        admin(authentication, organisationId);
        managing.sendPasswordReset(organisationId, memberId);
        return HttpResponse.accepted();
    }

    private static SignedInUser admin(Authentication authentication, UUID organisationId) {
        SignedInUser me = SignedInUser.of(authentication);
        me.requireOrganisation(organisationId);
        return me;
    }
}
