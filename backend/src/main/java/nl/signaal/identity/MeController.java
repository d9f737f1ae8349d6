package nl.signaal.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.signaal.identity.IdentityApi.LocaleCommand;
import nl.signaal.identity.IdentityApi.MeView;

@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "identity")
class MeController {
    private final UserAccountRepository users;
    private final OrganisationRepository organisations;

    MeController(UserAccountRepository users, OrganisationRepository organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    /**
     * Every first page load asks this, signed in or not: without a session the answer is 204, not 401, so an
     * anonymous visit does not start with an error in the browser's console (issue 13).
     */
    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The logged-in user, their organisation, roles, locale and CSRF token; 204 without a session")
    HttpResponse<MeView> current(@Nullable Authentication authentication) {
        return authentication == null ? HttpResponse.noContent() : HttpResponse.ok(me(authentication));
    }

    private MeView me(Authentication authentication) {
        SignedInUser me = SignedInUser.of(authentication);
        UserAccount user = users.findById(me.id()).orElseThrow();
        return MeViews.of(user, organisations.findById(user.organisationId()).orElseThrow(), (String)
                authentication.getAttributes().get(SignedInUser.CSRF));
    }

    @Put("/locale")
    @Operation(summary = "Change the preferred locale of the logged-in user")
    MeView changeLocale(Authentication authentication, @Body @Valid LocaleCommand command) {
        users.updateLocale(SignedInUser.of(authentication).id(), command.locale());
        return me(authentication);
    }
}
