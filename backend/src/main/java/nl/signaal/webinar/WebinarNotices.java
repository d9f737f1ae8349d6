package nl.signaal.webinar;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import nl.signaal.refresher.reminder.Outbox;
import nl.signaal.webinar.WebinarMails.Notice;
import nl.signaal.webinar.WebinarMails.Recipient;

/**
 * What registrants hear of a webinar, by mail through the shared outbox. Called inside the transaction that changes
 * the registration or the webinar, so a mail is planned exactly when the change commits (the outbox's unique key
 * makes a retry add nothing).
 *
 * <p>Each mail's outbox key names the event it tells of, so every new event is one new mail and a repeat of the same
 * event none: a place by the moment it was given (register, cancel and register again: a second invitation), a change
 * by the webinar's new SEQUENCE, a cancellation by the webinar. These are notices of something the person must know,
 * so the reminder preference does not hold them back (decision 0039); reminders are {@link PlanningWebinarReminders}.
 */
@Singleton
class WebinarNotices {
    static final String PLACE = "WEBINAR_PLACE";
    static final String WAITING = "WEBINAR_WAITING";
    static final String RELEASED = "WEBINAR_RELEASED";
    static final String CHANGED = "WEBINAR_CHANGED";
    static final String CANCELLED = "WEBINAR_CANCELLED";

    private final WebinarMails mails;
    private final WebinarRegistrationRepository registrations;
    private final Outbox outbox;

    WebinarNotices(WebinarMails mails, WebinarRegistrationRepository registrations, Outbox outbox) {
        this.mails = mails;
        this.registrations = registrations;
        this.outbox = outbox;
    }

    /** The person has a place: directly, or {@code promoted} from the waiting list. Invitation with ICS REQUEST. */
    public void placed(Webinar webinar, WebinarRegistration registration, boolean promoted) {
        Instant since = registration.registeredAt() != null ? registration.registeredAt() : registration.requestedAt();
        tell(webinar, List.of(registration), promoted ? Notice.PROMOTED : Notice.PLACED, PLACE, key(webinar, since));
    }

    /** The person is on the waiting list. */
    public void queued(Webinar webinar, WebinarRegistration registration) {
        tell(webinar, List.of(registration), Notice.QUEUED, WAITING, key(webinar, registration.requestedAt()));
    }

    /** The person cancelled their place or left the waiting list. ICS CANCEL when they had a place. */
    public void released(Webinar webinar, WebinarRegistration registration, boolean hadPlace) {
        Instant when = registration.cancelledAt() != null ? registration.cancelledAt() : registration.requestedAt();
        tell(
                webinar,
                List.of(registration),
                hadPlace ? Notice.RELEASED : Notice.LEFT_QUEUE,
                RELEASED,
                key(webinar, when));
    }

    /** Time, place or meeting link changed ({@code webinar.sequence()} already raised). ICS REQUEST to every place. */
    public void changed(Webinar webinar) {
        tell(
                webinar,
                with(webinar, WebinarRegistration.REGISTERED),
                Notice.CHANGED,
                CHANGED,
                webinar.id() + "/" + webinar.sequence());
    }

    /** The organiser cancelled the webinar. ICS CANCEL to every place, a plain mail to the waiting list. */
    public void cancelled(Webinar webinar) {
        String key = webinar.id().toString();
        tell(webinar, with(webinar, WebinarRegistration.REGISTERED), Notice.CANCELLED, CANCELLED, key);
        tell(webinar, with(webinar, WebinarRegistration.WAITING), Notice.CANCELLED_WHILE_WAITING, CANCELLED, key);
    }

    private void tell(Webinar webinar, List<WebinarRegistration> to, Notice notice, String kind, String key) {
        for (Recipient recipient : mails.recipients(to).values()) {
            if (!outbox.planned(recipient.member().id(), kind, key)) {
                outbox.plan(mails.compose(webinar, recipient, notice, kind, key));
            }
        }
    }

    private List<WebinarRegistration> with(Webinar webinar, String status) {
        return registrations.findByWebinarIdOrderByRequestedAt(webinar.id()).stream()
                .filter(registration -> status.equals(registration.status()))
                .toList();
    }

    /** Milliseconds: the same event read back from either database gives the same key. */
    private static String key(Webinar webinar, Instant when) {
        return webinar.id() + "/" + when.toEpochMilli();
    }
}
