package nl.signaal.webinar;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;
import nl.signaal.web.Problems;
import nl.signaal.webinar.WebinarLiveApi.Attendance;
import nl.signaal.webinar.WebinarLiveApi.AttendanceCommand;
import nl.signaal.webinar.WebinarLiveApi.CheckInCommand;
import nl.signaal.webinar.WebinarLiveApi.CheckedIn;
import nl.signaal.webinar.WebinarLiveApi.CheckinCode;
import nl.signaal.webinar.WebinarLiveApi.Counts;
import nl.signaal.webinar.WebinarLiveApi.Summary;

/**
 * Attendance of a webinar and the organiser's summary: the check-in code (organisers show it, place holders type it),
 * the organiser's correction, and the counts with the live results. Organisers of another organisation and people
 * without a place get 404; a learner on an organiser's route 403.
 */
@Controller("/api/webinars")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "webinars")
class WebinarAttendanceController {
    private final WebinarAccess access;
    private final WebinarAttendance attendance;
    private final AttendanceRepository attendances;
    private final CheckinThrottle throttle;
    private final WebinarRegistrationRepository registrations;
    private final WebinarLive live;
    private final Clock clock;

    WebinarAttendanceController(
            WebinarAccess access,
            WebinarAttendance attendance,
            AttendanceRepository attendances,
            CheckinThrottle throttle,
            WebinarRegistrationRepository registrations,
            WebinarLive live,
            Clock clock) {
        this.access = access;
        this.attendance = attendance;
        this.attendances = attendances;
        this.throttle = throttle;
        this.registrations = registrations;
        this.live = live;
        this.clock = clock;
    }

    @Post("/{id}/checkin-code")
    @Operation(
            summary = "Organiser: the webinar's check-in code to show during the webinar (made on first call, then the"
                    + " same)")
    @Transactional
    CheckinCode checkinCode(Authentication authentication, @PathVariable UUID id) {
        Webinar webinar = access.organised(SignedInUser.of(authentication), id);
        if (webinar.cancelled()) {
            throw ApiException.conflict("The webinar is cancelled: there is nothing to check in to.");
        }
        attendances.showCheckinCode(id, CheckinCodes.generate());
        return new CheckinCode(attendances.checkinCode(id).orElseThrow());
    }

    @Post("/{id}/check-in")
    @Operation(
            summary = "Place holder: check in with the code shown, from 15 minutes before the start until 30 after the"
                    + " end; wrong codes are limited per person (429 + Retry-After)")
    HttpResponse<?> checkIn(Authentication authentication, @PathVariable UUID id, @Body @Valid CheckInCommand command) {
        SignedInUser user = SignedInUser.of(authentication);
        access.place(user, id);
        Webinar webinar = access.webinar(id);
        if (!WebinarAttendance.checkinOpen(webinar, clock.instant())) {
            throw ApiException.conflict("Check-in is not open: it opens 15 minutes before the start (once the code is"
                    + " shown) and closes 30 minutes after the end.");
        }
        long wait = throttle.waitSeconds(user.id());
        if (wait > 0) {
            return Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many wrong codes: wait a moment and try again.")
                    .header("Retry-After", Long.toString(wait));
        }
        if (!CheckinCodes.matches(webinar.checkinCode(), command.code())) {
            throw wrongCode(user);
        }
        attendance.checkedIn(webinar, user);
        return HttpResponse.ok(new CheckedIn(true));
    }

    private ApiException wrongCode(SignedInUser user) {
        throttle.failed(user.id());
        return ApiException.invalidField("code", "is not the code shown in the webinar");
    }

    @Put("/{id}/registrations/{registrationId}/attendance")
    @Operation(summary = "Organiser: set or correct whether a place holder attended (source ORGANISER)")
    Attendance correct(
            Authentication authentication,
            @PathVariable UUID id,
            @PathVariable UUID registrationId,
            @Body @Valid AttendanceCommand command) {
        SignedInUser organiser = SignedInUser.of(authentication);
        Webinar webinar = access.organised(organiser, id);
        WebinarRegistration corrected = attendance.correct(organiser, webinar, registrationId, command.attended());
        return new Attendance(
                corrected.id(), corrected.attended(), corrected.attendanceSource(), corrected.attendanceAt());
    }

    @Get("/{id}/summary")
    @Operation(
            summary = "Organiser: registered / attended / no-show / waiting / cancelled, and the results of every live"
                    + " session opened for the webinar")
    Summary summary(Authentication authentication, @PathVariable UUID id) {
        Webinar webinar = access.organised(SignedInUser.of(authentication), id);
        boolean over = webinar.over(clock.instant());
        return new Summary(
                webinar.id(),
                over,
                counts(registrations.findByWebinarIdOrderByRequestedAt(id), over),
                live.results(id));
    }

    /**
     * No-show: a place whose attendance is false, or still unknown once the webinar is over; before that an unknown
     * attendance counts as unknown.
     */
    static Counts counts(List<WebinarRegistration> all, boolean over) {
        long registered = 0;
        long attended = 0;
        long noShow = 0;
        long unknown = 0;
        long waiting = 0;
        long cancelled = 0;
        for (WebinarRegistration registration : all) {
            if (registration.registered()) {
                registered++;
                if (Boolean.TRUE.equals(registration.attended())) {
                    attended++;
                } else if (Boolean.FALSE.equals(registration.attended()) || over) {
                    noShow++;
                } else {
                    unknown++;
                }
            } else if (registration.waiting()) {
                waiting++;
            } else {
                cancelled++;
            }
        }
        return new Counts(registered, attended, noShow, unknown, waiting, cancelled);
    }
}
