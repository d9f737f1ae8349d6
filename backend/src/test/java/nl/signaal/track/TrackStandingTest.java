package nl.signaal.track;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.RecommendedPath;
import nl.signaal.content.Content;
import nl.signaal.content.Scenario;
import nl.signaal.content.Track;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.learning.CheckAnswers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The standing of a track certificate holder over time (MovableClock), on H2 and PostgreSQL: CURRENT right after
 * completion, AT_RISK when refreshers are overdue or the yearly live session is due within 60 days, LAPSED a year
 * without a counting session, CURRENT again after refreshing and facilitating a new one.
 */
@MicronautTest(transactional = false)
class TrackStandingTest extends DatabaseTest {
    private static final String TRACK = "aandachtsfunctionaris-criminele-uitbuiting";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    Content content;

    @Inject
    MovableClock clock;

    Api api;
    UUID organisation;
    Api.Session trainer;
    Api.Session foreignTrainer;
    Track track;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("signaal.live.joins-per-minute", "10000");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        organisation = accounts.organisation("Team Spoor", "jeugdhulp");
        trainer = api.logIn(accounts.user(organisation, Role.TRAINER), TestAccounts.PASSWORD);
        foreignTrainer = api.logIn(
                accounts.user(accounts.organisation("Ander team", "onderwijs"), Role.TRAINER), TestAccounts.PASSWORD);
        track = content.track(TRACK).orElseThrow();
    }

    private Api.Session officer() {
        return api.logIn(accounts.user(organisation, Role.ATTENTION_OFFICER), TestAccounts.PASSWORD);
    }

    private JsonNode progress(Api.Session session) {
        Api.Response response = api.get("/api/me/tracks/" + TRACK + "?locale=en", session);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.body();
    }

    private void completeModules(Api.Session session, List<String> ids) {
        ids.forEach(id -> CheckAnswers.submit(api, content.module(id).orElseThrow(), true, session));
    }

    /** Plays a case to its ending along the recommended path. */
    private void finishCase(Api.Session session, String scenarioId) {
        Scenario scenario = content.scenario(scenarioId).orElseThrow();
        Api.Response started = api.post("/api/scenarios/" + scenarioId + "/runs?locale=en", Map.of(), session);
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        JsonNode run = started.body();
        for (int i = 0; i < 200 && "ACTIVE".equals(run.get("status").getStringValue()); i++) {
            String choice = RecommendedPath.pick(scenario, run);
            Api.Response chosen = api.post(
                    "/api/runs/" + run.get("id").getStringValue() + "/choices?locale=en",
                    Map.of("clientChoiceId", UUID.randomUUID().toString(), "choiceId", choice),
                    session);
            assertThat(chosen.status()).as(chosen.raw().body()).isEqualTo(200);
            run = chosen.body().get("run");
        }
        assertThat(run.get("status").getStringValue()).isEqualTo("FINISHED");
    }

    /** Opens a case session, lets {@code participants} people join by code, starts and ends it. */
    private void facilitate(Api.Session facilitator, int participants) {
        Api.Response opened = api.post(
                "/api/live/sessions",
                Map.of("kind", "case", "activityId", content.scenarios().get(0).id(), "locale", "en"),
                facilitator);
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        String id = opened.text("sessionId");
        String code = opened.text("code");
        for (int i = 0; i < participants; i++) {
            Api.Response joined = api.post("/api/live/join", Map.of("code", code, "nickname", "P" + i), null);
            assertThat(joined.status()).as(joined.raw().body()).isEqualTo(200);
        }
        for (String action : List.of("start", "end")) {
            Api.Response acted =
                    api.post("/api/live/sessions/" + id + "/actions", Map.of("action", action), facilitator);
            assertThat(acted.status()).as(action + ": " + acted.raw().body()).isEqualTo(200);
        }
    }

    private static String words(int count) {
        return String.join(" ", java.util.Collections.nCopies(count, "woord"));
    }

    private Api.Response reflect(Api.Session session, UUID clientId, String text) {
        return api.post(
                "/api/me/tracks/" + TRACK + "/reflection?locale=en",
                Map.of("clientId", clientId.toString(), "text", text),
                session);
    }

    private JsonNode waiting(Api.Session reviewer) {
        Api.Response response = api.get("/api/organisations/" + organisation + "/reflections", reviewer);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.body();
    }

    private Api.Response review(Api.Session reviewer, String reflectionId, String decision, String comment) {
        Map<String, String> body = new HashMap<>(Map.of("decision", decision));
        if (comment != null) {
            body.put("comment", comment);
        }
        return api.post(
                "/api/organisations/" + organisation + "/reflections/" + reflectionId + "/review", body, reviewer);
    }

    @Test
    void theStandingFollowsRefreshersAndTheYearlySessionAndComesBackAfterANewOne() {
        String email = accounts.user(organisation, Role.ATTENTION_OFFICER);
        Api.Session officer = api.logIn(email, TestAccounts.PASSWORD);
        assertThat(progress(officer).get("standing").isNull()).isTrue(); // no certificate, no standing

        completeModules(officer, track.requiredModules());
        content.scenarios().stream().limit(3).forEach(s -> finishCase(officer, s.id()));
        completeModules(officer, track.facilitation());
        facilitate(officer, 3);
        String reflectionId = reflect(officer, UUID.randomUUID(), words(150))
                .body()
                .get("reflection")
                .get("id")
                .getStringValue();
        assertThat(review(trainer, reflectionId, "APPROVE", null).status()).isEqualTo(200);

        JsonNode done = progress(officer);
        assertThat(done.get("complete").getBooleanValue()).isTrue();
        Instant completedAt = Instant.parse(done.get("completedAt").getStringValue());
        JsonNode fresh = done.get("standing");
        assertThat(fresh.get("status").getStringValue()).isEqualTo("CURRENT");
        assertThat(fresh.get("reasons").size()).isZero();
        assertThat(fresh.get("liveSessionsInLastYear").getIntValue()).isEqualTo(1);
        assertThat(Instant.parse(fresh.get("liveSessionDueBy").getStringValue()))
                .isAfter(completedAt
                        .atZone(ZoneOffset.UTC)
                        .plusYears(1)
                        .toInstant()
                        .minus(Duration.ofMinutes(5)));
        // The list reports it too.
        assertThat(api.get("/api/me/tracks?locale=en", officer)
                        .body()
                        .get(0)
                        .get("standing")
                        .get("status")
                        .getStringValue())
                .isEqualTo("CURRENT");

        // Four months without practice: the refreshers are overdue, the session is not due yet.
        clock.advance(Duration.ofDays(120));
        Api.Session later = api.logIn(email, TestAccounts.PASSWORD);
        JsonNode slipping = progress(later).get("standing");
        assertThat(slipping.get("status").getStringValue()).isEqualTo("AT_RISK");
        assertThat(texts(slipping.get("reasons"))).containsExactly("REFRESHERS_OVERDUE");
        assertThat(texts(slipping.get("overdueModules"), "id")).isNotEmpty();

        // Refreshed (the checks again); 45 days before the year is over the session is due soon.
        completeModules(later, track.requiredModules());
        completeModules(later, track.facilitation());
        assertThat(progress(later).get("standing").get("status").getStringValue())
                .isEqualTo("CURRENT");
        clock.advance(Duration.ofDays(365 - 120 - 45));
        Api.Session dueSoon = api.logIn(email, TestAccounts.PASSWORD);
        JsonNode atRisk = progress(dueSoon).get("standing");
        assertThat(atRisk.get("status").getStringValue()).isEqualTo("AT_RISK");
        assertThat(texts(atRisk.get("reasons"))).contains("LIVE_SESSION_DUE_SOON");

        // More than a year without a counting session: lapsed (the certificate itself stays valid until its end).
        clock.advance(Duration.ofDays(50));
        Api.Session lapsedSession = api.logIn(email, TestAccounts.PASSWORD);
        JsonNode lapsed = progress(lapsedSession).get("standing");
        assertThat(lapsed.get("status").getStringValue()).isEqualTo("LAPSED");
        assertThat(texts(lapsed.get("reasons"))).contains("LIVE_SESSION_MISSED");
        assertThat(lapsed.get("liveSessionsInLastYear").getIntValue()).isZero();

        // A session with too few participants does not help; refreshing and a counting session make it current.
        facilitate(lapsedSession, 2);
        assertThat(progress(lapsedSession).get("standing").get("status").getStringValue())
                .isEqualTo("LAPSED");
        completeModules(lapsedSession, track.requiredModules());
        completeModules(lapsedSession, track.facilitation());
        facilitate(lapsedSession, 3);
        JsonNode back = progress(lapsedSession).get("standing");
        assertThat(back.get("status").getStringValue()).as(back.toString()).isEqualTo("CURRENT");
        assertThat(back.get("reasons").size()).isZero();
        assertThat(back.get("liveSessionsInLastYear").getIntValue()).isEqualTo(1);
    }

    private static List<String> texts(JsonNode array) {
        List<String> found = new java.util.ArrayList<>();
        array.values().forEach(v -> found.add(v.getStringValue()));
        return found;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> found = new java.util.ArrayList<>();
        array.values().forEach(v -> found.add(v.get(field).getStringValue()));
        return found;
    }
}
