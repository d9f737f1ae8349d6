package nl.signaal.live;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;
import nl.signaal.content.SupportedLocales;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;
import nl.signaal.webinar.Webinar;
import nl.signaal.webinar.WebinarAccess;

/**
 * Opens a webinar's live session once per activity: with the webinar's row locked, the session still open for the
 * same activity is answered again (a double tap, a retry, a second presenter), else a new one opens in the webinar's
 * language. Only activities linked to the webinar; not for a cancelled webinar or one that is over.
 */
@Singleton
class OpeningWebinarSession {
    private final WebinarAccess access;
    private final Facilitating facilitating;
    private final LiveSessionRepository sessions;
    private final Clock clock;

    OpeningWebinarSession(
            WebinarAccess access, Facilitating facilitating, LiveSessionRepository sessions, Clock clock) {
        this.access = access;
        this.facilitating = facilitating;
        this.sessions = sessions;
        this.clock = clock;
    }

    record Opened(LiveSession session, boolean created) {}

    @Transactional
    Opened open(SignedInUser user, UUID webinarId, String kind, String activityId) {
        Webinar webinar = access.organisedLocked(user, webinarId);
        if (!webinar.activityList().contains(kind + ":" + activityId)) {
            throw ApiException.invalidField("activityId", "is not one of the webinar's live activities");
        }
        if (webinar.cancelled()) {
            throw ApiException.conflict("The webinar is cancelled.");
        }
        if (webinar.over(clock.instant())) {
            throw ApiException.conflict("The webinar is over.");
        }
        for (LiveSession open : sessions.findByWebinarIdOrderByCreatedAt(webinarId)) {
            if (!open.ended()
                    && open.kind().equals(kind)
                    && open.activityId().equals(activityId)
                    && !facilitating.idle(open)) {
                return new Opened(open, false);
            }
        }
        String locale = SupportedLocales.ALL.contains(webinar.language()) ? webinar.language() : user.locale();
        return new Opened(facilitating.open(user, kind, activityId, locale, webinarId), true);
    }
}
