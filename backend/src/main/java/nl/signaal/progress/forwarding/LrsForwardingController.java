package nl.signaal.progress.forwarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.signaal.identity.SignedInUser;

/**
 * Forwarding the organisation's learning records to its own LRS (decision 0054). Administrators only, as for the
 * organisation's API credentials (decision 0041): it hands every record to another system. The password is never in
 * an answer.
 */
@Controller("/api/organisation/lrs-forwarding")
@Secured("ADMIN")
@Tag(name = "progress")
class LrsForwardingController {
    private final LrsForwardingSettings forwarding;

    LrsForwardingController(LrsForwardingSettings forwarding) {
        this.forwarding = forwarding;
    }

    @Serdeable
    record ForwardingCommand(
            @Nullable String endpoint,
            @Nullable String username,
            @Nullable String password,
            @Nullable Boolean enabled) {}

    @Serdeable
    record StatusView(
            long pending,
            long delivered,
            long rejected,
            @Nullable Instant lastDeliveredAt,
            @Nullable Instant lastAttemptAt,
            @Nullable String lastError,
            @Nullable Instant nextAttemptAt,
            @Nullable Instant oldestPendingAt) {}

    @Serdeable
    record ForwardingView(
            boolean configured,
            @Nullable String endpoint,
            @Nullable String username,
            boolean passwordSet,
            boolean enabled,
            @Nullable Instant startedAt,
            @Nullable Instant backfilledAt,
            StatusView status) {
        static ForwardingView of(LrsForwardingSettings.State state) {
            LrsForwarding f = state.forwarding();
            if (f == null) {
                return new ForwardingView(
                        false,
                        null,
                        null,
                        false,
                        false,
                        null,
                        null,
                        new StatusView(0, 0, 0, null, null, null, null, null));
            }
            return new ForwardingView(
                    true,
                    f.endpoint(),
                    f.username(),
                    true,
                    f.enabled(),
                    f.startedAt(),
                    f.backfilledAt(),
                    new StatusView(
                            state.queue().pending(),
                            f.deliveredCount(),
                            state.queue().rejected(),
                            f.lastDeliveredAt(),
                            f.lastAttemptAt(),
                            f.lastError(),
                            state.queue().nextAttemptAt(),
                            state.queue().oldestPendingAt()));
        }
    }

    @Serdeable
    record TestView(boolean ok, @Nullable Integer httpStatus, String message) {}

    @Serdeable
    record ProblemView(
            UUID statementId,
            String state,
            int attempts,
            @Nullable String lastError,
            @Nullable Instant lastAttemptAt,
            @Nullable Instant nextAttemptAt) {}

    @Get
    @Operation(summary = "The organisation's LRS forwarding and the state of its queue (never the password)")
    ForwardingView view(Authentication authentication) {
        return ForwardingView.of(forwarding.state(organisation(authentication)));
    }

    @Put
    @Operation(summary = "Set up or change forwarding; a null password keeps the stored one")
    HttpResponse<ForwardingView> save(Authentication authentication, @Body ForwardingCommand command) {
        var state = forwarding.save(
                SignedInUser.of(authentication),
                command.endpoint(),
                command.username(),
                command.password(),
                command.enabled() == null || command.enabled());
        return HttpResponse.ok(ForwardingView.of(state)).header("Cache-Control", "no-store");
    }

    @Delete
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop forwarding and drop what was not delivered (again: 204)")
    void remove(Authentication authentication) {
        forwarding.remove(organisation(authentication));
    }

    @Post("/test")
    @Operation(summary = "Call the LRS's /about with the stored credentials")
    TestView test(Authentication authentication) {
        var tested = forwarding.test(organisation(authentication));
        return new TestView(tested.ok(), tested.httpStatus(), tested.message());
    }

    @Post("/retry")
    @Operation(summary = "Try rejected and waiting statements at the next run")
    ForwardingView retry(Authentication authentication) {
        return ForwardingView.of(forwarding.retry(organisation(authentication)));
    }

    @Post("/backfill")
    @Operation(summary = "Queue the statements stored before forwarding started, once")
    ForwardingView backfill(Authentication authentication) {
        return ForwardingView.of(forwarding.backfill(organisation(authentication)));
    }

    @Get("/problems")
    @Operation(summary = "Rejected and waiting statements, most recent attempt first, at most 50")
    List<ProblemView> problems(Authentication authentication) {
        return forwarding.problems(organisation(authentication)).stream()
                .map(p -> new ProblemView(
                        p.statementId(), p.state(), p.attempts(), p.lastError(), p.lastAttemptAt(), p.nextAttemptAt()))
                .toList();
    }

    private static UUID organisation(Authentication authentication) {
        return SignedInUser.of(authentication).organisationId();
    }
}
