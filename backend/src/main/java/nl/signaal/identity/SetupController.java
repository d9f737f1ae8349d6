package nl.signaal.identity;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.signaal.identity.IdentityApi.MeView;
import nl.signaal.identity.IdentityApi.SetupCommand;
import nl.signaal.identity.IdentityApi.SetupStatus;

@Controller("/api/setup")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "identity")
class SetupController {
    private final FirstAdministrator firstAdministrator;
    private final Sessions sessions;

    SetupController(FirstAdministrator firstAdministrator, Sessions sessions) {
        this.firstAdministrator = firstAdministrator;
        this.sessions = sessions;
    }

    @Get
    @Operation(summary = "Whether the first administrator still has to be created")
    SetupStatus status() {
        return new SetupStatus(firstAdministrator.setupRequired());
    }

    @Post
    @Operation(summary = "Create the first organisation and administrator with the one-time setup token")
    HttpResponse<MeView> setUp(@Body @Valid SetupCommand command) {
        FirstAdministrator.SetUp done = firstAdministrator.redeem(command);
        return HttpResponse.created(MeViews.of(
                        done.user(),
                        done.organisation(),
                        done.session().session().csrfToken()))
                .cookie(sessions.cookie(done.session().cookieValue()));
    }
}
