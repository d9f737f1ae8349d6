package nl.signaal.webinar;

import jakarta.inject.Singleton;
import java.util.List;

/**
 * A webinar as an iCalendar (RFC 5545) text: one event per webinar with a stable UID and the webinar's SEQUENCE, times
 * in Europe/Amsterdam with its VTIMEZONE.
 *
 * <p>SEAM (issue 14): the calendar branch fills this in.
 */
@Singleton
public class WebinarCalendar {

    public enum Method {
        /** An invitation or an update of one (mail, download). */
        REQUEST,
        /** The place or the webinar is gone. */
        CANCEL,
        /** A feed a calendar app subscribes to. */
        PUBLISH
    }

    /** One webinar for one reader: texts in {@code locale}. */
    public String event(Webinar webinar, String locale, Method method) {
        throw new UnsupportedOperationException("calendar branch");
    }

    /** Several webinars in one calendar (METHOD:PUBLISH), e.g. a person's feed; cancelled ones as STATUS:CANCELLED. */
    public String feed(List<Webinar> webinars, String locale) {
        throw new UnsupportedOperationException("calendar branch");
    }
}
