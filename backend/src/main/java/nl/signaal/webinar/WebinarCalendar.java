package nl.signaal.webinar;

import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A webinar as an iCalendar (RFC 5545) text: one event per webinar with a stable UID and the webinar's SEQUENCE, times
 * in Europe/Amsterdam with its VTIMEZONE.
 *
 * <p>SEAM (issue 14): the calendar branch fills this in.
 */
@Singleton
public class WebinarCalendar {
    private final WebinarTexts texts;

    WebinarCalendar(WebinarTexts texts) {
        this.texts = texts;
    }

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
        // STAND-IN until the calendar branch lands (the integrator keeps that branch's body): no folding, no VTIMEZONE.
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
        String summary = texts.title(webinar, locale)
                .replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\n", "\\n");
        return String.join(
                        "\r\n",
                        "BEGIN:VCALENDAR",
                        "VERSION:2.0",
                        "PRODID:-//Signaal//Webinars//NL",
                        "METHOD:" + method.name(),
                        "BEGIN:VEVENT",
                        "UID:" + webinar.id() + "@signaal",
                        "SEQUENCE:" + webinar.sequence(),
                        "DTSTAMP:" + utc.format(webinar.updatedAt()),
                        "DTSTART:" + utc.format(webinar.startsAt()),
                        "DTEND:" + utc.format(webinar.endsAt()),
                        "SUMMARY:" + summary,
                        "STATUS:" + (method == Method.CANCEL ? "CANCELLED" : "CONFIRMED"),
                        "END:VEVENT",
                        "END:VCALENDAR")
                + "\r\n";
    }

    /** Several webinars in one calendar (METHOD:PUBLISH), e.g. a person's feed; cancelled ones as STATUS:CANCELLED. */
    public String feed(List<Webinar> webinars, String locale) {
        throw new UnsupportedOperationException("calendar branch");
    }
}
