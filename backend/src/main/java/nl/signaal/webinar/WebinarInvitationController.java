package nl.signaal.webinar;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;
import nl.signaal.webinar.WebinarCalendar.Method;

/**
 * The invitation of one webinar as an ICS download, for a person with a place and for the organisers of the
 * webinar's organisation; anyone else gets 404 (the event holds the meeting URL).
 */
@Controller("/api/webinars")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "webinars")
class WebinarInvitationController {
    private final WebinarRepository webinars;
    private final WebinarRegistrationRepository registrations;
    private final WebinarCalendar calendar;

    WebinarInvitationController(
            WebinarRepository webinars, WebinarRegistrationRepository registrations, WebinarCalendar calendar) {
        this.webinars = webinars;
        this.registrations = registrations;
        this.calendar = calendar;
    }

    @Get(value = "/{id}/invitation.ics", produces = CalendarFeedController.TEXT_CALENDAR)
    @Operation(
            summary = "The webinar as an ICS invitation (METHOD:REQUEST; CANCEL once the webinar is cancelled), for "
                    + "place holders and organisers")
    HttpResponse<String> invitation(Authentication authentication, @PathVariable UUID id) {
        SignedInUser me = SignedInUser.of(authentication);
        Webinar webinar = webinars.findById(id)
                .filter(w -> organises(me, w) || hasPlace(me, w))
                .orElseThrow(() -> ApiException.notFound("You have no place in webinar " + id + "."));
        Method method = webinar.cancelled() ? Method.CANCEL : Method.REQUEST;
        String file = "signaal-webinar-"
                + DateTimeFormatter.ISO_LOCAL_DATE.format(webinar.startsAt().atZone(CalendarZone.AMSTERDAM)) + ".ics";
        return HttpResponse.ok(calendar.event(webinar, CalendarFeedController.locale(me), method))
                .contentType(CalendarFeedController.TEXT_CALENDAR + ";method=" + method.name())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** Attention officers and above of the webinar's organisation (as for live sessions). */
    private static boolean organises(SignedInUser me, Webinar webinar) {
        return Role.ATTENTION_OFFICER.atMost(me.rank()) && me.organisationId().equals(webinar.organisationId());
    }

    private boolean hasPlace(SignedInUser me, Webinar webinar) {
        return registrations
                .findByWebinarIdAndUserId(webinar.id(), me.id())
                .filter(WebinarRegistration::registered)
                .isPresent();
    }
}
