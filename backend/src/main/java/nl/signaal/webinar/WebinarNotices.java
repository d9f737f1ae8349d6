package nl.signaal.webinar;

import jakarta.inject.Singleton;

/**
 * What registrants hear of a webinar, by mail through the shared outbox. Called inside the transaction that changes
 * the registration or the webinar, so a mail is planned exactly when the change commits (the outbox's unique key
 * makes a retry add nothing).
 *
 * <p>SEAM (issue 14): the scheduling and registration code calls these; the mail branch fills them in.
 */
@Singleton
public class WebinarNotices {

    /** The person has a place: directly, or {@code promoted} from the waiting list. Invitation with ICS REQUEST. */
    public void placed(Webinar webinar, WebinarRegistration registration, boolean promoted) {}

    /** The person is on the waiting list. */
    public void queued(Webinar webinar, WebinarRegistration registration) {}

    /** The person cancelled their place or left the waiting list. ICS CANCEL when they had a place. */
    public void released(Webinar webinar, WebinarRegistration registration, boolean hadPlace) {}

    /** Time, place or meeting link changed ({@code webinar.sequence()} already raised). ICS REQUEST to every place. */
    public void changed(Webinar webinar) {}

    /** The organiser cancelled the webinar. ICS CANCEL to every place, a plain mail to the waiting list. */
    public void cancelled(Webinar webinar) {}
}
