package nl.signaal.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.RecommendedPath;
import nl.signaal.content.Content;
import nl.signaal.content.Question;
import nl.signaal.content.RefresherItem;
import nl.signaal.content.Scenario;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.learning.CheckAnswers;
import nl.signaal.simulation.SceneInteractions;
import nl.signaal.simulation.engine.Scene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What statements contain so that an organisation's LRS can roll them up (issue 17, decision 0042). */
@MicronautTest(transactional = false)
class StatementShapeTest extends DatabaseTest {
    private static final String ACTIVITIES = "https://signaal.nl/xapi/activities/";

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

    @Inject
    LearningRecordRepository records;

    Api api;
    UUID organisation;
    TrainingModule module;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        organisation = accounts.organisation("Shape Test", "buurtteam");
        module = content.module("de-aandachtsfunctionaris").orElseThrow();
    }

    private Api.Session learner() {
        return api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
    }

    private List<JsonNode> statements(Api.Session session, String scope) {
        Api.Response response = api.get("/api/xapi/statements?size=500&scope=" + scope, session);
        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        response.body().get("statements").values().forEach(found::add);
        return found;
    }

    private static String text(JsonNode node, String... path) {
        JsonNode at = node;
        for (String step : path) {
            at = at.get(step);
            if (at == null) {
                return null;
            }
        }
        return at.getStringValue();
    }

    private static List<String> ids(JsonNode statement, String kind) {
        List<String> ids = new ArrayList<>();
        JsonNode activities = statement.get("context").get("contextActivities");
        if (activities != null && activities.get(kind) != null) {
            activities.get(kind).values().forEach(a -> ids.add(a.get("id").getStringValue()));
        }
        return ids;
    }

    private static List<String> keys(JsonNode map) {
        List<String> keys = new ArrayList<>();
        map.entries().forEach(e -> keys.add(e.getKey()));
        return keys;
    }

    private static List<String> choiceIds(JsonNode definition) {
        List<String> ids = new ArrayList<>();
        definition.get("choices").values().forEach(c -> ids.add(c.get("id").getStringValue()));
        return ids;
    }

    @Test
    void aQuestionIsAChoiceOfItsCheckInItsModuleAndOnlyTheOrganisationGetsItsKey() {
        Api.Session learner = learner();
        String lesson = module.lessons().get(0).id();
        api.post("/api/modules/" + module.id() + "/lessons/" + lesson + "/views?locale=en", Map.of(), learner);
        CheckAnswers.submit(api, module, false, learner);
        String me = api.get("/api/me", learner).text("id");

        List<JsonNode> own = statements(learner, "own");
        assertThat(own).hasSize(module.check().questions().size() + 2);
        own.forEach(XapiRules::assertValid);
        String moduleIri = ACTIVITIES + "modules/" + module.id();
        for (JsonNode statement : own) {
            String verb = text(statement, "verb", "id");
            JsonNode definition = statement.get("object").get("definition");
            assertThat(ids(statement, "category")).containsExactly("https://signaal.nl/xapi/profiles/signaal");
            if (verb.endsWith("/experienced")) {
                assertThat(ids(statement, "parent")).containsExactly(moduleIri);
                assertThat(keys(definition.get("name"))).containsExactlyInAnyOrder("nl", "en", "ar", "tr", "pl");
            } else if (verb.endsWith("/failed")) {
                assertThat(ids(statement, "parent")).containsExactly(moduleIri);
            } else {
                String questionId = text(statement, "object", "id").replace(moduleIri + "/check/questions/", "");
                Question question = module.check().questions().stream()
                        .filter(q -> q.id().equals(questionId))
                        .findFirst()
                        .orElseThrow();
                assertThat(ids(statement, "parent")).containsExactly(moduleIri + "/check");
                assertThat(ids(statement, "grouping")).containsExactly(moduleIri);
                assertThat(text(definition, "interactionType")).isEqualTo("choice");
                assertThat(choiceIds(definition))
                        .containsExactlyElementsOf(question.options().stream()
                                .map(nl.signaal.content.Option::id)
                                .toList());
                assertThat(text(definition, "name", "en"))
                        .isEqualTo(question.prompt().in("en").text());
                assertThat(keys(definition.get("choices").get(0).get("description")))
                        .containsExactlyInAnyOrder("nl", "en", "ar", "tr", "pl");
                assertThat(definition.get("correctResponsesPattern"))
                        .as("a learner who failed does not get the key (decision 0020)")
                        .isNull();
            }
        }

        Api.Session coordinator = api.logIn(accounts.user(organisation, Role.COORDINATOR), TestAccounts.PASSWORD);
        List<JsonNode> answers = statements(coordinator, "organisation").stream()
                .filter(s -> me.equals(text(s, "actor", "account", "name")))
                .filter(s -> text(s, "verb", "id").endsWith("/answered"))
                .toList();
        assertThat(answers).hasSize(module.check().questions().size());
        for (JsonNode statement : answers) {
            XapiRules.assertValid(statement);
            String questionId = text(statement, "object", "id").replace(moduleIri + "/check/questions/", "");
            Question question = module.check().questions().stream()
                    .filter(q -> q.id().equals(questionId))
                    .findFirst()
                    .orElseThrow();
            assertThat(statement
                            .get("object")
                            .get("definition")
                            .get("correctResponsesPattern")
                            .get(0)
                            .getStringValue())
                    .isEqualTo(String.join("[,]", question.correct()));
        }
    }

    @Test
    void aCaseRunNamesItsScenesByTitleAndSettingAndItsCompletionTakesTheRunsDuration() {
        Api.Session learner = learner();
        Scenario scenario = content.scenarios().get(0);
        Api.Response started =
                api.post("/api/scenarios/" + scenario.definition().id() + "/runs?locale=en", Map.of(), learner);
        assertThat(started.status()).isEqualTo(201);
        JsonNode run = started.body();
        clock.advance(Duration.ofMinutes(7));
        for (int i = 0; i < 200 && "ACTIVE".equals(text(run, "status")); i++) {
            Api.Response chosen = api.post(
                    "/api/runs/" + text(run, "id") + "/choices?locale=en",
                    Map.of(
                            "clientChoiceId",
                            UUID.randomUUID().toString(),
                            "choiceId",
                            RecommendedPath.pick(scenario, run)),
                    learner);
            assertThat(chosen.status()).isEqualTo(200);
            run = chosen.body().get("run");
        }
        assertThat(text(run, "status")).isEqualTo("FINISHED");

        String caseIri = ACTIVITIES + "scenarios/" + scenario.id();
        List<JsonNode> all = statements(learner, "own");
        all.forEach(XapiRules::assertValid);
        int completed = 0;
        for (JsonNode statement : all) {
            String object = text(statement, "object", "id");
            JsonNode definition = statement.get("object").get("definition");
            if (object.equals(caseIri)) {
                completed++;
                Duration took = Duration.parse(text(statement, "result", "duration"));
                assertThat(took).isBetween(Duration.ofMinutes(7), Duration.ofMinutes(8));
                continue;
            }
            String nodeId = object.substring((caseIri + "/nodes/").length());
            Scene scene = (Scene) scenario.definition().node(nodeId);
            assertThat(ids(statement, "parent")).containsExactly(caseIri);
            assertThat(text(definition, "name", "en"))
                    .doesNotContain(nodeId)
                    .isEqualTo(SceneInteractions.sceneNames(scenario, scene).get("en"));
            assertThat(text(definition, "interactionType")).isEqualTo("choice");
            assertThat(choiceIds(definition))
                    .containsExactlyElementsOf(scene.choices().stream()
                            .map(nl.signaal.simulation.engine.Choice::id)
                            .toList());
        }
        assertThat(completed).isEqualTo(1);
    }

    @Test
    void aRefresherItemIsPartOfItsSessionWithinItsModuleAndTrueFalseItemsAreTypedSo() {
        String email = accounts.user(organisation, Role.LEARNER);
        CheckAnswers.submit(api, module, true, api.logIn(email, TestAccounts.PASSWORD));
        clock.advance(Duration.ofDays(60));
        Api.Session learner = api.logIn(email, TestAccounts.PASSWORD);
        Api.Response started = api.post("/api/refresher-sessions?locale=en", Map.of(), learner);
        assertThat(started.status()).isEqualTo(201);
        String sessionId = started.text("id");
        List<String> itemIds = new ArrayList<>();
        started.body()
                .get("items")
                .values()
                .forEach(item -> itemIds.add(item.get("id").getStringValue()));
        for (String itemId : itemIds) {
            RefresherItem item = content.refresherItems().stream()
                    .filter(i -> i.id().equals(itemId))
                    .findFirst()
                    .orElseThrow();
            assertThat(api.post(
                                    "/api/refresher-sessions/" + sessionId + "/answers?locale=en",
                                    Map.of(
                                            "clientAnswerId",
                                            UUID.randomUUID().toString(),
                                            "itemId",
                                            itemId,
                                            "optionIds",
                                            item.correct()),
                                    learner)
                            .status())
                    .isEqualTo(200);
        }

        List<JsonNode> answers = statements(learner, "own").stream()
                .filter(s -> sessionId.equals(text(s, "context", "registration")))
                .filter(s -> text(s, "verb", "id").endsWith("/answered"))
                .toList();
        assertThat(answers).hasSize(itemIds.size());
        for (JsonNode statement : answers) {
            XapiRules.assertValid(statement);
            String itemId = text(statement, "object", "id").replace(ACTIVITIES + "refreshers/items/", "");
            RefresherItem item = content.refresherItems().stream()
                    .filter(i -> i.id().equals(itemId))
                    .findFirst()
                    .orElseThrow();
            assertThat(ids(statement, "parent")).containsExactly(ACTIVITIES + "refreshers/sessions/" + sessionId);
            assertThat(ids(statement, "grouping")).containsExactly(ACTIVITIES + "modules/" + module.id());
            assertThat(text(statement, "object", "definition", "interactionType"))
                    .isEqualTo(item.type() == RefresherItem.Type.TRUE_FALSE ? "true-false" : "choice");
        }
    }

    @Test
    void aStatementStoredBeforeContextActivitiesGetsThemWhenRead() {
        Api.Session learner = learner();
        UUID me = UUID.fromString(api.get("/api/me", learner).text("id"));
        UUID id = UUID.randomUUID();
        UUID attempt = UUID.randomUUID();
        String activity = ACTIVITIES + "modules/" + module.id() + "/check/questions/q1";
        // The shape statements had before decision 0042, as stored then.
        String stored = "{\"id\":\"" + id + "\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":"
                + "\"http://localhost\",\"name\":\"" + me + "\"}},\"verb\":{\"id\":"
                + "\"http://adlnet.gov/expapi/verbs/answered\",\"display\":{\"en-US\":\"answered\"}},"
                + "\"object\":{\"objectType\":\"Activity\",\"id\":\"" + activity + "\",\"definition\":{\"type\":"
                + "\"http://adlnet.gov/expapi/activities/cmi.interaction\",\"name\":{\"nl\":\"Vraag\"},"
                + "\"interactionType\":\"choice\"}},\"result\":{\"success\":true,\"response\":\"a\"},"
                + "\"context\":{\"registration\":\"" + attempt + "\",\"platform\":\"Signaal\",\"language\":\"nl\","
                + "\"extensions\":{\"https://signaal.nl/xapi/extensions/content-version\":1,"
                + "\"https://signaal.nl/xapi/extensions/module\":\"" + module.id() + "\"}},"
                + "\"timestamp\":\"2026-01-05T10:00:00Z\",\"stored\":\"2026-01-05T10:00:00Z\",\"version\":\"1.0.3\"}";
        records.save(new LearningRecord(
                id,
                me,
                organisation,
                "ANSWERED",
                activity,
                module.id(),
                attempt,
                1.0,
                true,
                Instant.parse("2026-01-05T10:00:00Z"),
                stored));

        List<JsonNode> read = statements(learner, "own");
        assertThat(read).hasSize(1);
        XapiRules.assertValid(read.get(0));
        assertThat(ids(read.get(0), "parent")).containsExactly(ACTIVITIES + "modules/" + module.id() + "/check");
        assertThat(ids(read.get(0), "grouping")).containsExactly(ACTIVITIES + "modules/" + module.id());
        assertThat(text(read.get(0), "result", "response")).isEqualTo("a");
    }

    @Test
    void theValidatorFindsWhatBreaksTheRules() throws Exception {
        JsonNode broken = json.readValue(
                "{\"id\":\"x\",\"verb\":{\"id\":\"answered\",\"display\":{\"not a tag!\":\"a\"}},"
                        + "\"object\":{\"id\":\"relative/path\",\"definition\":{\"interactionType\":\"multiple\","
                        + "\"choices\":[{\"id\":\"a\",\"description\":{\"en\":\"A\"}}],"
                        + "\"correctResponsesPattern\":[\"b\"]}},\"result\":{\"duration\":\"7 minutes\"},"
                        + "\"timestamp\":\"yesterday\"}",
                JsonNode.class);
        assertThat(XapiRules.problems(broken))
                .anyMatch(p -> p.startsWith("id:"))
                .anyMatch(p -> p.startsWith("verb.id:"))
                .anyMatch(p -> p.startsWith("verb.display:"))
                .anyMatch(p -> p.startsWith("object.id:"))
                .anyMatch(p -> p.startsWith("object.definition.interactionType:"))
                .anyMatch(p -> p.startsWith("object.definition.correctResponsesPattern:"))
                .anyMatch(p -> p.startsWith("result.duration:"))
                .anyMatch(p -> p.startsWith("timestamp:"));
    }
}
