package nl.signaal.identity;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.identity.IdentityApi.CreateInvitationCommand;
import nl.signaal.identity.IdentityApi.InvitationPreview;
import nl.signaal.identity.IdentityApi.InvitationView;
import nl.signaal.web.ApiException;

@Controller("/api")
@Tag(name = "identity")
class InvitationController {
    private static final int CODE_LENGTH = 10;

    private final InvitationRepository invitations;
    private final OrganisationRepository organisations;
    private final InvitationTeams teams;
    private final Clock clock;

    InvitationController(
            InvitationRepository invitations,
            OrganisationRepository organisations,
            InvitationTeams teams,
            Clock clock) {
        this.invitations = invitations;
        this.organisations = organisations;
        this.teams = teams;
        this.clock = clock;
    }

    @Get("/organisations/{organisationId}/invitations")
    @Secured({"COORDINATOR", "ADMIN"})
    @Operation(summary = "The invitations of an organisation (its coordinators and admins only)")
    List<InvitationView> list(Authentication authentication, @PathVariable UUID organisationId) {
        SignedInUser me = SignedInUser.of(authentication);
        me.requireOrganisation(organisationId);
        Map<UUID, String> teamNames = teams.namesOf(organisationId);
        // A coordinator who saw an administrator's code could register with it and become one.
        return invitations.findByOrganisationIdOrderByCreatedAtDesc(organisationId).stream()
                .filter(invitation -> me.mayHandle(Role.valueOf(invitation.role())))
                .map(invitation -> InvitationView.of(
                        invitation, invitation.teamId() == null ? null : teamNames.get(invitation.teamId())))
                .toList();
    }

    @Post("/organisations/{organisationId}/invitations")
    @Secured({"COORDINATOR", "ADMIN"})
    @Operation(summary = "Create an invitation code with which professionals join the organisation")
    HttpResponse<InvitationView> create(
            Authentication authentication,
            @PathVariable UUID organisationId,
            @Body @Valid CreateInvitationCommand command) {
        SignedInUser me = SignedInUser.of(authentication);
        me.requireOrganisation(organisationId);
        if (!me.mayHandle(command.role())) {
            throw ApiException.invalidField("role", "you cannot invite someone to a role above your own");
        }
        String teamName = command.teamId() == null
                ? null
                : teams.nameOf(organisationId, command.teamId())
                        .orElseThrow(() -> ApiException.invalidField("teamId", "must be a team of this organisation"));
        Instant now = clock.instant();
        Invitation invitation = invitations.save(new Invitation(
                SecretTokens.readableCode(CODE_LENGTH),
                organisationId,
                command.role().name(),
                command.maxUses(),
                0,
                now.plus(Duration.ofDays(command.validDays())),
                me.id(),
                now,
                command.teamId()));
        return HttpResponse.created(
                InvitationView.of(invitation, teamName), URI.create("/api/invitations/" + invitation.code()));
    }

    @Delete("/organisations/{organisationId}/invitations/{code}")
    @Secured({"COORDINATOR", "ADMIN"})
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an invitation code: nobody can join with it any more")
    void revoke(Authentication authentication, @PathVariable UUID organisationId, @PathVariable String code) {
        SignedInUser me = SignedInUser.of(authentication);
        me.requireOrganisation(organisationId);
        // An invitation the caller may not see is answered as if it did not exist.
        Invitation invitation = invitations
                .findById(RegisteringWithInvitation.normaliseCode(code))
                .filter(found -> found.organisationId().equals(organisationId))
                .filter(found -> me.mayHandle(Role.valueOf(found.role())))
                .orElseThrow(() -> ApiException.notFound("There is no such invitation."));
        invitations.delete(invitation);
    }

    @Get("/invitations/{code}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "What an invitation code joins, shown before registering")
    InvitationPreview preview(@PathVariable String code) {
        String normalised = RegisteringWithInvitation.normaliseCode(code);
        Invitation invitation = invitations
                .findById(normalised)
                .filter(i -> i.usableAt(clock.instant()))
                .orElseThrow(() -> ApiException.notFound(RegisteringWithInvitation.UNUSABLE));
        Organisation organisation =
                organisations.findById(invitation.organisationId()).orElseThrow();
        return new InvitationPreview(
                invitation.code(),
                organisation.name(),
                organisation.sector(),
                Role.valueOf(invitation.role()),
                invitation.expiresAt());
    }
}
