package nl.signaal.webinar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.signaal.identity.SignedInUser;
import nl.signaal.webinar.WebinarApi.LearnerDetail;
import nl.signaal.webinar.WebinarApi.LearnerRow;
import nl.signaal.webinar.WebinarApi.RegistrationView;

/**
 * The learner's side of webinars: every signed-in member, on the webinars open to their organisation and sector (any
 * other answers 404).
 */
@Controller("/api/webinars")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "webinars")
class WebinarController {
    private final WebinarAudiences audiences;
    private final WebinarAccess access;
    private final RegisteringForWebinars registering;
    private final WebinarViews views;

    WebinarController(
            WebinarAudiences audiences, WebinarAccess access, RegisteringForWebinars registering, WebinarViews views) {
        this.audiences = audiences;
        this.access = access;
        this.registering = registering;
        this.views = views;
    }

    @Get
    @Operation(
            summary = "Upcoming webinars open to me, soonest first (a cancelled one only if I had signed up);"
                    + " with past=true the past ones I had a place for, latest first")
    List<LearnerRow> list(Authentication authentication, @Nullable @QueryValue Boolean past) {
        SignedInUser user = SignedInUser.of(authentication);
        Instant now = views.now();
        if (Boolean.TRUE.equals(past)) {
            return audiences.endedBy(user.organisationId(), now).stream()
                    .filter(w -> WebinarAccess.forSector(user, w) && !w.cancelled() && views.placeHolder(user, w))
                    .map(w -> views.row(user, w))
                    .toList();
        }
        return audiences.endingAfter(user.organisationId(), now).stream()
                .filter(w -> WebinarAccess.forSector(user, w))
                .map(w -> views.row(user, w))
                .filter(row -> !Webinar.CANCELLED.equals(row.status()) || row.myStatus() != null)
                .toList();
    }

    @Get("/{id}")
    @Operation(
            summary = "One webinar; the meeting link, materials and (once over) the recording only for place holders")
    LearnerDetail detail(Authentication authentication, @PathVariable UUID id) {
        SignedInUser user = SignedInUser.of(authentication);
        return views.detail(user, access.visible(user, id));
    }

    @Post("/{id}/registration")
    @Operation(
            summary = "Ask for a place: REGISTERED while places are left, else WAITING with a position; asking again"
                    + " gives the same answer; 409 webinar-cancelled / webinar-over")
    RegistrationView register(Authentication authentication, @PathVariable UUID id) {
        return registering.register(SignedInUser.of(authentication), id);
    }

    @Delete("/{id}/registration")
    @Operation(
            summary = "Give back my place or leave the waiting list (idempotent); the first in line moves up at once")
    HttpResponse<Void> cancel(Authentication authentication, @PathVariable UUID id) {
        registering.cancel(SignedInUser.of(authentication), id);
        return HttpResponse.noContent();
    }
}
