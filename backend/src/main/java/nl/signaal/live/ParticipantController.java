package nl.signaal.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.signaal.identity.ClientAddress;
import nl.signaal.identity.SignedInUser;
import nl.signaal.live.LiveApi.Fragment;
import nl.signaal.live.LiveApi.JoinCommand;
import nl.signaal.live.LiveApi.Joined;
import nl.signaal.live.LiveApi.Me;
import nl.signaal.live.LiveApi.MyVote;
import nl.signaal.live.LiveApi.Play;
import nl.signaal.live.LiveApi.VoteCommand;
import nl.signaal.live.LiveApi.Voted;
import nl.signaal.live.LiveVotes.Vote;
import nl.signaal.web.ApiException;
import nl.signaal.web.Https;
import nl.signaal.web.Problems;
import org.reactivestreams.Publisher;

/**
 * The participant's side: join with the code, see the session, vote. No account needed: the participant cookie
 * (one per session, HttpOnly, SameSite=Strict, path /api/live) is the participant's identity. Without a cookie of the
 * session the routes answer 404; a removed participant's cookie answers 403.
 */
@Controller("/api/live")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "live")
class ParticipantController {
    static final String COOKIE_PREFIX = "signaal_live_";
    static final Duration COOKIE_LIFETIME = Duration.ofHours(12);

    private final Participating participating;
    private final Facilitating facilitating;
    private final JoinThrottle throttle;
    private final ClientAddress clientAddress;
    private final LiveSessionRepository sessions;
    private final Snapshots snapshots;
    private final LiveViews views;
    private final LiveStreams streams;
    private final LiveVotes votes;
    private final LiveActivities activities;
    private final Https https;
    private final LiveBus bus;

    ParticipantController(
            Participating participating,
            Facilitating facilitating,
            JoinThrottle throttle,
            ClientAddress clientAddress,
            LiveSessionRepository sessions,
            Snapshots snapshots,
            LiveViews views,
            LiveStreams streams,
            LiveVotes votes,
            LiveActivities activities,
            Https https,
            LiveBus bus) {
        this.participating = participating;
        this.facilitating = facilitating;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
        this.sessions = sessions;
        this.snapshots = snapshots;
        this.views = views;
        this.streams = streams;
        this.votes = votes;
        this.activities = activities;
        this.https = https;
        this.bus = bus;
    }

    static String cookieName(UUID sessionId) {
        return COOKIE_PREFIX + sessionId.toString().replace("-", "");
    }

    @Post("/join")
    @Operation(
            summary = "Join an open session with its 6-digit code, anonymously with a nickname or (asSelf) as the "
                    + "signed-in user; sets the participant cookie; rate-limited per address (429 + Retry-After)")
    HttpResponse<?> join(
            HttpRequest<?> request, @Nullable Authentication authentication, @Body @Valid JoinCommand command) {
        String address = clientAddress.of(request);
        long wait = throttle.attempt(address);
        if (wait > 0) {
            return Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts to join: wait a moment and try again.")
                    .header("Retry-After", Long.toString(wait));
        }
        LiveSession session;
        try {
            session = participating.openSession(command.code());
            if (facilitating.idle(session) && facilitating.expireIfIdle(session.id())) {
                bus.publish(session.id());
                throw Participating.noSession();
            }
        } catch (ApiException notFound) {
            throw failed(address, notFound);
        }
        SignedInUser self = null;
        if (Boolean.TRUE.equals(command.asSelf())) {
            if (authentication == null) {
                throw new ApiException(HttpStatus.UNAUTHORIZED, "Sign in to join as yourself.");
            }
            self = SignedInUser.of(authentication);
        }
        LiveParticipant already =
                token(request, session.id()).flatMap(participating::byToken).orElse(null);
        Participating.Joining joined;
        try {
            joined = participating.join(session, already, command.nickname(), self);
        } catch (ApiException refused) {
            throw refused.status() == HttpStatus.NOT_FOUND ? failed(address, refused) : refused;
        }
        if (joined.token() != null) {
            bus.publish(session.id());
        }
        LiveParticipant participant = joined.participant();
        var response = HttpResponse.ok(new Joined(session.id(), participant.id(), participant.nickname()));
        if (joined.token() != null) {
            response.cookie(Cookie.of(cookieName(session.id()), joined.token())
                    .httpOnly(true)
                    .secure(https.secureCookies())
                    .sameSite(SameSite.Strict)
                    .path("/api/live")
                    .maxAge(COOKIE_LIFETIME));
        }
        return response;
    }

