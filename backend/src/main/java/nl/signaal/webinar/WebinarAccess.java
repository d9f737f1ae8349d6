package nl.signaal.webinar;

import jakarta.inject.Singleton;
import java.util.UUID;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;

/**
 * Who may act on a webinar in the live part and afterwards: its organisers (attention officers and above of the
 * webinar's organisation, as for live sessions) and the people with a place. Anyone else gets 404, so a webinar of
 * another organisation or one without your place stays hidden; a learner calling an organiser's route gets 403.
 */
@Singleton
public class WebinarAccess {
    private final WebinarRepository webinars;
    private final WebinarRegistrationRepository registrations;

    WebinarAccess(WebinarRepository webinars, WebinarRegistrationRepository registrations) {
        this.webinars = webinars;
        this.registrations = registrations;
    }

    /** The webinar if the user organises it. */
    public Webinar organised(SignedInUser user, UUID webinarId) {
        organiser(user);
        return webinars.findById(webinarId)
                .filter(webinar -> webinar.organisationId().equals(user.organisationId()))
                .orElseThrow(WebinarAccess::noWebinar);
    }

    /** The same, the webinar's row locked until the transaction ends (call inside one). */
    public Webinar organisedLocked(SignedInUser user, UUID webinarId) {
        organiser(user);
        return webinars.findByIdForUpdate(webinarId)
                .filter(webinar -> webinar.organisationId().equals(user.organisationId()))
                .orElseThrow(WebinarAccess::noWebinar);
    }

    /** The user's place (a REGISTERED registration) for the webinar. */
    WebinarRegistration place(SignedInUser user, UUID webinarId) {
        return registrations
                .findByWebinarIdAndUserId(webinarId, user.id())
                .filter(WebinarRegistration::registered)
                .orElseThrow(WebinarAccess::noWebinar);
    }

    Webinar webinar(UUID webinarId) {
        return webinars.findById(webinarId).orElseThrow(WebinarAccess::noWebinar);
    }

    static SignedInUser organiser(SignedInUser user) {
        if (!Role.ATTENTION_OFFICER.atMost(user.rank())) {
            throw ApiException.forbidden(
                    "Only attention officers, trainers, coordinators and administrators organise webinars.");
        }
        return user;
    }

    static ApiException noWebinar() {
        return ApiException.notFound("No such webinar.");
    }
}
