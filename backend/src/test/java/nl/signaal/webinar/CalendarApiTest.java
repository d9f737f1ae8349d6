package nl.signaal.webinar;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The invitation download and the personal calendar feed over HTTP, on H2 and PostgreSQL: who may download, what the
 * feed lists, and that a renewed or forged feed URL stops working. Webinars and registrations are stored through the
 * repositories (the scheduling API is built in parallel).
 */
@MicronautTest(transactional = false)
class CalendarApiTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    WebinarRepository webinars;

    @Inject
    WebinarRegistrationRepository registrations;

    @Inject
    Clock clock;

    UUID organisation;
    String placed;
    String waiting;
    String trainer;
    String foreignOfficer;
    Webinar webinar;

    private Api api() {
        return new Api(client, json);
    }

    private Api.Session logIn(String email) {
        return api().logIn(email, TestAccounts.PASSWORD);
    }

    @BeforeAll
    void setUp() {
        organisation = accounts.organisation("Jeugdzorg West", "jeugdhulp");
        placed = accounts.userSpeaking(organisation, "Sanne Bakker", "en", Role.LEARNER);
        waiting = accounts.user(organisation, Role.LEARNER);
        trainer = accounts.user(organisation, Role.TRAINER);
        UUID other = accounts.organisation("Onderwijs Noord", "onderwijs");
        foreignOfficer = accounts.user(other, Role.ATTENTION_OFFICER);
        webinar = scheduled(days(10));
        register(webinar, placed, WebinarRegistration.REGISTERED);
        register(webinar, waiting, WebinarRegistration.WAITING);
    }

    private Instant days(long days) {
        return clock.instant().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    }

    private Webinar scheduled(Instant startsAt) {
        return webinars.save(TestWebinars.online(organisation, startsAt));
    }

    private void register(Webinar w, String email, String status) {
        Instant now = clock.instant();
        registrations.save(new WebinarRegistration(
                UUID.randomUUID(),
                w.id(),
                accounts.id(email),
                organisation,
                status,
                now,
                WebinarRegistration.REGISTERED.equals(status) ? now : null,
                null,
                null,
                null,
                null));
    }

    private static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (Exception e) {
            throw new AssertionError("not an iCalendar:\n" + ics, e);
        }
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                .map(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                .toList();
    }

    private static String status(Calendar calendar, Webinar w) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                .filter(e ->
                        e.getProperty(Property.UID).orElseThrow().getValue().equals(WebinarCalendar.uid(w)))
                .findFirst()
                .orElseThrow()
                .getProperty(Property.STATUS)
                .orElseThrow()
                .getValue();
    }

    private Api.Response invitation(Webinar w, String email) {
        return api().get("/api/webinars/" + w.id() + "/invitation.ics", logIn(email));
    }

    private String feedUrl(Api.Session session) {
        Api.Response response = api().get("/api/calendar/feed", session);
        assertThat(response.status()).isEqualTo(200);
        return response.text("url");
    }

    private static String path(String url) {
        return url.substring(url.indexOf("/api/calendar/"));
    }

    private Api.Response fetch(String url) {
        return api().get(path(url), null);
    }

    @Test
    void aPlaceHolderDownloadsTheInvitationInTheirLanguage() {
        Api.Response response = invitation(webinar, placed);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("text/calendar;charset=utf-8;method=REQUEST");
        assertThat(response.header("Content-Disposition"))
                .matches("attachment; filename=\"signaal-webinar-\\d{4}-\\d{2}-\\d{2}\\.ics\"");
        String ics = response.raw().body();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n");
        VEvent event = parse(ics).<VEvent>getComponent(VEvent.VEVENT).orElseThrow();
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(WebinarCalendar.uid(webinar));
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("The reporting code in practice");
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue())
                .isEqualTo(webinar.meetingUrl());
    }

    @Test
    void anOrganiserOfTheWebinarsOrganisationDownloadsItToo() {
        assertThat(invitation(webinar, trainer).status()).isEqualTo(200);
    }

    @Test
    void someoneWithoutAPlaceGetsNotFound() {
        for (String email : List.of(waiting, accounts.user(organisation, Role.LEARNER), foreignOfficer)) {
            Api.Response response = invitation(webinar, email);
            assertThat(response.status()).as(email).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(api().get("/api/webinars/" + UUID.randomUUID() + "/invitation.ics", logIn(trainer))
                        .status())
                .isEqualTo(404);
        assertThat(api().get("/api/webinars/" + webinar.id() + "/invitation.ics", null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aCancelledWebinarDownloadsAsACancellation() {
        Webinar called = webinars.update(TestWebinars.cancelled(scheduled(days(12)), clock.instant()));
        register(called, placed, WebinarRegistration.REGISTERED);

        Api.Response response = invitation(called, placed);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).endsWith(";method=CANCEL");
        Calendar calendar = parse(response.raw().body());
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("CANCEL");
        assertThat(status(calendar, called)).isEqualTo("CANCELLED");
    }

    @Test
    void theFeedListsMyPlacesAndRecentCancellationsButNotTheQueueOrOldCancellations() {
        String me = accounts.userSpeaking(organisation, "Kim de Wit", "pl", Role.LEARNER);
        Webinar mine = scheduled(days(20));
        register(mine, me, WebinarRegistration.REGISTERED);
        Webinar queued = scheduled(days(21));
        register(queued, me, WebinarRegistration.WAITING);
        Webinar recentlyCalled = scheduled(days(22));
        register(recentlyCalled, me, WebinarRegistration.REGISTERED);
        webinars.update(TestWebinars.cancelled(recentlyCalled, clock.instant().minus(Duration.ofDays(5))));
        Webinar longAgoCalled = scheduled(days(-20));
        register(longAgoCalled, me, WebinarRegistration.REGISTERED);
        webinars.update(TestWebinars.cancelled(longAgoCalled, clock.instant().minus(Duration.ofDays(40))));
        Webinar someoneElses = scheduled(days(23));
        register(someoneElses, placed, WebinarRegistration.REGISTERED);

        String url = feedUrl(logIn(me));
        Api.Response response = fetch(url);

        assertThat(url).matches("https?://[^/]+/api/calendar/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.ics");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("text/calendar;charset=utf-8");
        assertThat(response.header("Cache-Control")).isEqualTo("private, no-cache");
        Calendar feed = parse(response.raw().body());
        assertThat(feed.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
        assertThat(feed.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Webinary Signaal");
        assertThat(uids(feed)).containsExactly(WebinarCalendar.uid(mine), WebinarCalendar.uid(recentlyCalled));
        assertThat(status(feed, mine)).isEqualTo("CONFIRMED");
        assertThat(status(feed, recentlyCalled)).isEqualTo("CANCELLED");
    }

    @Test
    void theFeedUrlStaysTheSameUntilRenewedAndTheOldOneThenStopsWorking() {
        String me = accounts.user(organisation, Role.LEARNER);
        Api.Session session = logIn(me);
        String first = feedUrl(session);
        assertThat(feedUrl(session)).isEqualTo(first);
        assertThat(fetch(first).status()).isEqualTo(200);

        Api.Response renewed = api().post("/api/calendar/feed/renew", Map.of(), session);

        assertThat(renewed.status()).isEqualTo(200);
        String second = renewed.text("url");
        assertThat(second).isNotEqualTo(first);
        assertThat(feedUrl(session)).isEqualTo(second);
        Api.Response old = fetch(first);
        assertThat(old.status()).isEqualTo(404);
        assertThat(old.contentType()).startsWith("application/problem+json");
        assertThat(fetch(second).status()).isEqualTo(200);
    }

    @Test
    void aFeedTokenOpensOnlyItsOwnersFeedAndCannotBeRewrittenForSomeoneElse() {
        String mine = feedUrl(logIn(waiting));
        feedUrl(logIn(placed));

        assertThat(uids(parse(fetch(mine).raw().body())))
                .as("the waiting person's feed does not show the webinar they wait for")
                .doesNotContain(WebinarCalendar.uid(webinar));
        // Put the other person's id into the signed payload: the signature no longer matches.
        String token =
                path(mine).substring("/api/calendar/".length(), path(mine).length() - ".ics".length());
        String payload = new String(
                Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.replace(
                                        accounts.id(waiting).toString(),
                                        accounts.id(placed).toString())
                                .getBytes(StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));
        assertThat(api().get("/api/calendar/" + forged + ".ics", null).status()).isEqualTo(404);
        assertThat(api().get("/api/calendar/not-a-token.ics", null).status()).isEqualTo(404);
    }

    @Test
    void aFeedTokenIsNoReminderLink() {
        String url = feedUrl(logIn(placed));
        String token = path(url).substring("/api/calendar/".length(), path(url).length() - ".ics".length());

        assertThat(api().get("/api/reminder-links/" + token, null).status()).isEqualTo(400);
        assertThat(api().post("/api/reminder-links/" + token, Map.of(), null).status())
                .isEqualTo(400);
    }

    @Test
    void feedEndpointsNeedASignedInPerson() {
        assertThat(api().get("/api/calendar/feed", null).status()).isEqualTo(401);
        assertThat(api().post("/api/calendar/feed/renew", Map.of(), null).status())
                .isIn(401, 403);
    }
}
