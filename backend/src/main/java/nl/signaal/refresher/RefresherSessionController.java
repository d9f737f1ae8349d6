package nl.signaal.refresher;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import java.net.URI;
import java.util.UUID;
import nl.signaal.content.Content;
import nl.signaal.identity.SignedInUser;
import nl.signaal.learning.ContentLocale;
import nl.signaal.refresher.RefresherApi.AnswerCommand;
import nl.signaal.refresher.RefresherApi.AnswerResult;
import nl.signaal.refresher.RefresherApi.SessionView;

/** Micro-refreshers: only the learner who started a session can see or answer it (others get 404). */
@Controller("/api/refresher-sessions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "refreshers")
class RefresherSessionController {
    private final RefresherSessions sessions;
    private final AnsweringRefresher answering;
    private final Content content;

    RefresherSessionController(RefresherSessions sessions, AnsweringRefresher answering, Content content) {
        this.sessions = sessions;
        this.answering = answering;
        this.content = content;
    }

    @Post
    @Operation(
            summary = "Start a micro-refresher: 3 to 5 items, the weakest competencies first; every fifth session "
                    + "of a learner one of them is a decision point from a case simulation")
    HttpResponse<SessionView> start(Authentication authentication, @Nullable @QueryValue String locale) {
        String chosen = ContentLocale.choose(locale, authentication);
        RefresherSession session = sessions.start(SignedInUser.of(authentication), chosen);
        return HttpResponse.created(
                sessions.view(session, chosen), URI.create("/api/refresher-sessions/" + session.id()));
    }

    @Get("/{sessionId}")
    @Operation(summary = "A micro-refresher with its items and which are answered")
    SessionView session(
            Authentication authentication, @PathVariable UUID sessionId, @Nullable @QueryValue String locale) {
        String chosen = ContentLocale.choose(locale, authentication);
        return sessions.view(sessions.owned(SignedInUser.of(authentication), sessionId), chosen);
    }

    @Post("/{sessionId}/answers")
    @Operation(
            summary = "Answer an item or a decision point (optionIds: the one choice); the same clientAnswerId "
                    + "again returns the same answer; 409 when the item is already answered")
    AnswerResult answer(
            Authentication authentication,
            @PathVariable UUID sessionId,
            @Nullable @QueryValue String locale,
            @Body @Valid AnswerCommand command) {
        SignedInUser learner = SignedInUser.of(authentication);
        String chosen = ContentLocale.choose(locale, authentication);
        RefresherSession session = sessions.owned(learner, sessionId);
        AnsweringRefresher.Answered answered = answering.answer(
                learner, session, command.clientAnswerId(), command.itemId(), command.optionIds(), chosen);
        SessionView after = sessions.view(sessions.owned(learner, sessionId), chosen);
        return SessionViews.result(answered, chosen, after, content::module);
    }
}
