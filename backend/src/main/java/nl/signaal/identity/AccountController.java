package nl.signaal.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.signaal.identity.AccountApi.PasswordChange;
import nl.signaal.identity.AccountApi.ProfileCommand;
import nl.signaal.identity.IdentityApi.MeView;

/** The logged-in user's own account; every endpoint acts on the caller only, so no organisation check is needed. */
@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "identity")
class AccountController {
    private final AccountSettings settings;
    private final Sessions sessions;
    private final UserAccountRepository users;
    private final OrganisationRepository organisations;

    AccountController(
            AccountSettings settings,
            Sessions sessions,
            UserAccountRepository users,
            OrganisationRepository organisations) {
        this.settings = settings;
        this.sessions = sessions;
        this.users = users;
        this.organisations = organisations;
    }

    @Put("/profile")
    @Operation(summary = "Change the logged-in user's display name and preferred language")
    MeView changeProfile(Authentication authentication, @Body @Valid ProfileCommand command) {
        SignedInUser me = SignedInUser.of(authentication);
        settings.changeProfile(me.id(), command.displayName(), command.locale());
        UserAccount user = users.findById(me.id()).orElseThrow();
        return MeViews.of(user, organisations.findById(user.organisationId()).orElseThrow(), (String)
                authentication.getAttributes().get(SignedInUser.CSRF));
    }

    @Put("/password")
    @Operation(summary = "Change the password (needs the current one); ends the user's other sessions")
    HttpResponse<?> changePassword(
            HttpRequest<?> request, Authentication authentication, @Body @Valid PasswordChange command) {
        settings.changePassword(
                SignedInUser.of(authentication).id(),
                Sessions.cookieValue(request).orElseThrow(),
                command.currentPassword(),
                command.newPassword());
        return HttpResponse.noContent();
    }

    @Delete("/sessions")
    @Operation(summary = "Sign out everywhere: ends every session of the user, this one included")
    HttpResponse<?> signOutEverywhere(Authentication authentication) {
        sessions.closeAll(SignedInUser.of(authentication).id());
        return HttpResponse.noContent().cookie(sessions.clearedCookie());
    }
}
