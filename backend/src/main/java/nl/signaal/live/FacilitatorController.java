package nl.signaal.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.signaal.content.SupportedLocales;
import nl.signaal.identity.Members;
import nl.signaal.identity.SignedInUser;
import nl.signaal.live.LiveApi.ActionCommand;
import nl.signaal.live.LiveApi.Activities;
import nl.signaal.live.LiveApi.Activity;
import nl.signaal.live.LiveApi.FacilitatorView;
import nl.signaal.live.LiveApi.OpenCommand;
import nl.signaal.live.LiveApi.SessionRow;
import nl.signaal.live.LiveApi.Summary;
import org.reactivestreams.Publisher;

/**
 * The facilitator's side of live sessions: attention officers and above, on the sessions of their own organisation
 * (any of them, so a colleague can take over or the facilitator can switch devices); another organisation's session
 * answers 404. Every change is published on the {@link LiveBus} after it committed.
 */
@Controller("/api/live")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "live")
class FacilitatorController {
    private final Facilitating facilitating;
    private final LiveActivities activities;
    private final LiveSessionRepository sessions;
    private final LiveParticipantRepository participants;
    private final Snapshots snapshots;
    private final LiveViews views;
    private final LiveStreams streams;
    private final Summaries summaries;
    private final Members members;
    private final LiveBus bus;
    private final Clock clock;

    FacilitatorController(
            Facilitating facilitating,
            LiveActivities activities,
            LiveSessionRepository sessions,
            LiveParticipantRepository participants,
            Snapshots snapshots,
            LiveViews views,
            LiveStreams streams,
            Summaries summaries,
            Members members,
            LiveBus bus,
            Clock clock) {
        this.facilitating = facilitating;
        this.activities = activities;
        this.sessions = sessions;
        this.participants = participants;
        this.snapshots = snapshots;
        this.views = views;
        this.streams = streams;
        this.summaries = summaries;
        this.members = members;
        this.bus = bus;
        this.clock = clock;
    }

    @Get("/activities")
    @Operation(
            summary =
                    "What a live session can run: every case, every module's single-answer check, every pooling exercise")
    Activities activities(Authentication authentication, @Nullable @QueryValue String locale) {
        SignedInUser user = facilitator(authentication);
        String in = locale != null && SupportedLocales.ALL.contains(locale) ? locale : user.locale();
        return new Activities(
                list(LiveActivity.CASE, in, user),
                list(LiveActivity.CHECK, in, user),
                list(LiveActivity.POOLING, in, user));
    }

    private List<Activity> list(String kind, String locale, SignedInUser user) {
        return activities.all(kind, user.organisationId()).values().stream()
                .map(a -> new Activity(kind, a.id(), a.title(locale), a.summary(locale), a.steps()))
                .toList();
    }

    @Post("/sessions")
    @Operation(summary = "Open a session in the lobby, with a 6-digit join code")
    HttpResponse<FacilitatorView> open(Authentication authentication, @Body @Valid OpenCommand command) {
        SignedInUser user = facilitator(authentication);
        LiveSession session = facilitating.open(user, command.kind(), command.activityId(), command.locale());
        return HttpResponse.created(
                views.facilitator(snapshots.of(session)), URI.create("/api/live/sessions/" + session.id()));
    }

