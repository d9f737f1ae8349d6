package nl.signaal.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.signaal.identity.IdentityApi.LoginCommand;
import nl.signaal.identity.IdentityApi.MeView;
import nl.signaal.identity.IdentityApi.RegisterCommand;
import nl.signaal.web.Problems;

@Controller("/api/auth")
// Password checks block for ~50 ms each: never on the event loop, whatever thread-selection says.
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "identity")
class AuthController {
    private final LoggingIn loggingIn;
    private final RegisteringWithInvitation registering;
    private final Sessions sessions;
    private final ClientAddress clientAddress;

    AuthController(
            LoggingIn loggingIn,
            RegisteringWithInvitation registering,
            Sessions sessions,
            ClientAddress clientAddress) {
        this.loggingIn = loggingIn;
        this.registering = registering;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    @Post("/login")
    @Operation(
            summary = "Log in with e-mail and password; sets the session cookie. 429 (throttled) and 503 "
                    + "(password checks at capacity) come with Retry-After")
    HttpResponse<?> login(HttpRequest<?> request, @Body @Valid LoginCommand command) {
        LoggingIn.Outcome outcome = loggingIn.logIn(command.email(), command.password(), clientAddress.of(request));
        if (outcome instanceof LoggingIn.LoggedIn in) {
            return HttpResponse.ok(MeViews.of(
                            in.user(), in.organisation(), in.session().session().csrfToken()))
                    .cookie(sessions.cookie(in.session().cookieValue()));
        }
        if (outcome instanceof LoggingIn.Throttled throttled) {
            long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
            return Problems.of(
                            HttpStatus.TOO_MANY_REQUESTS,
                            "Too many login attempts. Try again in " + seconds + " seconds.")
                    .header("Retry-After", Long.toString(seconds));
        }
        if (outcome instanceof LoggingIn.Deactivated) {
            // Only said after the right password, so it tells nothing to someone guessing.
            return Problems.of(
                    HttpStatus.FORBIDDEN,
                    "This account has been deactivated. Ask an administrator of your organisation.");
        }
        return Problems.of(HttpStatus.UNAUTHORIZED, "The e-mail address or the password is wrong.");
    }

    @Post("/logout")
    @Operation(summary = "Log out: ends the session on the server and clears the cookie")
    HttpResponse<?> logout(HttpRequest<?> request) {
        Sessions.cookieValue(request).ifPresent(sessions::close);
        return HttpResponse.noContent().cookie(sessions.clearedCookie());
    }

    @Post("/register")
    @Operation(summary = "Join an organisation with an invitation code; logs the new user in")
    HttpResponse<MeView> register(@Body @Valid RegisterCommand command) {
        RegisteringWithInvitation.Registered registered = registering.register(command);
        return HttpResponse.created(MeViews.of(
                        registered.user(),
                        registered.organisation(),
                        registered.session().session().csrfToken()))
                .cookie(sessions.cookie(registered.session().cookieValue()));
    }
}
