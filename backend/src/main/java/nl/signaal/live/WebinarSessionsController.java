package nl.signaal.live;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import nl.signaal.identity.SignedInUser;
import nl.signaal.live.LiveApi.WebinarSession;
import nl.signaal.live.LiveApi.WebinarSessionCommand;

/**
 * The presenter opens the live part of a webinar from the webinar: an ordinary live session marked as the webinar's,
 * so place holders see its code and joining it signed in counts as attending. Lives here because live sessions sit on
 * top of webinars (webinars may not know live sessions).
 */
@Controller("/api/webinars")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "webinars")
class WebinarSessionsController {
    private final OpeningWebinarSession opening;
    private final LiveBus bus;

    WebinarSessionsController(OpeningWebinarSession opening, LiveBus bus) {
        this.opening = opening;
        this.bus = bus;
    }

    @Post("/{id}/live-sessions")
    @Operation(
            summary =
                    "Organiser: open a live session for one of the webinar's linked activities (201), or answer the one"
                            + " still open for it (200)")
    HttpResponse<WebinarSession> open(
            Authentication authentication, @PathVariable UUID id, @Body @Valid WebinarSessionCommand command) {
        OpeningWebinarSession.Opened opened =
                opening.open(SignedInUser.of(authentication), id, command.kind(), command.activityId());
        LiveSession session = opened.session();
        WebinarSession body = new WebinarSession(session.id(), session.openCode());
        if (!opened.created()) {
            return HttpResponse.ok(body);
        }
        bus.publish(session.id());
        return HttpResponse.created(body, URI.create("/api/live/sessions/" + session.id()));
    }
}
