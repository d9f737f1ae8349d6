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
 * The shipped track walked through its API on H2 and PostgreSQL: progress derived from passed checks, finished runs
 * and a live session with three participants; the reflection's review by a trainer of the same organisation; the
 * certificate issued once.
 */
@MicronautTest(transactional = false)
class TrackApiTest extends DatabaseTest {
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
    void aNewcomerStartsWithTheModulesAndTheTrackIsListed() {
        Api.Session officer = officer();
        JsonNode listed = api.get("/api/me/tracks?locale=en", officer).body();
        assertThat(listed.get(0).get("id").getStringValue()).isEqualTo(TRACK);
        JsonNode view = progress(officer);
        assertThat(view.get("nextStep").getStringValue()).isEqualTo("MODULES");
        assertThat(view.get("nextModuleId").getStringValue())
                .isEqualTo(track.requiredModules().get(0));
        assertThat(view.get("complete").getBooleanValue()).isFalse();
        assertThat(view.get("studyHours").getDoubleValue()).isEqualTo(8.0);
        assertThat(api.get("/api/me/tracks/no-such-track", officer).status()).isEqualTo(404);
    }

    @Test
    void progressFollowsModulesCasesSessionsAndTheApprovedReflectionThenTheCertificateComesOnce() {
        Api.Session officer = officer();
        completeModules(officer, track.requiredModules());
        assertThat(progress(officer).get("nextStep").getStringValue()).isEqualTo("CASES");

        List<String> cases =
                content.scenarios().stream().map(s -> s.id()).limit(3).toList();
        finishCase(officer, cases.get(0));
        finishCase(officer, cases.get(0)); // the same case twice counts once
        finishCase(officer, cases.get(1));
        JsonNode twoCases = progress(officer);
        assertThat(twoCases.get("cases").get("finished").size()).isEqualTo(2);
        assertThat(twoCases.get("nextStep").getStringValue()).isEqualTo("CASES");
        finishCase(officer, cases.get(2));
        assertThat(progress(officer).get("nextStep").getStringValue()).isEqualTo("FACILITATION");

        completeModules(officer, track.facilitation());
        assertThat(progress(officer).get("nextStep").getStringValue()).isEqualTo("LIVE_SESSION");

        facilitate(officer, 2); // too few participants: listed, does not count
        JsonNode small = progress(officer);
        assertThat(small.get("liveSessions").get("sessions").size()).isEqualTo(1);
        assertThat(small.get("liveSessions")
                        .get("sessions")
                        .get(0)
                        .get("counts")
                        .getBooleanValue())
                .isFalse();
        assertThat(small.get("nextStep").getStringValue()).isEqualTo("LIVE_SESSION");
        facilitate(officer, 3);
        assertThat(progress(officer).get("nextStep").getStringValue()).isEqualTo("REFLECTION");

        // Too short, then sent; a retry with the same client id is the same reflection.
        assertThat(reflect(officer, UUID.randomUUID(), words(20)).status()).isEqualTo(400);
        UUID clientId = UUID.randomUUID();
        assertThat(reflect(officer, clientId, words(150)).status()).isEqualTo(200);
        JsonNode retried = reflect(officer, clientId, words(150)).body();
        assertThat(retried.get("reflection").get("status").getStringValue()).isEqualTo("SUBMITTED");
        assertThat(reflect(officer, UUID.randomUUID(), words(151)).status()).isEqualTo(409);
        String reflectionId = retried.get("reflection").get("id").getStringValue();

        // Another organisation's trainer cannot see or review it; the author cannot review their own.
        assertThat(api.get("/api/organisations/" + organisation + "/reflections", foreignTrainer)
                        .status())
                .isEqualTo(403);
        assertThat(review(officer, reflectionId, "APPROVE", null).status()).isEqualTo(403);
        assertThat(waiting(trainer).values())
                .anySatisfy(r -> assertThat(r.get("id").getStringValue()).isEqualTo(reflectionId));

        // Asking for more needs a comment; the author sees it and sends a new one.
        assertThat(review(trainer, reflectionId, "ASK_MORE", null).status()).isEqualTo(400);
        assertThat(review(trainer, reflectionId, "ASK_MORE", "Wat zou je anders doen?")
                        .status())
                .isEqualTo(200);
        assertThat(review(trainer, reflectionId, "APPROVE", null).status()).isEqualTo(409);
        JsonNode asked = progress(officer);
        assertThat(asked.get("reflection").get("status").getStringValue()).isEqualTo("ASK_MORE");
        assertThat(asked.get("reflection").get("reviewComment").getStringValue())
                .isEqualTo("Wat zou je anders doen?");
        assertThat(certificates(officer)).isEmpty();

        String second = reflect(officer, UUID.randomUUID(), words(160))
                .body()
                .get("reflection")
                .get("id")
                .getStringValue();
        Instant before = Instant.now().minus(Duration.ofMinutes(1));
        assertThat(review(trainer, second, "APPROVE", "Mooi").status()).isEqualTo(200);

        JsonNode done = progress(officer);
        assertThat(done.get("complete").getBooleanValue()).isTrue();
        assertThat(done.get("nextStep").getStringValue()).isEqualTo("DONE");
        progress(officer); // deriving again issues nothing new
        List<JsonNode> trackCertificates = certificates(officer);
        assertThat(trackCertificates).hasSize(1);
        JsonNode certificate = trackCertificates.get(0);
        Instant validUntil = Instant.parse(certificate.get("validUntil").getStringValue());
        Instant issued = Instant.parse(done.get("completedAt").getStringValue());
        assertThat(issued).isAfter(before);
        assertThat(validUntil)
                .isEqualTo(issued.atZone(ZoneOffset.UTC).plusYears(2).toInstant());
    }

    private List<JsonNode> certificates(Api.Session session) {
        Api.Response response = api.get("/api/me/certificates", session);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        List<JsonNode> found = new java.util.ArrayList<>();
        response.body().values().forEach(c -> {
            if (TRACK.equals(
                    c.get("subjectId") == null ? null : c.get("subjectId").getStringValue())) {
                found.add(c);
            }
        });
        return found;
    }
}
