package nl.signaal.webinar;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A webinar as an iCalendar (RFC 5545) text: one event per webinar with a stable UID and the webinar's SEQUENCE, times
 * in Europe/Amsterdam with its VTIMEZONE. Built with ical4j (docs/decisions/0038-ics-with-ical4j.md), folded by
 * octets by {@link IcsLines}.
 *
 * <p>The event carries the meeting URL of an online webinar: hand it only to people with a place and to organisers.
 */
@Singleton
public class WebinarCalendar {
    static final String PRODID = "-//Signaal//Webinars//NL";

    /** The feed's name in a calendar app's list. */
    private static final Map<String, String> FEED_NAMES = Map.of(
            "nl", "Signaal-webinars",
            "en", "Signaal webinars",
            "ar", "ندوات Signaal عبر الإنترنت",
            "tr", "Signaal web seminerleri",
            "pl", "Webinary Signaal");

    public enum Method {
        /** An invitation or an update of one (mail, download). */
        REQUEST,
        /** The place or the webinar is gone. */
        CANCEL,
        /** A feed a calendar app subscribes to. */
        PUBLISH
    }

    private final WebinarTexts texts;
    private final Clock clock;
    private final String publicUrl;
    private final String organizerEmail;

    WebinarCalendar(
            WebinarTexts texts,
            Clock clock,
            @Value("${signaal.public-url}") String publicUrl,
            @Value("${signaal.calendar.organizer-email:}") String organizerEmail,
            @Value("${micronaut.email.from.email:signaal@localhost}") String mailSender) {
        this.texts = texts;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        // Replies to an invitation (RSVP) are not read: by default the sender of Signaal's mail, a no-reply address.
        this.organizerEmail = organizerEmail.isBlank() ? mailSender : organizerEmail;
    }

    /** The UID of a webinar's event in every calendar: the same for its whole life, whatever changes. */
    static String uid(Webinar webinar) {
        return "webinar-" + webinar.id() + "@signaal";
    }

    /** The webinar's page in the app. */
    String page(Webinar webinar) {
        return publicUrl + "/webinars/" + webinar.id();
    }

    /**
     * One webinar for one reader: texts in {@code locale}. CANCEL marks the event cancelled even while the webinar
     * goes on (the reader's place is gone); otherwise the event is cancelled when the webinar is.
     */
    public String event(Webinar webinar, String locale, Method method) {
        Calendar calendar = calendar(method);
        calendar.add(vevent(webinar, locale, method == Method.CANCEL || webinar.cancelled()));
        return write(calendar);
    }

    /** Several webinars in one calendar (METHOD:PUBLISH), e.g. a person's feed; cancelled ones as STATUS:CANCELLED. */
    public String feed(List<Webinar> webinars, String locale) {
        Calendar calendar = calendar(Method.PUBLISH);
        calendar.add(
                new XProperty("X-WR-CALNAME", FEED_NAMES.getOrDefault(locale, FEED_NAMES.get(WebinarTexts.SOURCE))));
        // How often a subscribed calendar app should look again (Outlook and Apple read this).
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        for (Webinar webinar : webinars) {
            calendar.add(vevent(webinar, locale, webinar.cancelled()));
        }
        return write(calendar);
    }

    private static Calendar calendar(Method method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(
                switch (method) {
                    case REQUEST -> ImmutableMethod.REQUEST;
                    case CANCEL -> ImmutableMethod.CANCEL;
                    case PUBLISH -> ImmutableMethod.PUBLISH;
                });
        calendar.add(CalendarZone.vtimezone());
        return calendar;
    }

    private VEvent vevent(Webinar webinar, String locale, boolean cancelled) {
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(webinar)));
        event.add(new Sequence(webinar.sequence()));
        event.add(new DtStamp(clock.instant()));
        event.add(new LastModified(webinar.updatedAt()));
        event.add(new DtStart<>(local(webinar.startsAt())));
        event.add(new DtEnd<>(local(webinar.endsAt())));
        event.add(new Summary(plain(texts.title(webinar, locale))));
        String description = plain(texts.description(webinar, locale));
        event.add(new Description((description.isBlank() ? "" : description + "\n\n") + page(webinar)));
        String where = webinar.online() ? webinar.meetingUrl() : webinar.location();
        if (where != null && !where.isBlank()) {
            event.add(new Location(plain(where)));
        }
        event.add(new Url(URI.create(page(webinar))));
        event.add(new Organizer(new ParameterList(List.of(new Cn("Signaal"))), URI.create("mailto:" + organizerEmail)));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    /**
     * The instant as Amsterdam wall time with TZID. In the hour that happens twice when summer time ends a wall time
     * means its first occurrence (RFC 5545 §3.3.5); an instant in the second one is written in UTC instead.
     */
    private static Temporal local(Instant instant) {
        ZonedDateTime zoned = instant.atZone(CalendarZone.AMSTERDAM);
        LocalDateTime wall = zoned.toLocalDateTime();
        List<java.time.ZoneOffset> offsets = CalendarZone.AMSTERDAM.getRules().getValidOffsets(wall);
        return offsets.size() > 1 && !offsets.get(0).equals(zoned.getOffset()) ? instant : zoned;
    }

    /** One kind of line break: ical4j escapes LF as {@code \n}; a CR would otherwise be written raw. */
    private static String plain(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String write(Calendar calendar) {
        StringWriter unfolded = new StringWriter();
        try {
            // No ical4j folding (it counts characters, not octets): IcsLines folds. Not validating: ical4j 4.1's
            // validator logs a bogus VALARM error for every event; WebinarCalendarTest parses every shape back.
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, unfolded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Built an invalid calendar: " + e.getMessage(), e);
        }
        return IcsLines.fold(unfolded.toString());
    }
}
