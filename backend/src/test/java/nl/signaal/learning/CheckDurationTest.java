package nl.signaal.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.progress.XapiRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A check's passed/failed statement lasts from when GET /check handed out its attempt id (decision 0055). */
@MicronautTest(transactional = false)
class CheckDurationTest extends DatabaseTest {
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
    TrainingModule module;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        organisation = accounts.organisation("Check Duration", "buurtteam");
        module = content.module("de-aandachtsfunctionaris").orElseThrow();
    }

    private Api.Session learner() {
        return api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
    }

    private JsonNode checkResult(Api.Session session) {
        List<JsonNode> found = new ArrayList<>();
        api.get("/api/xapi/statements?size=500&scope=own", session)
                .body()
                .get("statements")
                .values()
                .forEach(s -> {
                    String verb = s.get("verb").get("id").getStringValue();
                    if (verb.endsWith("/passed") || verb.endsWith("/failed")) {
                        found.add(s);
                    }
                });
        assertThat(found).hasSize(1);
        XapiRules.assertValid(found.get(0));
        return found.get(0);
    }

    private void submit(Api.Session session, String attemptId) {
        Api.Response result = api.post(
                "/api/modules/" + module.id() + "/check/attempts",
                Map.of("attemptId", attemptId, "answers", CheckAnswers.of(module, true)),
                session);
        assertThat(result.status()).isEqualTo(200);
    }

    @Test
    void anAttemptHandedOutByTheServerGetsItsDuration() {
        Api.Session learner = learner();
        String attemptId =
                api.get("/api/modules/" + module.id() + "/check", learner).text("attemptId");
        clock.advance(Duration.ofMinutes(4));
        submit(learner, attemptId);

        JsonNode statement = checkResult(learner);
        Duration took = Duration.parse(statement.get("result").get("duration").getStringValue());
        assertThat(took).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(5));
    }

    @Test
    void anAttemptIdTheClientMadeItselfGivesNoDuration() {
        Api.Session learner = learner();
        submit(learner, UUID.randomUUID().toString());

        assertThat(checkResult(learner).get("result").get("duration")).isNull();
    }

    @Test
    void anAttemptIdOfAnotherLearnerGivesNoDuration() {
        Api.Session other = learner();
        String attemptId =
                api.get("/api/modules/" + module.id() + "/check", other).text("attemptId");
        Api.Session learner = learner();
        submit(learner, attemptId);

        assertThat(checkResult(learner).get("result").get("duration")).isNull();
    }

    @Test
    void anAttemptLeftOpenForMoreThanADayGivesNoDuration() {
        String email = accounts.user(organisation, Role.LEARNER);
        Api.Session learner = api.logIn(email, TestAccounts.PASSWORD);
        String attemptId =
                api.get("/api/modules/" + module.id() + "/check", learner).text("attemptId");
        clock.advance(Duration.ofHours(25));
        learner = api.logIn(email, TestAccounts.PASSWORD);
        submit(learner, attemptId);

        assertThat(checkResult(learner).get("result").get("duration")).isNull();
    }
}