    @Get("/sessions")
    @Operation(
            summary =
                    "The organisation's sessions: open ones first, then those ended in the last 30 days, newest first")
    List<SessionRow> sessions(Authentication authentication) {
        SignedInUser user = facilitator(authentication);
        Instant now = clock.instant();
        List<LiveSession> open = sessions.findByOrganisationIdAndStatusNotEqualOrderByCreatedAtDesc(
                user.organisationId(), LiveSession.ENDED);
        List<LiveSession> all =
                new ArrayList<>(open.stream().filter(s -> !facilitating.idle(s)).toList());
        List<LiveSession> ended = sessions
                .findByOrganisationIdAndCreatedAtGreaterThanOrderByCreatedAtDesc(
                        user.organisationId(), now.minus(Duration.ofDays(60)))
                .stream()
                .filter(s -> s.ended() && s.endedAt() != null && s.endedAt().isAfter(now.minus(Duration.ofDays(30))))
                .sorted(Comparator.comparing(LiveSession::endedAt).reversed())
                .toList();
        all.addAll(ended);
        Map<UUID, String> names = members.of(user.organisationId()).stream()
                .collect(Collectors.toMap(Members.Member::id, Members.Member::displayName, (a, b) -> a));
        return all.stream()
                .map(s -> new SessionRow(
                        s.id(),
                        s.kind(),
                        s.activityId(),
                        activities.activity(s).title(s.locale()),
                        s.status(),
                        s.openCode(),
                        participants.countBySessionIdAndRemovedAtIsNull(s.id()),
                        names.getOrDefault(s.facilitatorId(), ""),
                        s.createdAt(),
                        s.endedAt()))
                .toList();
    }

    @Get("/sessions/{id}")
    @Operation(summary = "The facilitator's view of a session: step, live tally, roster, code")
    FacilitatorView session(Authentication authentication, @PathVariable UUID id) {
        return views.facilitator(snapshots.of(current(authentication, id)));
    }

    @Post("/sessions/{id}/actions")
    @Operation(
            summary = "Drive the session: start, close, open, reveal, decide, next, timer, end; a retried action "
                    + "whose effect is there answers 200 without change, an impossible one 409")
    FacilitatorView act(Authentication authentication, @PathVariable UUID id, @Body @Valid ActionCommand command) {
        SignedInUser user = facilitator(authentication);
        current(authentication, id);
        long before = facilitating.owned(user, id).revision();
        LiveSession after = facilitating.act(user, id, command);
        if (after.revision() != before) {
            bus.publish(id);
        }
        return views.facilitator(snapshots.of(after));
    }

    @Post("/sessions/{id}/participants/{participantId}/remove")
    @Operation(summary = "Remove a participant: their cookie stops working and their stream closes (idempotent)")
    HttpResponse<Void> remove(Authentication authentication, @PathVariable UUID id, @PathVariable UUID participantId) {
        SignedInUser user = facilitator(authentication);
        if (facilitating.remove(user, id, participantId)) {
            bus.publish(id);
        }
        return HttpResponse.noContent();
    }

    @Get("/sessions/{id}/summary")
    @Operation(
            summary = "The summary after (or during) a session: per decided step the tally and the choice; attendance")
    Summary summary(Authentication authentication, @PathVariable UUID id) {
        return summaries.of(current(authentication, id));
    }

    @Get(value = "/sessions/{id}/summary.csv", produces = "text/csv;charset=utf-8")
    @Operation(summary = "The summary as CSV: a row per option per decided step, aggregated only")
    HttpResponse<String> csv(Authentication authentication, @PathVariable UUID id) {
        LiveSession session = current(authentication, id);
        return HttpResponse.ok(Summaries.csv(summaries.of(session)))
                .header("Content-Disposition", "attachment; filename=\"" + Summaries.fileName(session) + "\"");
    }

    @Get(value = "/sessions/{id}/events", produces = MediaType.TEXT_EVENT_STREAM)
    @Operation(
            summary =
                    "The facilitator view as Server-Sent Events (event: view, id: eventId), resumable with Last-Event-ID")
    Publisher<Event<String>> events(
            Authentication authentication,
            @PathVariable UUID id,
            @Nullable @Header("Last-Event-ID") String lastEventId) {
        current(authentication, id);
        return streams.facilitator(id, lastEventId);
    }

    private static SignedInUser facilitator(Authentication authentication) {
        return Facilitating.facilitator(SignedInUser.of(authentication));
    }

    /** The session of the facilitator's organisation, ended first if it was idle too long. */
    private LiveSession current(Authentication authentication, UUID id) {
        SignedInUser user = facilitator(authentication);
        LiveSession session = facilitating.owned(user, id);
        if (!session.ended() && facilitating.idle(session) && facilitating.expireIfIdle(id)) {
            bus.publish(id);
            return facilitating.owned(user, id);
        }
        return session;
    }
}