    private ApiException failed(String address, ApiException refusal) {
        throttle.failed(address);
        return refusal;
    }

    @Get("/play/{sessionId}")
    @Operation(summary = "The participant's screen: the shared view plus their own nickname, fragment and votes")
    Play play(HttpRequest<?> request, @PathVariable UUID sessionId) {
        LiveParticipant participant = participant(request, sessionId);
        LiveSession session = expired(sessions.findById(sessionId).orElseThrow());
        Snapshot snapshot = snapshots.of(session);
        Fragment fragment = participant.fragmentId() == null
                ? null
                : activities.activity(session).fragments(session.locale()).stream()
                        .filter(f -> f.id().equals(participant.fragmentId()))
                        .findFirst()
                        .map(f -> new Fragment(f.id(), f.holder(), f.html()))
                        .orElse(null);
        List<MyVote> mine = votes.of(participant.id()).stream()
                .map(v -> new MyVote(v.step(), v.optionId()))
                .toList();
        return new Play(
                views.participant(snapshot),
                new Me(participant.id(), participant.nickname(), participant.removed(), fragment, mine));
    }

    @Post("/play/{sessionId}/votes")
    @Operation(
            summary = "Vote on the current step; the same voteId again answers the same; changeable while voting, "
                    + "409 when the step is not open for votes")
    Voted vote(HttpRequest<?> request, @PathVariable UUID sessionId, @Body @Valid VoteCommand command) {
        // the voter comes from memory and the session row is read at most once a minute per step: votes of a burst
        // touch the database only in their own short transaction (the vote checks the participant itself)
        LiveParticipant participant = token(request, sessionId)
                .flatMap(participating::voter)
                .filter(p -> p.sessionId().equals(sessionId))
                .orElseThrow(() -> ApiException.notFound("You have not joined this session (or in another browser)."));
        if (participant.removed()) {
            throw Participating.removed();
        }
        Vote vote = participating.vote(participant, command.voteId(), command.step(), command.optionId());
        bus.publish(sessionId);
        return new Voted(vote.step(), vote.optionId());
    }

    @Get(value = "/play/{sessionId}/events", produces = MediaType.TEXT_EVENT_STREAM)
    @Operation(
            summary = "The participant view as Server-Sent Events (event: view); event: removed then the end when "
                    + "removed; the final view then the end once the session ended")
    Publisher<Event<String>> events(
            HttpRequest<?> request,
            @PathVariable UUID sessionId,
            @Nullable @Header("Last-Event-ID") String lastEventId) {
        LiveParticipant participant = participant(request, sessionId);
        expired(sessions.findById(sessionId).orElseThrow());
        return streams.participant(sessionId, participant.id(), lastEventId);
    }

    /** The session, ended first when it was idle too long (the sweep may not have come by yet). */
    private LiveSession expired(LiveSession session) {
        if (!session.ended() && facilitating.idle(session) && facilitating.expireIfIdle(session.id())) {
            bus.publish(session.id());
            return sessions.findById(session.id()).orElseThrow();
        }
        return session;
    }

    private static java.util.Optional<String> token(HttpRequest<?> request, UUID sessionId) {
        return request.getCookies().findCookie(cookieName(sessionId)).map(Cookie::getValue);
    }

    /** The participant of this session that the request's cookie stands for: 404 without one, 403 when removed. */
    private LiveParticipant participant(HttpRequest<?> request, UUID sessionId) {
        LiveParticipant participant = token(request, sessionId)
                .flatMap(participating::byToken)
                .filter(p -> p.sessionId().equals(sessionId))
                .orElseThrow(() -> ApiException.notFound("You have not joined this session (or in another browser)."));
        if (participant.removed()) {
            throw Participating.removed();
        }
        return participant;
    }
}
