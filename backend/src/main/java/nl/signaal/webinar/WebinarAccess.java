package nl.signaal.webinar;

import jakarta.inject.Singleton;
import java.util.UUID;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;
import nl.signaal.web.ApiException;

/**
 * Who may see and manage a webinar. Organisers are attention officers and the roles above them (as for live
 * sessions); they manage the webinars of their own organisation, and another organisation's webinar answers 404.
 * Learners see a webinar when its audience holds their organisation and its target groups are empty or hold their
 * organisation's sector; any other webinar answers 404, so its existence stays hidden. In the live part and
 * afterwards, the people with a place act on it too.
 * (Merge of wb-core and wb-live in the wb-learner-ui branch, for the browser test only.)
 */
@Singleton
public class WebinarAccess {
    private final WebinarRepository webinars;
    private final WebinarAudiences audiences;
    private final WebinarRegistrationRepository registrations;

    WebinarAccess(WebinarRepository webinars, WebinarAudiences audiences, WebinarRegistrationRepository registrations) {
        this.webinars = webinars;
        this.audiences = audiences;
        this.registrations = registrations;
    }

    /** 403 unless the user may organise webinars at all. */
    static SignedInUser organiser(SignedInUser user) {
        if (!Role.ATTENTION_OFFICER.atMost(user.rank())) {
            throw ApiException.forbidden(
                    "Only attention officers, trainers, coordinators and administrators organise webinars.");
        }
        return user;
    }

    /** The webinar, if the user organises webinars and it belongs to their organisation; 404 otherwise. */
    public Webinar organised(SignedInUser user, UUID id) {
        organiser(user);
        return webinars.findById(id)
                .filter(webinar -> webinar.organisationId().equals(user.organisationId()))
                .orElseThrow(WebinarAccess::notFound);
    }

    /** The same, the webinar's row locked until the transaction ends (call inside one). */
    public Webinar organisedLocked(SignedInUser user, UUID webinarId) {
        organiser(user);
        return webinars.findByIdForUpdate(webinarId)
                .filter(webinar -> webinar.organisationId().equals(user.organisationId()))
                .orElseThrow(WebinarAccess::notFound);
    }

    /** The webinar, if it is open to the user as a learner; 404 otherwise. */
    Webinar visible(SignedInUser user, UUID id) {
        return webinars.findById(id).filter(webinar -> visibleTo(user, webinar)).orElseThrow(WebinarAccess::notFound);
    }

    boolean visibleTo(SignedInUser user, Webinar webinar) {
        return forSector(user, webinar) && audiences.countAudience(webinar.id(), user.organisationId()) > 0;
    }

    /** The sector rule alone, for lists that already come from the audience. */
    static boolean forSector(SignedInUser user, Webinar webinar) {
        return webinar.targetGroupList().isEmpty() || webinar.targetGroupList().contains(user.organisationSector());
    }

    /** The user's place (a REGISTERED registration) for the webinar. */
    WebinarRegistration place(SignedInUser user, UUID webinarId) {
        return registrations
                .findByWebinarIdAndUserId(webinarId, user.id())
                .filter(WebinarRegistration::registered)
                .orElseThrow(WebinarAccess::notFound);
    }

    Webinar webinar(UUID webinarId) {
        return webinars.findById(webinarId).orElseThrow(WebinarAccess::notFound);
    }

    static ApiException notFound() {
        return ApiException.notFound("No such webinar.");
    }

    static ApiException noWebinar() {
        return notFound();
    }
}
