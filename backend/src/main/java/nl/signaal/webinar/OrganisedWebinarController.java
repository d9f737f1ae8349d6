package nl.signaal.webinar;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.signaal.identity.Members;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;
import nl.signaal.webinar.WebinarApi.AudienceOrganisation;
import nl.signaal.webinar.WebinarApi.OrganisedRow;
import nl.signaal.webinar.WebinarApi.OrganiserView;
import nl.signaal.webinar.WebinarApi.RegistrationRow;
import nl.signaal.webinar.WebinarApi.WebinarCommand;

/**
 * The organiser's side of webinars: attention officers and above, on the webinars of their own organisation (another
 * organisation's answers 404). An attention officer schedules for their own organisation only; a trainer may invite
 * other organisations (a regional webinar).
 */
@Controller("/api/webinars")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "webinars")
class OrganisedWebinarController {
    private final WebinarAudiences audiences;
    private final WebinarAccess access;
    private final SchedulingWebinars scheduling;
    private final WebinarViews views;
    private final Members members;

    OrganisedWebinarController(
            WebinarAudiences audiences,
            WebinarAccess access,
            SchedulingWebinars scheduling,
            WebinarViews views,
            Members members) {
        this.audiences = audiences;
        this.access = access;
        this.scheduling = scheduling;
        this.views = views;
        this.members = members;
    }

    @Get("/organised")
    @Operation(summary = "My organisation's webinars: upcoming soonest first, then past ones latest first; with counts")
    List<OrganisedRow> organised(Authentication authentication) {
        SignedInUser user = WebinarAccess.organiser(SignedInUser.of(authentication));
        Instant now = views.now();
        List<Webinar> all = audiences.organisedBy(user.organisationId());
        List<Webinar> ordered = new ArrayList<>(all.stream()
                .filter(w -> !w.over(now))
                .sorted(Comparator.comparing(Webinar::startsAt))
                .toList());
        ordered.addAll(all.stream().filter(w -> w.over(now)).toList());
        return ordered.stream().map(w -> views.organisedRow(user, w)).toList();
    }

    @Get("/audience-options")
    @Operation(
            summary = "Organisations I may invite: my own, and for trainers and above every organisation that is not a"
                    + " demo")
    List<AudienceOrganisation> audienceOptions(Authentication authentication) {
        SignedInUser user = WebinarAccess.organiser(SignedInUser.of(authentication));
        boolean regional = Role.TRAINER.atMost(user.rank());
        return members.allOrganisations().stream()
                .filter(o -> o.id().equals(user.organisationId()) || (regional && !o.demo()))
                .map(o -> new AudienceOrganisation(o.id(), o.name(), o.sector()))
                .toList();
    }

    @Post
    @Operation(summary = "Schedule a webinar; every wrong field is named (400)")
    HttpResponse<OrganiserView> schedule(Authentication authentication, @Body WebinarCommand command) {
        SignedInUser user = SignedInUser.of(authentication);
        Webinar webinar = scheduling.schedule(user, command);
        return HttpResponse.created(
                views.organiser(user, webinar), URI.create("/api/webinars/" + webinar.id() + "/organiser"));
    }

    @Get("/{id}/organiser")
    @Operation(summary = "The organiser's view: every field, the version for the next edit, the counts")
    OrganiserView organiser(Authentication authentication, @PathVariable UUID id) {
        SignedInUser user = SignedInUser.of(authentication);
        return views.organiser(user, access.organised(user, id));
    }

    @Put("/{id}")
    @Operation(
            summary = "Edit a webinar based on the version read; 409 webinar-edited when someone changed it meanwhile."
                    + " A change of time, place, link or mode raises the sequence and tells the registrants")
    OrganiserView edit(Authentication authentication, @PathVariable UUID id, @Body WebinarCommand command) {
        SignedInUser user = SignedInUser.of(authentication);
        return views.organiser(user, scheduling.edit(user, id, command));
    }

    @Post("/{id}/cancel")
    @Operation(summary = "Cancel the webinar for everyone (idempotent); registrants are told")
    OrganiserView cancel(Authentication authentication, @PathVariable UUID id) {
        SignedInUser user = SignedInUser.of(authentication);
        return views.organiser(user, scheduling.cancel(user, id));
    }

    @Get("/{id}/registrations")
    @Operation(summary = "Everyone who asked for a place, in queue order, with name, e-mail and organisation")
    List<RegistrationRow> registrations(Authentication authentication, @PathVariable UUID id) {
        SignedInUser user = SignedInUser.of(authentication);
        return views.registrations(access.organised(user, id));
    }
}
