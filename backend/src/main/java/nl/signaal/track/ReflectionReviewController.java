package nl.signaal.track;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.signaal.content.Content;
import nl.signaal.identity.Members;
import nl.signaal.identity.SignedInUser;
import nl.signaal.learning.ContentLocale;
import nl.signaal.track.Reflections.Reflection;
import nl.signaal.track.TrackApi.ReflectionToReview;
import nl.signaal.track.TrackApi.ReviewCommand;
import nl.signaal.web.ApiException;

/**
 * The reflections of an organisation's members, for its trainers (and those above them) to approve or to ask more
 * of. Nobody reviews their own: the practical requirement is that someone else read it.
 */
@Controller("/api/organisations/{organisationId}/reflections")
@Secured({"TRAINER", "COORDINATOR", "ADMIN"})
@Tag(name = "tracks")
class ReflectionReviewController {
    private final Reflections reflections;
    private final Members members;
    private final Content content;
    private final TrackProgressService progress;
    private final Clock clock;

    ReflectionReviewController(
            Reflections reflections, Members members, Content content, TrackProgressService progress, Clock clock) {
        this.reflections = reflections;
        this.members = members;
        this.content = content;
        this.progress = progress;
        this.clock = clock;
    }

    @Get
    @Operation(summary = "Reflections in this organisation with a status (default SUBMITTED: waiting), oldest first")
    List<ReflectionToReview> list(
            Authentication authentication,
            @PathVariable UUID organisationId,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue String locale) {
        SignedInUser.of(authentication).requireOrganisation(organisationId);
        String wanted = status == null ? Reflections.SUBMITTED : status;
        if (!List.of(Reflections.SUBMITTED, Reflections.APPROVED, Reflections.ASK_MORE)
                .contains(wanted)) {
            throw ApiException.invalidField("status", "must be SUBMITTED, APPROVED or ASK_MORE");
        }
        String chosen = ContentLocale.choose(locale, authentication);
        return reflections.inOrganisation(organisationId, wanted).stream()
                .map(r -> view(r, chosen))
                .toList();
    }

    @Post("/{reflectionId}/review")
    @Operation(
            summary = "APPROVE or ASK_MORE (with a comment the author sees); 403 for your own reflection, 404 for"
                    + " another organisation's, 409 when it was already reviewed")
    ReflectionToReview review(
            Authentication authentication,
            @PathVariable UUID organisationId,
            @PathVariable UUID reflectionId,
            @Body @Valid ReviewCommand command,
            @Nullable @QueryValue String locale) {
        SignedInUser me = SignedInUser.of(authentication);
        me.requireOrganisation(organisationId);
        Reflection reflection = reflections
                .find(reflectionId)
                .filter(r -> r.organisationId().equals(organisationId))
                .orElseThrow(() -> ApiException.notFound("There is no reflection " + reflectionId + "."));
        if (reflection.userId().equals(me.id())) {
            throw ApiException.forbidden("You cannot review your own reflection.");
        }
        String comment = command.comment() == null || command.comment().isBlank()
                ? null
                : command.comment().strip();
        if ("ASK_MORE".equals(command.decision()) && comment == null) {
            throw ApiException.invalidField("comment", "say what more you would like to read");
        }
        String status = "APPROVE".equals(command.decision()) ? Reflections.APPROVED : Reflections.ASK_MORE;
        if (reflections.review(reflectionId, status, me.id(), comment, clock.instant()) == 0) {
            throw ApiException.conflict("This reflection was already reviewed.");
        }
        // Approval may be the last requirement: derive the author's progress now, which issues the certificate.
        content.track(reflection.trackId()).ifPresent(track -> progress.progress(reflection.userId(), track));
        return view(reflections.find(reflectionId).orElseThrow(), ContentLocale.choose(locale, authentication));
    }

    private ReflectionToReview view(Reflection r, String locale) {
        return new ReflectionToReview(
                r.id(),
                r.userId(),
                members.person(r.userId()).map(Members.Person::displayName).orElse(""),
                r.trackId(),
                content.track(r.trackId()).map(t -> t.title().in(locale).text()).orElse(r.trackId()),
                r.text(),
                r.status(),
                r.submittedAt(),
                r.reviewComment());
    }
}
