package nl.signaal.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.RecommendedPath;
import nl.signaal.content.Content;
import nl.signaal.content.Scenario;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.simulation.engine.Choice;
import nl.signaal.simulation.engine.Scene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Playing the shipped scenarios through the API; which choice to take comes from the content model. */
@MicronautTest(transactional = false)
class SimulationApiTest extends DatabaseTest {
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
    ScenarioVersionRepository versions;

    @Inject
    SimulationRunRepository runs;

    Api api;
    UUID organisation;
    Scenario scenario;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        organisation = accounts.organisation("Buurtteam Simulatie", "buurtteam");
        scenario = content.scenarios().get(0);
    }

    private Api.Session newLearner() {
        return api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
    }

    private JsonNode start(Api.Session learner) {
        Api.Response started =
                api.post("/api/scenarios/" + scenario.definition().id() + "/runs?locale=en", Map.of(), learner);
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        assertThat(started.header("Location")).isEqualTo("/api/runs/" + started.text("id"));
        return started.body();
    }

    private Api.Response choose(Api.Session learner, String runId, UUID clientChoiceId, String choiceId) {
        return api.post(
                "/api/runs/" + runId + "/choices?locale=en",
                Map.of("clientChoiceId", clientChoiceId.toString(), "choiceId", choiceId),
                learner);
    }

    private String pick(JsonNode run) {
        return RecommendedPath.pick(scenario, run);
    }

    private JsonNode playToEnd(Api.Session learner, JsonNode run) {
        for (int i = 0; i < 200 && "ACTIVE".equals(run.get("status").getStringValue()); i++) {
            Api.Response chosen = choose(learner, run.get("id").getStringValue(), UUID.randomUUID(), pick(run));
            assertThat(chosen.status()).as(chosen.raw().body()).isEqualTo(200);
            run = chosen.body().get("run");
        }
        return run;
    }

    @Test
    void theCatalogueIsPublicAndCountsScenesAndEndings() {
        JsonNode first = listed(api.get("/api/scenarios?locale=en", null).body());
        assertThat(first.get("title").getStringValue())
                .isEqualTo(scenario.title().in("en").text());
        assertThat(first.get("sceneCount").getIntValue()).isGreaterThanOrEqualTo(12);
        assertThat(first.get("endingCount").getIntValue()).isGreaterThanOrEqualTo(3);
        assertThat(first.get("bestOutcome").isNull()).isTrue();
        assertThat(api.post("/api/scenarios/" + scenario.definition().id() + "/runs", Map.of(), null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void theLearnersOwnSectorComesFirstThenCasesForEveryone() {
        assertThat(content.scenarios())
                .anyMatch(s -> s.definition().targetGroups().isEmpty())
                .anyMatch(s -> s.definition().targetGroups().contains("buurtteam"));

        JsonNode forBuurtteam = api.get("/api/scenarios", newLearner()).body();
        JsonNode forAnyone = api.get("/api/scenarios", null).body();

        assertThat(forBuurtteam.get(0).get("targetGroups").values())
                .extracting(JsonNode::getStringValue)
                .contains("buurtteam");
        assertThat(forAnyone.get(0).get("targetGroups").size()).isZero();
        assertThat(forAnyone.size()).isEqualTo(content.scenarios().size());
    }

    @Test
    void aRunOffersOnlyTheChoicesWhoseConditionsHold() {
        JsonNode run = start(newLearner());
        JsonNode scene = run.get("scene");
        assertThat(scene.get("nodeId").getStringValue())
                .isEqualTo(scenario.definition().start());
        assertThat(scene.get("html").getStringValue()).isNotBlank();
        var offered = new ArrayList<String>();
        scene.get("choices").values().forEach(c -> offered.add(c.get("id").getStringValue()));
        var expected = nl.signaal.simulation.engine.Play.available(
                        scenario.definition(),
                        scenario.definition().start(),
                        scenario.definition().initialState())
                .stream()
                .map(Choice::id)
                .toList();
        assertThat(offered).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theChoicesAreShuffledPerRunStableOnReloadAndTheRecommendedOneIsNotAlwaysFirst() {
        Api.Session learner = newLearner();
        String start = scenario.definition().start();
        String recommended = ((Scene) scenario.definition().node(start))
                .choices().stream()
                        .filter(Choice::recommended)
                        .map(Choice::id)
                        .findFirst()
                        .orElseThrow();
        Set<Integer> positions = new HashSet<>();
        Set<List<String>> orders = new HashSet<>();
        int offered = 0;
        for (int i = 0; i < 40; i++) {
            JsonNode run = start(learner);
            List<String> order = choiceIds(run);
            offered = order.size();
            String runId = run.get("id").getStringValue();
            assertThat(choiceIds(api.get("/api/runs/" + runId + "?locale=en", learner)
                            .body()))
                    .as("a reload shows the same order")
                    .isEqualTo(order);
            positions.add(order.indexOf(recommended));
            orders.add(order);
        }
        assertThat(orders).as("new runs, new orders").hasSizeGreaterThan(1);
        assertThat(positions)
                .as("the recommended choice reaches every position")
                .hasSize(offered);
    }

    private static List<String> choiceIds(JsonNode run) {
        List<String> ids = new ArrayList<>();
        run.get("scene")
                .get("choices")
                .values()
                .forEach(c -> ids.add(c.get("id").getStringValue()));
        return ids;
    }

    @Test
    void followingTheRecommendationsReachesAGoodEndingAndAFullDebrief() {
        Api.Session learner = newLearner();
        JsonNode end = playToEnd(learner, start(learner));

        assertThat(end.get("status").getStringValue()).isEqualTo("FINISHED");
        assertThat(end.get("outcome").getStringValue()).isEqualTo("GOOD");
        assertThat(end.get("ending").get("html").getStringValue()).isNotBlank();

        JsonNode debrief = api.get("/api/runs/" + end.get("id").getStringValue() + "/debrief?locale=en", learner)
                .body();
        assertThat(debrief.get("decisions").size())
                .isEqualTo(end.get("decisions").getIntValue());
        debrief.get("decisions").values().forEach(d -> {
            assertThat(d.get("followedRecommendation").getBooleanValue()).isTrue();
            assertThat(d.get("chosen").get("feedback").getStringValue()).isNotBlank();
            // the recommended choice is the best on offer: nothing for "why did it go this way?" (decision 0030)
            assertThat(d.get("best").get("id").getStringValue())
                    .isEqualTo(d.get("chosen").get("id").getStringValue());
            assertThat(d.get("belowBest").getBooleanValue()).isFalse();
        });
        assertThat(debrief.get("recommendedPath").size()).isPositive();
        assertThat(debrief.get("competencies").size()).isPositive();
        debrief.get("competencies").values().forEach(c -> {
            if (c.get("practised").getBooleanValue()) {
                assertThat(c.get("score").getNumberValue().doubleValue()).isEqualTo(1.0);
                assertThat(c.get("earned").getIntValue())
                        .isEqualTo(c.get("attainable").getIntValue());
            } else {
                assertThat(c.get("attainable").getIntValue()).isZero();
                assertThat(c.get("score") == null || c.get("score").isNull()).isTrue();
            }
        });
        assertThat(debrief.get("debriefHtml").getStringValue()).isNotBlank();

        JsonNode listed = listed(api.get("/api/scenarios", learner).body());
        assertThat(listed.get("bestOutcome").getStringValue()).isEqualTo("GOOD");
        assertThat(listed.get("activeRunId").isNull()).isTrue();
    }

    @Test
    void retryingAChoiceReturnsTheSameResultAndRecordsItOnce() {
        Api.Session learner = newLearner();
        JsonNode run = start(learner);
        String runId = run.get("id").getStringValue();
        UUID clientChoiceId = UUID.randomUUID();
        String choice = pick(run);

        Api.Response first = choose(learner, runId, clientChoiceId, choice);
        int statements = statementCount(learner);
        Api.Response retry = choose(learner, runId, clientChoiceId, choice);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.raw().body()).isEqualTo(first.raw().body());
        assertThat(api.get("/api/runs/" + runId, learner)
                        .body()
                        .get("decisions")
                        .getIntValue())
                .isEqualTo(1);
        assertThat(statementCount(learner)).isEqualTo(statements);
    }

    @Test
    void aChoiceThatIsNotOnOfferIsAConflictWithTheReason() {
        Api.Session learner = newLearner();
        String runId = start(learner).get("id").getStringValue();

        Api.Response unknown = choose(learner, runId, UUID.randomUUID(), "no-such-choice");

        assertThat(unknown.status()).isEqualTo(409);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.text("detail")).contains("no-such-choice");
        assertThat(api.get("/api/runs/" + runId, learner)
                        .body()
                        .get("decisions")
                        .getIntValue())
                .isZero();
    }

    @Test
    void aRunCanBeLeftAndResumed() {
        Api.Session learner = newLearner();
        JsonNode run = start(learner);
        String runId = run.get("id").getStringValue();
        JsonNode afterOne =
                choose(learner, runId, UUID.randomUUID(), pick(run)).body().get("run");

        JsonNode listed = api.get(
                        "/api/runs?scenarioId=" + scenario.definition().id(), learner)
                .body()
                .get(0);
        JsonNode resumed = api.get("/api/runs/" + runId + "?locale=en", learner).body();

        assertThat(listed.get("id").getStringValue()).isEqualTo(runId);
        assertThat(listed.get("status").getStringValue()).isEqualTo("ACTIVE");
        assertThat(resumed.get("scene").get("nodeId").getStringValue())
                .isEqualTo(afterOne.get("scene").get("nodeId").getStringValue());
        assertThat(listed(api.get("/api/scenarios", learner).body())
                        .get("activeRunId")
                        .getStringValue())
                .isEqualTo(runId);
    }

    @Test
    void anotherLearnersRunIsNotFound() {
        Api.Session owner = newLearner();
        JsonNode run = start(owner);
        String runId = run.get("id").getStringValue();
        Api.Session other = newLearner();

        assertThat(api.get("/api/runs/" + runId, other).status()).isEqualTo(404);
        assertThat(choose(other, runId, UUID.randomUUID(), pick(run)).status()).isEqualTo(404);
        assertThat(api.get("/api/runs/" + runId + "/debrief", other).status()).isEqualTo(404);
        assertThat(api.post("/api/runs/" + runId + "/replays", Map.of("fromStep", 0), other)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/runs/" + runId, null).status()).isEqualTo(401);
    }

    @Test
    void theDebriefWaitsForAnEndingAndAFinishedRunTakesNoMoreChoices() {
        Api.Session learner = newLearner();
        JsonNode run = start(learner);
        String runId = run.get("id").getStringValue();
        assertThat(api.get("/api/runs/" + runId + "/debrief", learner).status()).isEqualTo(409);

        playToEnd(learner, run);
        Api.Response late = choose(learner, runId, UUID.randomUUID(), "anything");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("detail")).contains("ended");
    }

    @Test
    void replayingFromADecisionStartsANewRunAtThatScene() {
        Api.Session learner = newLearner();
        JsonNode original = playToEnd(learner, start(learner));
        String originalId = original.get("id").getStringValue();
        JsonNode decisions =
                api.get("/api/runs/" + originalId + "/debrief", learner).body().get("decisions");

        Api.Response replay =
                api.post("/api/runs/" + originalId + "/replays?locale=en", Map.of("fromStep", 1), learner);

        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.text("id")).isNotEqualTo(originalId);
        assertThat(replay.body().get("decisions").getIntValue()).isEqualTo(1);
        assertThat(replay.body().get("scene").get("nodeId").getStringValue())
                .isEqualTo(decisions.get(1).get("nodeId").getStringValue());
        assertThat(api.get("/api/runs/" + originalId, learner)
                        .body()
                        .get("status")
                        .getStringValue())
                .isEqualTo("FINISHED");
        Api.Response tooFar = api.post(
                "/api/runs/" + originalId + "/replays",
                Map.of("fromStep", original.get("decisions").getIntValue()),
                learner);
        assertThat(tooFar.status()).isEqualTo(400);
        assertThat(tooFar.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("fromStep");
    }

    @Test
    void aRunStaysOnTheVersionItStartedOnWhenContentMovesOn() {
        Api.Session learner = newLearner();
        String learnerId = api.get("/api/me", learner).text("id");
        String id = scenario.definition().id();
        int old = scenario.definition().version() + 100;
        // An older version whose files differ from today's: another version number and another English title.
        Map<String, String> files = new java.util.HashMap<>(scenario.sourceFiles());
        files.put("scenario.yaml", files.get("scenario.yaml").replaceFirst("(?m)^version: *\\d+", "version: " + old));
        String oldTitle = "The version of last year";
        files.put("en.yaml", files.get("en.yaml").replaceFirst("(?m)^title: .*$", "title: " + oldTitle));
        versions.save(
                new ScenarioVersion(ScenarioVersion.key(id, old), id, old, new Json(json).files(files), Instant.now()));
        UUID runId = UUID.randomUUID();
        runs.save(new SimulationRun(
                runId,
                UUID.fromString(learnerId),
                organisation,
                id,
                old,
                SimulationRun.ACTIVE,
                scenario.definition().start(),
                new Json(json).state(scenario.definition().initialState()),
                0,
                null,
                null,
                Instant.now(),
                null));

        JsonNode pinned = api.get("/api/runs/" + runId + "?locale=en", learner).body();
        assertThat(pinned.get("scenarioVersion").getIntValue()).isEqualTo(old);
        assertThat(pinned.get("title").getStringValue()).isEqualTo(oldTitle);
        JsonNode end = playToEnd(learner, pinned);
        assertThat(end.get("status").getStringValue()).isEqualTo("FINISHED");
    }

    @Test
    void everySceneChoiceAndEndingIsALearningRecordOfTheRun() {
        Api.Session learner = newLearner();
        JsonNode end = playToEnd(learner, start(learner));
        String runId = end.get("id").getStringValue();
        int decisions = end.get("decisions").getIntValue();

        List<String> verbs = new ArrayList<>();
        for (JsonNode statement : api.get("/api/xapi/statements?size=500", learner)
                .body()
                .get("statements")
                .values()) {
            assertThat(statement.get("context").get("registration").getStringValue())
                    .isEqualTo(runId);
            String verb = statement.get("verb").get("id").getStringValue();
            verbs.add(verb.substring(verb.lastIndexOf('/') + 1));
        }
        assertThat(verbs).filteredOn("responded"::equals).hasSize(decisions);
        assertThat(verbs).filteredOn("experienced"::equals).hasSize(decisions);
        assertThat(verbs).filteredOn("completed"::equals).hasSize(1);
    }

    /** This test's scenario in a catalogue answer (whose order depends on who asks). */
    private JsonNode listed(JsonNode catalogue) {
        for (JsonNode entry : catalogue.values()) {
            if (entry.get("id").getStringValue().equals(scenario.definition().id())) {
                return entry;
            }
        }
        throw new AssertionError(scenario.definition().id() + " is not in the catalogue");
    }

    private int statementCount(Api.Session learner) {
        return api.get("/api/xapi/statements?size=500", learner)
                .body()
                .get("statements")
                .size();
    }
}
