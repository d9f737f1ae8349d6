package nl.signaal.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.RecommendedPath;
import nl.signaal.content.Content;
import nl.signaal.content.Scenario;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Beslissing 3 van ongeveer 8" and stopping a run (decision 0031), on the shipped Tikkies case. */
@MicronautTest(transactional = false)
class RunProgressAndAbandonTest extends DatabaseTest {
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
    Scenario scenario;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        organisation = accounts.organisation("Buurtteam Voortgang", "buurtteam");
        scenario = content.scenarios().stream()
                .filter(s -> s.definition().id().equals("buurtteam-tikkies"))
                .findFirst()
                .orElseThrow();
    }

    private Api.Session newLearner() {
        return api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
    }

    private JsonNode start(Api.Session learner) {
        Api.Response started =
                api.post("/api/scenarios/" + scenario.definition().id() + "/runs?locale=nl", Map.of(), learner);
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        return started.body();
    }

    private JsonNode choose(Api.Session learner, JsonNode run, String choiceId) {
        Api.Response chosen = api.post(
                "/api/runs/" + run.get("id").getStringValue() + "/choices?locale=nl",
                Map.of("clientChoiceId", UUID.randomUUID().toString(), "choiceId", choiceId),
                learner);
        assertThat(chosen.status()).as(chosen.raw().body()).isEqualTo(200);
        return chosen.body().get("run");
    }

    private Api.Response abandon(Api.Session learner, String runId) {
        return api.post("/api/runs/" + runId + "/abandon?locale=nl", Map.of(), learner);
    }

    private static int decision(JsonNode run) {
        return run.get("decision").getIntValue();
    }

    private static int about(JsonNode run) {
        return run.get("aboutDecisions").getIntValue();
    }

    @Test
    void onTheRecommendedPathTheEstimateIsExactFromTheFirstDecision() {
        Api.Session learner = newLearner();
        JsonNode run = start(learner);
        int estimate = about(run);
        assertThat(decision(run)).isEqualTo(1);
        assertThat(estimate).isGreaterThan(1);

        for (int i = 0; i < 50 && "ACTIVE".equals(run.get("status").getStringValue()); i++) {
            run = choose(learner, run, RecommendedPath.pick(scenario, run));
            if ("ACTIVE".equals(run.get("status").getStringValue())) {
                assertThat(decision(run)).isEqualTo(run.get("decisions").getIntValue() + 1);
                assertThat(about(run)).isEqualTo(estimate);
            }
        }

        assertThat(run.get("outcome").getStringValue()).isEqualTo("GOOD");
        assertThat(run.get("decisions").getIntValue()).isEqualTo(estimate);
        assertThat(decision(run)).isEqualTo(estimate);
        assertThat(about(run)).isEqualTo(estimate);
    }

    @Test
    void theEstimateIsNeverBelowTheDecisionBeingMadeAndShownOnReload() {
        Api.Session learner = newLearner();
        // Pubergedrag ("just puberty") skips ahead weeks: a shorter, poorer route.
        JsonNode run = choose(learner, start(learner), "pubergedrag");
        JsonNode reloaded = api.get("/api/runs/" + run.get("id").getStringValue() + "?locale=nl", learner)
                .body();

        assertThat(decision(run)).isEqualTo(2);
        assertThat(about(run)).isGreaterThanOrEqualTo(decision(run));
        assertThat(decision(reloaded)).isEqualTo(decision(run));
        assertThat(about(reloaded)).isEqualTo(about(run));
    }

    @Test
    void anAbandonedRunIsKeptButNoLongerOfferedToContinue() {
        Api.Session learner = newLearner();
        JsonNode run = start(learner);
        String runId = run.get("id").getStringValue();
        run = choose(learner, run, RecommendedPath.pick(scenario, run));

        Api.Response stopped = abandon(learner, runId);

        assertThat(stopped.status()).as(stopped.raw().body()).isEqualTo(200);
        assertThat(stopped.text("status")).isEqualTo("ABANDONED");
        assertThat(stopped.body().get("finishedAt").isNull()).isFalse();
        assertThat(stopped.body().get("scene").get("choices").size()).isZero();
        assertThat(stopped.body().get("decisions").getIntValue()).isEqualTo(1);

        JsonNode listed = api.get(
                        "/api/runs?scenarioId=" + scenario.definition().id(), learner)
                .body()
                .get(0);
        assertThat(listed.get("id").getStringValue()).isEqualTo(runId);
        assertThat(listed.get("status").getStringValue()).isEqualTo("ABANDONED");
        JsonNode card =
                api.get("/api/scenarios/" + scenario.definition().id(), learner).body();
        assertThat(card.get("activeRunId").isNull()).isTrue();

        Api.Response late = api.post(
                "/api/runs/" + runId + "/choices",
                Map.of("clientChoiceId", UUID.randomUUID().toString(), "choiceId", "anything"),
                learner);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("detail")).contains("stopped");
    }

    @Test
    void abandoningTwiceChangesNothing() {
        Api.Session learner = newLearner();
        String runId = start(learner).get("id").getStringValue();

        Api.Response first = abandon(learner, runId);
        Api.Response second = abandon(learner, runId);

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.raw().body()).isEqualTo(first.raw().body());
    }

    @Test
    void aFinishedRunCannotBeAbandoned() {
        Api.Session learner = newLearner();
        JsonNode run = start(learner);
        for (int i = 0; i < 50 && "ACTIVE".equals(run.get("status").getStringValue()); i++) {
            run = choose(learner, run, RecommendedPath.pick(scenario, run));
        }

        Api.Response stopped = abandon(learner, run.get("id").getStringValue());

        assertThat(stopped.status()).isEqualTo(409);
        assertThat(api.get("/api/runs/" + run.get("id").getStringValue(), learner)
                        .text("status"))
                .isEqualTo("FINISHED");
    }

    @Test
    void onlyTheOwnerCanAbandonARun() {
        Api.Session owner = newLearner();
        String runId = start(owner).get("id").getStringValue();
        UUID elsewhere = accounts.organisation("Buurtteam Elders", "buurtteam");
        Api.Session foreign = api.logIn(accounts.user(elsewhere, Role.COORDINATOR), TestAccounts.PASSWORD);

        assertThat(abandon(newLearner(), runId).status()).isEqualTo(404);
        assertThat(abandon(foreign, runId).status()).isEqualTo(404);
        assertThat(api.post("/api/runs/" + runId + "/abandon", Map.of(), null).status())
                .isEqualTo(401);
        assertThat(api.get("/api/runs/" + runId, owner).text("status")).isEqualTo("ACTIVE");
    }

    @Test
    void anOlderUnfinishedRunStaysOfferedBesideALaterGoodOne() {
        Api.Session learner = newLearner();
        JsonNode stale = start(learner);
        choose(learner, stale, RecommendedPath.pick(scenario, stale));
        JsonNode later = start(learner);
        for (int i = 0; i < 50 && "ACTIVE".equals(later.get("status").getStringValue()); i++) {
            later = choose(learner, later, RecommendedPath.pick(scenario, later));
        }

        JsonNode card =
                api.get("/api/scenarios/" + scenario.definition().id(), learner).body();
        assertThat(card.get("bestOutcome").getStringValue()).isEqualTo("GOOD");
        assertThat(card.get("activeRunId").getStringValue())
                .isEqualTo(stale.get("id").getStringValue());

        abandon(learner, stale.get("id").getStringValue());
        assertThat(api.get("/api/scenarios/" + scenario.definition().id(), learner)
                        .body()
                        .get("activeRunId")
                        .isNull())
                .isTrue();
    }
}
