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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import nl.signaal.content.Content;
import nl.signaal.content.Track;
import nl.signaal.identity.SignedInUser;
import nl.signaal.learning.ContentLocale;
import nl.signaal.track.TrackApi.SubmitReflection;
import nl.signaal.track.TrackApi.TrackView;
import nl.signaal.web.ApiException;

/** The signed-in user's tracks: progress per requirement, the next step, and the reflection they send in. */
@Controller("/api/me/tracks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "tracks")
class MyTracksController {
    private final Content content;
    private final TrackProgressService progress;
    private final TrackViews views;
    private final Reflections reflections;
    private final Clock clock;

    MyTracksController(
            Content content, TrackProgressService progress, TrackViews views, Reflections reflections, Clock clock) {
        this.content = content;
        this.progress = progress;
        this.views = views;
        this.reflections = reflections;
        this.clock = clock;
    }

    @Get
    @Operation(
            summary = "Every track with my progress per requirement and my next step; completing one issues its"
                    + " certificate")
    List<TrackView> mine(Authentication authentication, @Nullable @QueryValue String locale) {
        SignedInUser me = SignedInUser.of(authentication);
        String chosen = ContentLocale.choose(locale, authentication);
        return content.tracks().stream().map(track -> view(me, track, chosen)).toList();
    }

    @Get("/{trackId}")
    @Operation(summary = "One track with my progress; 404 for an unknown track")
    TrackView one(Authentication authentication, @PathVariable String trackId, @Nullable @QueryValue String locale) {
        SignedInUser me = SignedInUser.of(authentication);
        return view(me, track(trackId), ContentLocale.choose(locale, authentication));
    }

    @Post("/{trackId}/reflection")
    @Operation(
            summary = "Send in my reflection for review (at least the track's number of words); a retry with the same"
                    + " clientId returns the stored one. 409 while one waits for review or after one was approved")
    TrackView reflect(
            Authentication authentication,
            @PathVariable String trackId,
            @Body @Valid SubmitReflection command,
            @Nullable @QueryValue String locale) {
        SignedInUser me = SignedInUser.of(authentication);
        Track track = track(trackId);
        String text = command.text().strip();
        int words = words(text);
        if (words < track.practical().reflectionMinWords()) {
            throw ApiException.invalidField(
                    "text",
                    "has " + words + " words; write at least "
                            + track.practical().reflectionMinWords());
        }
        boolean retry = reflections.of(me.id(), trackId).stream()
                .anyMatch(r -> r.clientId().equals(command.clientId()));
        if (!retry) {
            reflections.of(me.id(), trackId).stream()
                    .filter(r -> !Reflections.ASK_MORE.equals(r.status()))
                    .findFirst()
                    .ifPresent(r -> {
                        throw ApiException.conflict(
                                Reflections.APPROVED.equals(r.status())
                                        ? "Your reflection was already approved."
                                        : "Your reflection is waiting for review.");
                    });
            reflections.submit(
                    command.clientId(),
                    me.id(),
                    me.organisationId(),
                    track.id(),
                    track.version(),
                    text,
                    clock.instant());
        }
        return view(me, track, ContentLocale.choose(locale, authentication));
    }

    private TrackView view(SignedInUser me, Track track, String locale) {
        TrackProgress mine = progress.progress(me.id(), track);
        return views.view(mine, progress.standing(mine, me.id(), me.organisationId()), locale);
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private Track track(String trackId) {
        return content.track(trackId).orElseThrow(() -> ApiException.notFound("There is no track " + trackId + "."));
    }
}
