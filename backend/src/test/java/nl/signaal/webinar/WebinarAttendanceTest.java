package nl.signaal.webinar;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The live part of a webinar and attendance through the API: the presenter opens the linked live session, place
 * holders (also of another audience organisation) join it signed in and so attend; the check-in code inside its
 * window; the organiser's correction; who may do what. Each test makes its own webinar; the clock only moves forward.
 */
@MicronautTest(transactional = false)
class WebinarAttendanceTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    MovableClock clock;

    @Inject
    WebinarLiveFixture fixture;

    @Inject
    WebinarLiveFields fields;

    Api api;
    UUID organisation;
    UUID region;
    UUID trainerId;
    Api.Session trainer;
    Api.Session colleague;
    Api.Session foreignTrainer;
    String checkId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("signaal.live.joins-per-minute", "10000");
        properties.put("signaal.reminders.enabled", "false");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        organisation = accounts.organisation("Gemeente Webinar", "jeugdhulp");
        region = accounts.organisation("Buurgemeente", "onderwijs");
        String trainerEmail = accounts.user(organisation, Role.TRAINER);
        trainerId = accounts.id(trainerEmail);
        trainer = api.logIn(trainerEmail, TestAccounts.PASSWORD);
        colleague = api.logIn(accounts.user(organisation, Role.ATTENTION_OFFICER), TestAccounts.PASSWORD);
        foreignTrainer = api.logIn(accounts.user(region, Role.TRAINER), TestAccounts.PASSWORD);
        checkId = api.get("/api/live/activities?locale=en", trainer)
                .body()
                .get("checks")
                .get(0)
                .get("id")
                .getStringValue();
    }

    private record Person(UUID id, UUID organisation, Api.Session session) {}

    private Person learner(UUID in) {
        String email = accounts.user(in, Role.LEARNER);
        return new Person(accounts.id(email), in, api.logIn(email, TestAccounts.PASSWORD));
    }

    private Webinar startingNow() {
        return fixture.webinar(organisation, trainerId, Duration.ofMinutes(5), "check:" + checkId);
    }

    private Api.Response openLive(Api.Session who, Webinar webinar) {
        return api.post(
                "/api/webinars/" + webinar.id() + "/live-sessions",
                Map.of("kind", "check", "activityId", checkId),
                who);
    }

    private Api.Response join(String code, Api.Session who) {
        return api.post("/api/live/join", Map.of("code", code, "asSelf", true), who);
    }

    @Test
    void joiningTheLiveSessionSignedInCountsAsAttendanceAlsoForAnotherAudienceOrganisation() {
        Webinar webinar = startingNow();
        Person own = learner(organisation);
        Person regional = learner(region);
        Person noPlace = learner(region);
        Person waiting = learner(organisation);
        WebinarRegistration ownPlace = fixture.place(webinar, own.id(), own.organisation());
        WebinarRegistration regionalPlace = fixture.place(webinar, regional.id(), regional.organisation());
        WebinarRegistration queued =
                fixture.registration(webinar, waiting.id(), organisation, WebinarRegistration.WAITING);

        Api.Response opened = openLive(trainer, webinar);
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        String code = opened.text("code");
        assertThat(fields.of(webinar, fixture.reread(regionalPlace)).liveSession())
                .as("the place holder's detail shows the open session's code")
                .isEqualTo(new WebinarLive.OpenSession(UUID.fromString(opened.text("sessionId")), code));
        assertThat(fields.of(webinar, fixture.reread(queued)).liveSession())
                .as("the waiting list does not see it")
                .isNull();

        assertThat(join(code, own.session()).status()).isEqualTo(200);
        assertThat(join(code, regional.session()).status()).isEqualTo(200);
        assertThat(join(code, noPlace.session()).status())
                .as("a live session stays open to anyone with its code")
                .isEqualTo(200);
        assertThat(join(code, waiting.session()).status()).isEqualTo(200);

        WebinarRegistration ownNow = fixture.reread(ownPlace);
        assertThat(ownNow.attended()).isTrue();
        assertThat(ownNow.attendanceSource()).isEqualTo(WebinarRegistration.BY_LIVE);
        WebinarRegistration regionalNow = fixture.reread(regionalPlace);
        assertThat(regionalNow.attended()).isTrue();
        assertThat(regionalNow.attendanceSource()).isEqualTo(WebinarRegistration.BY_LIVE);
        assertThat(fixture.reread(queued).attended())
                .as("no place, no attendance")
                .isNull();
        assertThat(fields.of(webinar, regionalNow).attended()).isTrue();
    }

    @Test
    void anAnonymousJoinMarksNobody() {
        Webinar webinar = startingNow();
        Person own = learner(organisation);
        WebinarRegistration place = fixture.place(webinar, own.id(), organisation);
        String code = openLive(trainer, webinar).text("code");
        Api.Response anonymous =
                api.post("/api/live/join", Map.of("code", code, "nickname", "Zonder naam"), own.session());
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(fixture.reread(place).attended()).isNull();
    }

    @Test
    void openingIsIdempotentWhileTheSessionIsOpenAndOnlyForLinkedActivities() {
        Webinar webinar = startingNow();
        Api.Response first = openLive(trainer, webinar);
        Api.Response again = openLive(colleague, webinar);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("sessionId")).isEqualTo(first.text("sessionId"));
        assertThat(again.text("code")).isEqualTo(first.text("code"));

        Api.Response unlinked = api.post(
                "/api/webinars/" + webinar.id() + "/live-sessions",
                Map.of("kind", "case", "activityId", "not-linked"),
                trainer);
        assertThat(unlinked.status()).isEqualTo(400);
        assertThat(unlinked.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("activityId");
    }

    @Test
    void onlyTheWebinarsOrganisersOpenTheLivePart() {
        Webinar webinar = startingNow();
        Person own = learner(organisation);
        fixture.place(webinar, own.id(), organisation);
        assertThat(openLive(own.session(), webinar).status())
                .as("a learner, even with a place")
                .isEqualTo(403);
        assertThat(openLive(foreignTrainer, webinar).status())
                .as("another organisation's trainer")
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/webinars/" + UUID.randomUUID() + "/live-sessions",
                                Map.of("kind", "check", "activityId", checkId),
                                trainer)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void checkInWorksOnlyInsideItsWindowWithTheShownCode() {
        Webinar webinar = fixture.webinar(organisation, trainerId, Duration.ofMinutes(40), "check:" + checkId);
        Person own = learner(organisation);
        WebinarRegistration place = fixture.place(webinar, own.id(), organisation);
        String path = "/api/webinars/" + webinar.id() + "/check-in";

        assertThat(api.post(path, Map.of("code", "ABCDEF"), own.session()).status())
                .as("no code shown yet")
                .isEqualTo(409);
        Api.Response shown = api.post("/api/webinars/" + webinar.id() + "/checkin-code", Map.of(), trainer);
        assertThat(shown.status()).isEqualTo(200);
        String code = shown.text("code");
        assertThat(code).matches("[A-Z2-9]{6}");
        assertThat(api.post("/api/webinars/" + webinar.id() + "/checkin-code", Map.of(), colleague)
                        .text("code"))
                .as("the same code for the whole webinar")
                .isEqualTo(code);
        assertThat(fields.of(webinar, place).checkinOpen()).isFalse();
        assertThat(api.post(path, Map.of("code", code), own.session()).status())
                .as("40 minutes before the start")
                .isEqualTo(409);

        clock.advance(Duration.ofMinutes(26)); // 14 minutes before the start
        assertThat(fields.of(fixture.reread(webinar), place).checkinOpen()).isTrue();
        Api.Response wrong = api.post(path, Map.of("code", "WRONG2"), own.session());
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("code");
        assertThat(fixture.reread(place).attended()).isNull();

        Api.Response right = api.post(path, Map.of("code", code.toLowerCase(java.util.Locale.ROOT)), own.session());
        assertThat(right.status()).as(right.raw().body()).isEqualTo(200);
        assertThat(right.body().get("attended").getBooleanValue()).isTrue();
        WebinarRegistration checkedIn = fixture.reread(place);
        assertThat(checkedIn.attended()).isTrue();
        assertThat(checkedIn.attendanceSource()).isEqualTo(WebinarRegistration.BY_CODE);

        Person late = learner(organisation);
        fixture.place(webinar, late.id(), organisation);
        clock.advance(Duration.ofMinutes(14 + 60 + 31)); // 31 minutes after the end
        assertThat(api.post(path, Map.of("code", code), late.session()).status())
                .as("closed 30 minutes after the end")
                .isEqualTo(409);
    }

    @Test
    void wrongCodesAreLimitedAndOnlyPlaceHoldersMayTry() {
        Webinar webinar = startingNow();
        String code = api.post("/api/webinars/" + webinar.id() + "/checkin-code", Map.of(), trainer)
                .text("code");
        Person guesser = learner(organisation);
        fixture.place(webinar, guesser.id(), organisation);
        String path = "/api/webinars/" + webinar.id() + "/check-in";
        for (int i = 0; i < CheckinThrottle.FAILURES; i++) {
            assertThat(api.post(path, Map.of("code", "ZZZZZ" + i), guesser.session())
                            .status())
                    .isEqualTo(400);
        }
        Api.Response limited = api.post(path, Map.of("code", code), guesser.session());
        assertThat(limited.status()).as("even the right code waits").isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();

        Person noPlace = learner(organisation);
        assertThat(api.post(path, Map.of("code", code), noPlace.session()).status())
                .isEqualTo(404);
        Person waiting = learner(organisation);
        fixture.registration(webinar, waiting.id(), organisation, WebinarRegistration.WAITING);
        assertThat(api.post(path, Map.of("code", code), waiting.session()).status())
                .isEqualTo(404);
        Person stranger = learner(region);
        assertThat(api.post(path, Map.of("code", code), stranger.session()).status())
                .isEqualTo(404);
        assertThat(api.post("/api/webinars/" + webinar.id() + "/checkin-code", Map.of(), foreignTrainer)
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/webinars/" + webinar.id() + "/checkin-code", Map.of(), guesser.session())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theOrganiserCorrectsAttendanceAndAutomaticSourcesLeaveTheCorrectionAlone() {
        Webinar webinar = startingNow();
        Person own = learner(organisation);
        WebinarRegistration place = fixture.place(webinar, own.id(), organisation);
        String path = "/api/webinars/" + webinar.id() + "/registrations/" + place.id() + "/attendance";

        Api.Response corrected = api.put(path, Map.of("attended", false), trainer);
        assertThat(corrected.status()).as(corrected.raw().body()).isEqualTo(200);
        assertThat(corrected.body().get("attended").getBooleanValue()).isFalse();
        assertThat(corrected.text("attendanceSource")).isEqualTo("ORGANISER");

        String code = openLive(trainer, webinar).text("code");
        join(code, own.session());
        assertThat(fixture.reread(place).attended())
                .as("the organiser's word stays")
                .isFalse();

        assertThat(api.put(path, Map.of("attended", true), colleague).status()).isEqualTo(200);
        assertThat(fixture.reread(place).attended()).isTrue();

        assertThat(api.put(path, Map.of(), trainer).status())
                .as("attended is required")
                .isEqualTo(400);
        assertThat(api.put(path, Map.of("attended", true), foreignTrainer).status())
                .isEqualTo(404);
        assertThat(api.put(path, Map.of("attended", true), own.session()).status())
                .isEqualTo(403);
        Webinar other = startingNow();
        assertThat(api.put(
                                "/api/webinars/" + other.id() + "/registrations/" + place.id() + "/attendance",
                                Map.of("attended", true),
                                trainer)
                        .status())
                .as("a registration of another webinar")
                .isEqualTo(404);
        Person waiting = learner(organisation);
        WebinarRegistration queued =
                fixture.registration(webinar, waiting.id(), organisation, WebinarRegistration.WAITING);
        assertThat(api.put(
                                "/api/webinars/" + webinar.id() + "/registrations/" + queued.id() + "/attendance",
                                Map.of("attended", true),
                                trainer)
                        .status())
                .as("no place, no attendance")
                .isEqualTo(409);
    }
}
