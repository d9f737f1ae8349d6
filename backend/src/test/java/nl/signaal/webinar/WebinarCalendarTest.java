package nl.signaal.webinar;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.util.Configurator;
import nl.signaal.webinar.WebinarCalendar.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ICS of webinars, parsed back with ical4j's CalendarBuilder, and the RFC 5545 rules checked on the raw text:
 * CRLF, folding at 75 octets without splitting a UTF-8 sequence, escaping, Europe/Amsterdam around both DST changes.
 */
class WebinarCalendarTest {
    private static final Instant NOW = Instant.parse("2026-09-01T08:00:00Z");
    private static final UUID ORGANISATION = UUID.randomUUID();

    private final WebinarCalendar calendar = new WebinarCalendar(
            new WebinarTexts(ObjectMapper.getDefault()),
            Clock.fixed(NOW, ZoneOffset.UTC),
            "https://signaal.example.nl/",
            "no-reply@signaal.example.nl",
            "signaal@localhost");

    private static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException e) {
            throw new AssertionError("ical4j cannot read what we wrote:\n" + ics, e);
        }
    }

    private static VEvent onlyEvent(Calendar parsed) {
        List<VEvent> events = parsed.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow(() -> new AssertionError(property));
    }

    private static Instant instant(VEvent event, String property) {
        DateProperty<?> date = event.<DateProperty<?>>getProperty(property).orElseThrow();
        Temporal value = date.getDate();
        return Instant.from(value);
    }

    private static Instant amsterdam(String wallTime) {
        return LocalDateTime.parse(wallTime).atZone(CalendarZone.AMSTERDAM).toInstant();
    }

    @Test
    void anInvitationCarriesEveryFieldACalendarNeeds() {
        Webinar webinar = TestWebinars.online(ORGANISATION, Instant.parse("2026-11-12T14:00:00Z"));

        String ics = calendar.event(webinar, "en", Method.REQUEST);
        Calendar parsed = parse(ics);

        assertThat(parsed.getProperty(Property.PRODID).orElseThrow().getValue()).isEqualTo(WebinarCalendar.PRODID);
        assertThat(parsed.getProperty(Property.VERSION).orElseThrow().getValue())
                .isEqualTo("2.0");
        assertThat(parsed.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        List<VTimeZone> zones = parsed.getComponents(VTimeZone.VTIMEZONE);
        assertThat(zones).hasSize(1);
        assertThat(zones.get(0).getTimeZoneId().getValue()).isEqualTo("Europe/Amsterdam");

        VEvent event = onlyEvent(parsed);
        assertThat(value(event, Property.UID)).isEqualTo("webinar-" + webinar.id() + "@signaal");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20260901T080000Z");
        assertThat(event.getProperty(Property.DTSTART)
                        .orElseThrow()
                        .getParameter(Parameter.TZID)
                        .map(Parameter::getValue))
                .contains("Europe/Amsterdam");
        assertThat(value(event, Property.DTSTART)).isEqualTo("20261112T150000");
        assertThat(instant(event, Property.DTSTART)).isEqualTo(webinar.startsAt());
        assertThat(instant(event, Property.DTEND)).isEqualTo(webinar.endsAt());
        assertThat(value(event, Property.SUMMARY)).isEqualTo("The reporting code in practice");
        assertThat(value(event, Property.DESCRIPTION))
                .isEqualTo("What to do when you suspect abuse?\n\nhttps://signaal.example.nl/webinars/" + webinar.id());
        assertThat(value(event, Property.LOCATION)).isEqualTo("https://meet.example.org/b/sig-nal-123");
        assertThat(value(event, Property.URL)).isEqualTo("https://signaal.example.nl/webinars/" + webinar.id());
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:no-reply@signaal.example.nl");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
    }

    @Test
    void textsFallBackToDutchAndAnInPersonWebinarGivesItsPlace() {
        Webinar webinar = TestWebinars.inPerson(
                TestWebinars.online(ORGANISATION, Instant.parse("2026-11-12T14:00:00Z")), "Stadhuis, zaal 2; Utrecht");

        VEvent event = onlyEvent(parse(calendar.event(webinar, "tr", Method.REQUEST)));

        assertThat(value(event, Property.SUMMARY)).isEqualTo("De meldcode in de praktijk");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Stadhuis, zaal 2; Utrecht");
    }

    @Test
    void everyLineEndsInCrlfAndIsFoldedAtSeventyFiveOctets() {
        Webinar webinar = TestWebinars.withTitle(
                TestWebinars.online(ORGANISATION, Instant.parse("2026-11-12T14:00:00Z")),
                "{\"nl\": \""
                        + "Een heel lange titel over signalen van kindermishandeling "
                                .repeat(4)
                                .strip() + "\"}");

        String ics = calendar.event(webinar, "nl", Method.REQUEST);

        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        String[] lines = ics.split("\r\n");
        boolean folded = false;
        for (int i = 0; i < lines.length; i++) {
            assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length)
                    .as("line %d: %s", i, lines[i])
                    .isLessThanOrEqualTo(75);
            if (lines[i].startsWith(" ")) {
                folded = true;
                assertThat(i).as("a continuation follows a line").isPositive();
            } else {
                assertThat(lines[i]).as("a content line starts with a name").matches("[A-Z][A-Z0-9-]*[;:].*");
            }
        }
        assertThat(folded).as("the long title was folded").isTrue();
        assertThat(value(onlyEvent(parse(ics)), Property.SUMMARY))
                .isEqualTo("Een heel lange titel over signalen van kindermishandeling "
                        .repeat(4)
                        .strip());
    }

    @Test
    void commasSemicolonsBackslashesAndNewlinesAreEscaped() {
        String title = "Signalen, stappen; en \\\\ grenzen\\nNieuwe regel";
        Webinar webinar = TestWebinars.withTitle(
                TestWebinars.online(ORGANISATION, Instant.parse("2026-11-12T14:00:00Z")),
                "{\"nl\": \"" + title + "\"}");

        String ics = calendar.event(webinar, "nl", Method.REQUEST);

        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Signalen\\, stappen\\; en \\\\ grenzen\\nNieuwe regel\r\n");
        assertThat(value(onlyEvent(parse(ics)), Property.SUMMARY))
                .isEqualTo("Signalen, stappen; en \\ grenzen\nNieuwe regel");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ندوة عبر الإنترنت: التعرف على علامات العنف المنزلي وإساءة معاملة الأطفال والتصرف بناء عليها",
                "Çocuk istismarı ve aile içi şiddet belirtilerini tanımak: meldcode ile adım adım ğüşıöç",
                "Rozpoznawanie sygnałów przemocy domowej i krzywdzenia dzieci: żółć, gęś, źdźbło, ćma",
                "Emoji 🙂 aan het eind van een regel 🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂"
            })
    void multiByteTitlesAreFoldedBetweenCharactersNeverInsideOne(String title) throws CharacterCodingException {
        Webinar webinar = TestWebinars.withTitle(
                TestWebinars.online(ORGANISATION, Instant.parse("2026-11-12T14:00:00Z")),
                "{\"nl\": \"" + title + "\"}");

        String ics = calendar.event(webinar, "nl", Method.REQUEST);
        byte[] raw = ics.getBytes(StandardCharsets.UTF_8);

        // Split the raw octets at CRLF and decode every physical line on its own: a sequence cut in two fails here.
        int start = 0;
        int summaryLines = 0;
        boolean inSummary = false;
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '\r' && raw[i + 1] == '\n') {
                assertThat(i - start).isLessThanOrEqualTo(75);
                String line = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(raw, start, i - start))
                        .toString();
                inSummary = line.startsWith("SUMMARY:") || (inSummary && line.startsWith(" "));
                summaryLines += inSummary ? 1 : 0;
                start = i + 2;
                i++;
            }
        }
        assertThat(start).as("the text ends with CRLF").isEqualTo(raw.length);
        assertThat(summaryLines).as("the title needed folding").isGreaterThan(1);
        assertThat(value(onlyEvent(parse(ics)), Property.SUMMARY)).isEqualTo(title);
    }

    @Test
    void aWebinarOnTheLastSundayOfOctoberIsInWinterTime() {
        Webinar webinar = TestWebinars.online(
                ORGANISATION, "{\"nl\": \"Herfst\"}", amsterdam("2026-10-25T10:00"), amsterdam("2026-10-25T12:00"));
        assertThat(webinar.startsAt()).isEqualTo(Instant.parse("2026-10-25T09:00:00Z"));

        VEvent event = onlyEvent(parse(calendar.event(webinar, "nl", Method.REQUEST)));

        assertThat(value(event, Property.DTSTART)).isEqualTo("20261025T100000");
        assertThat(instant(event, Property.DTSTART)).isEqualTo(Instant.parse("2026-10-25T09:00:00Z"));
        assertThat(instant(event, Property.DTEND)).isEqualTo(Instant.parse("2026-10-25T11:00:00Z"));
    }

    @Test
    void aWebinarOnTheLastSundayOfMarchIsInSummerTime() {
        Webinar webinar = TestWebinars.online(
                ORGANISATION, "{\"nl\": \"Lente\"}", amsterdam("2027-03-28T10:00"), amsterdam("2027-03-28T11:30"));
        assertThat(webinar.startsAt()).isEqualTo(Instant.parse("2027-03-28T08:00:00Z"));

        VEvent event = onlyEvent(parse(calendar.event(webinar, "nl", Method.REQUEST)));

        assertThat(value(event, Property.DTSTART)).isEqualTo("20270328T100000");
        assertThat(instant(event, Property.DTSTART)).isEqualTo(Instant.parse("2027-03-28T08:00:00Z"));
        assertThat(instant(event, Property.DTEND)).isEqualTo(Instant.parse("2027-03-28T09:30:00Z"));
    }

    @Test
    void aWebinarAcrossTheNightOfTheChangeKeepsItsInstants() {
        // 00:30 CEST until 02:30 in the second (winter time) occurrence of that hour: three hours, not two.
        Instant start = Instant.parse("2026-10-24T22:30:00Z");
        Instant end = Instant.parse("2026-10-25T01:30:00Z");
        Webinar webinar = TestWebinars.online(ORGANISATION, "{\"nl\": \"Nacht\"}", start, end);

        String ics = calendar.event(webinar, "nl", Method.REQUEST);
        VEvent event = onlyEvent(parse(ics));

        assertThat(instant(event, Property.DTSTART)).isEqualTo(start);
        assertThat(instant(event, Property.DTEND)).isEqualTo(end);
        assertThat(value(event, Property.DTEND))
                .as("02:30 as wall time would mean the first, summer-time occurrence")
                .isEqualTo("20261025T013000Z");
    }

    @Test
    void startsAroundEveryChangeFrom2000To2040KeepTheirInstants() {
        var rules = CalendarZone.AMSTERDAM.getRules();
        List<Webinar> aroundChanges = new ArrayList<>();
        Instant at = Instant.parse("2000-01-01T00:00:00Z");
        while (at.isBefore(Instant.parse("2040-12-31T00:00:00Z"))) {
            Instant change = rules.nextTransition(at).getInstant();
            for (long minutes : new long[] {-61, -1, 0, 1, 61}) {
                Instant start = change.plusSeconds(minutes * 60);
                aroundChanges.add(
                        TestWebinars.online(ORGANISATION, "{\"nl\": \"DST\"}", start, start.plusSeconds(5400)));
            }
            at = change;
        }

        Calendar parsed = parse(calendar.feed(aroundChanges, "nl"));

        List<VTimeZone> zones = parsed.getComponents(VTimeZone.VTIMEZONE);
        assertThat(zones.get(0).getObservances())
                .as("only the rules in force, not Brussels' history")
                .hasSize(2);
        List<VEvent> events = parsed.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(aroundChanges.size()).hasSizeGreaterThan(400);
        for (int i = 0; i < events.size(); i++) {
            assertThat(instant(events.get(i), Property.DTSTART))
                    .as("start %s", aroundChanges.get(i).startsAt())
                    .isEqualTo(aroundChanges.get(i).startsAt());
            assertThat(instant(events.get(i), Property.DTEND))
                    .as("end %s", aroundChanges.get(i).endsAt())
                    .isEqualTo(aroundChanges.get(i).endsAt());
        }
    }

    @Test
    void uidStaysAndSequenceRisesWhenTheWebinarMoves() {
        Webinar webinar = TestWebinars.online(ORGANISATION, Instant.parse("2026-11-12T14:00:00Z"));
        Webinar moved = TestWebinars.moved(
                webinar, Instant.parse("2026-11-19T14:00:00Z"), Instant.parse("2026-11-19T15:30:00Z"));

        VEvent before = onlyEvent(parse(calendar.event(webinar, "nl", Method.REQUEST)));
        VEvent after = onlyEvent(parse(calendar.event(moved, "nl", Method.REQUEST)));

        assertThat(value(after, Property.UID)).isEqualTo(value(before, Property.UID));
        assertThat(value(before, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(after, Property.SEQUENCE)).isEqualTo("1");
        assertThat(instant(after, Property.DTSTART)).isEqualTo(Instant.parse("2026-11-19T14:00:00Z"));
        assertThat(calendar.event(webinar, "nl", Method.REQUEST))
                .as("the same webinar gives the same text")
                .isEqualTo(calendar.event(webinar, "nl", Method.REQUEST));
    }

    @Test
    void aCancellationHasMethodCancelAndStatusCancelled() {
        Webinar webinar =
                TestWebinars.cancelled(TestWebinars.online(ORGANISATION, Instant.parse("2026-11-12T14:00:00Z")), NOW);

        Calendar parsed = parse(calendar.event(webinar, "nl", Method.CANCEL));

        assertThat(parsed.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent event = onlyEvent(parsed);
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(event, Property.UID)).isEqualTo(WebinarCalendar.uid(webinar));
    }

    @Test
    void aReleasedPlaceIsCancelledForThatReaderWhileTheWebinarGoesOn() {
        Webinar webinar = TestWebinars.online(ORGANISATION, Instant.parse("2026-11-12T14:00:00Z"));

        VEvent event = onlyEvent(parse(calendar.event(webinar, "nl", Method.CANCEL)));

        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void aFeedPublishesOneEventPerWebinarWithCancelledOnesMarked() {
        Webinar going = TestWebinars.online(ORGANISATION, Instant.parse("2026-11-12T14:00:00Z"));
        Webinar called =
                TestWebinars.cancelled(TestWebinars.online(ORGANISATION, Instant.parse("2026-11-19T14:00:00Z")), NOW);

        Calendar parsed = parse(calendar.feed(List.of(going, called), "pl"));

        assertThat(parsed.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
        assertThat(parsed.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Webinary Signaal");
        List<VEvent> events = parsed.getComponents(VEvent.VEVENT);
        assertThat(events)
                .extracting(e -> value(e, Property.UID))
                .containsExactly(WebinarCalendar.uid(going), WebinarCalendar.uid(called));
        assertThat(events).extracting(e -> value(e, Property.STATUS)).containsExactly("CONFIRMED", "CANCELLED");
        assertThat(parsed.getComponents(VTimeZone.VTIMEZONE)).hasSize(1);
    }

    @Test
    void anEmptyFeedIsStillACalendar() {
        Calendar parsed = parse(calendar.feed(List.of(), "nl"));

        assertThat(parsed.getComponents(VEvent.VEVENT)).isEmpty();
        assertThat(parsed.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
    }

    @Test
    void ical4jNeverFetchesTimeZoneUpdates() {
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled"))
                .contains("false");
    }
}
