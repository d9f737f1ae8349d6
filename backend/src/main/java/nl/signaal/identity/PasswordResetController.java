package nl.signaal.identity;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.signaal.identity.AccountApi.PasswordResetConfirmation;
import nl.signaal.identity.AccountApi.PasswordResetRequest;
import nl.signaal.identity.IdentityApi.MeView;

@Controller("/api/auth/password-reset")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "identity")
class PasswordResetController {
    private final PasswordResets resets;
    private final Sessions sessions;

    PasswordResetController(PasswordResets resets, Sessions sessions) {
        this.resets = resets;
        this.sessions = sessions;
    }

    @Post
    @Operation(summary = "Ask for a reset link by e-mail; always 202, whether or not the address has an account")
    HttpResponse<?> request(@Body @Valid PasswordResetRequest command) {
        resets.request(command.email());
        return HttpResponse.accepted();
    }

    @Post("/confirm")
    @Operation(summary = "Set a new password with the link's token; ends every session of the user and logs in here")
    HttpResponse<MeView> confirm(@Body @Valid PasswordResetConfirmation command) {
        PasswordResets.Reset reset = resets.confirm(command.token(), command.newPassword());
        return HttpResponse.ok(MeViews.of(
                        reset.user(),
                        reset.organisation(),
                        reset.session().session().csrfToken()))
                .cookie(sessions.cookie(reset.session().cookieValue()));
    }
}
