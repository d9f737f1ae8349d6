package nl.signaal.refresher;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.content.Scenario;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.learning.CheckAnswers;
import nl.signaal.progress.XapiRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Decision points from case simulations in micro-refreshers, on the shipped content: a learner in education who
 * completed de-aandachtsfunctionaris (which never asks about victim-or-perpetrator) gets, in their fifth session,
 * the decision point marked for that competency in the education scenario.
 */
@MicronautTest(transactional = false)
class DecisionPointApiTest extends DatabaseTest {
    private static final String KEY = "scenarios/school-zorgcoordinator/nodes/aandachtsfunctionaris";
    private static final String COMPETENCY = "victim-or-perpetrator";

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
        organisation = accounts.organisation("Decision Point School", "onderwijs");
        scenario = content.scenario("school-zorgcoordinator").orElseThrow();
    }

    /** A learner who completed de-aandachtsfunctionaris with every answer right. */
    private Api.Session learner() {
        Api.Session session = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        TrainingModule module = content.module("de-aandachtsfunctionaris").orElseThrow();
        Api.Response passed = api.post(
                "/api/modules/" + module.id() + "/check/attempts",
                Map.of("attemptId", UUID.randomUUID().toString(), "answers", CheckAnswers.of(module, true)),
                session);
        assertThat(passed.body().get("passed").getBooleanValue()).isTrue();
        return session;
    }

    private JsonNode start(Api.Session session) {
        Api.Response started = api.post("/api/refresher-sessions?locale=en", Map.of(), session);
        assertThat(started.status()).isEqualTo(201);
        return started.body();
    }

    /** Starts four sessions without a decision point; the fifth has one. */
    private JsonNode fifthSession(Api.Session session) {
        for (int number = 1; number <= 4; number++) {
            start(session)
                    .get("items")
                    .values()
                    .forEach(item ->
                            assertThat(item.get("type").getStringValue()).isNotEqualTo("decision"));
        }
        return start(session);
    }

    private Api.Response answer(Api.Session session, JsonNode refresher, UUID clientAnswerId, List<String> choices) {
        return api.post(
                "/api/refresher-sessions/" + refresher.get("id").getStringValue() + "/answers?locale=en",
                Map.of("clientAnswerId", clientAnswerId.toString(), "itemId", KEY, "optionIds", choices),
                session);
    }

    private String feedback(String choice) {
        return scenario.choiceFeedback()
                .get("aandachtsfunctionaris/" + choice)
                .in("en")
                .text();
    }

    private JsonNode competency(Api.Session session) {
        for (JsonNode entry : api.get("/api/me/refreshers?locale=en", session)
                .body()
                .get("competencies")
                .values()) {
            if (entry.get("competency").getStringValue().equals(COMPETENCY)) {
                return entry;
            }
        }
        return null;
    }

    private List<JsonNode> statements(Api.Session session, JsonNode refresher) {
        List<JsonNode> recorded = new ArrayList<>();
        api.get("/api/xapi/statements?size=500", session)
                .body()
                .get("statements")
                .values()
                .forEach(statement -> {
                    JsonNode registration = statement.get("context").get("registration");
                    // The session's answers; its own completed (decision 0055) shares the registration.
                    if (registration != null
                            && statement.get("verb").get("id").getStringValue().endsWith("/answered")
                            && registration
                                    .getStringValue()
                                    .equals(refresher.get("id").getStringValue())) {
                        recorded.add(statement);
                    }
                });
        return recorded;
    }

    @Test
    void theFifthSessionEndsWithADecisionPointForTheWeakestCompetencyFromTheLearnersSector() {
        JsonNode fifth = fifthSession(learner());

        List<JsonNode> items = new ArrayList<>();
        fifth.get("items").values().forEach(items::add);
        assertThat(items).hasSize(5);
        assertThat(items.subList(0, 4))
                .allSatisfy(
                        item -> assertThat(item.get("type").getStringValue()).isNotEqualTo("decision"));
        JsonNode decision = items.get(4);
        assertThat(decision.get("id").getStringValue()).isEqualTo(KEY);
        assertThat(decision.get("type").getStringValue()).isEqualTo("decision");
        assertThat(decision.get("competency").getStringValue()).isEqualTo(COMPETENCY);
        assertThat(decision.get("prompt").isNull()).isTrue();
        JsonNode fromCase = decision.get("fromCase");
        assertThat(fromCase.get("scenarioId").getStringValue()).isEqualTo(scenario.id());
        assertThat(fromCase.get("title").getStringValue())
                .isEqualTo(scenario.title().in("en").text());
        assertThat(fromCase.get("html").getStringValue())
                .isEqualTo(scenario.nodeHtml()
                        .get("aandachtsfunctionaris")
                        .in("en")
                        .text());
        List<String> options = new ArrayList<>();
        decision.get("options")
                .values()
                .forEach(option -> options.add(option.get("id").getStringValue()));
        assertThat(options).as("in this session's order").containsExactlyInAnyOrder("allebei", "schorsen");
    }

    @Test
    void answeringADecisionPointRecordsItOnceAndUpdatesTheCompetencysMemoryButNoModule() {
        Api.Session session = learner();
        JsonNode fifth = fifthSession(session);
        assertThat(competency(session)).isNull();
        JsonNode moduleBefore =
                api.get("/api/me/refreshers?locale=en", session).body().get("modules");
        UUID clientAnswerId = UUID.randomUUID();

        Api.Response once = answer(session, fifth, clientAnswerId, List.of("allebei"));
        Api.Response retried = answer(session, fifth, clientAnswerId, List.of("schorsen"));

        for (Api.Response response : List.of(once, retried)) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body().get("correct").getBooleanValue()).isTrue();
            assertThat(response.text("explanation")).isEqualTo(feedback("allebei"));
            assertThat(response.body().get("correctOptionIds").get(0).getStringValue())
                    .isEqualTo("allebei");
            assertThat(response.body().get("betterExplanation").isNull()).isTrue();
            assertThat(response.body()
                            .get("session")
                            .get("items")
                            .get(4)
                            .get("answered")
                            .getBooleanValue())
                    .isTrue();
        }
        List<JsonNode> recorded = statements(session, fifth);
        assertThat(recorded).hasSize(1);
        JsonNode statement = recorded.get(0);
        assertThat(statement.get("id").getStringValue()).isEqualTo(clientAnswerId.toString());
        assertThat(statement.get("verb").get("id").getStringValue()).endsWith("/answered");
        assertThat(statement.get("object").get("id").getStringValue()).endsWith("/activities/" + KEY);
        assertThat(statement.get("result").get("response").getStringValue()).isEqualTo("allebei");
        XapiRules.assertValid(statement);
        assertThat(statement
                        .get("context")
                        .get("contextActivities")
                        .get("parent")
                        .get(0)
                        .get("id")
                        .getStringValue())
                .endsWith("/activities/refreshers/sessions/" + fifth.get("id").getStringValue());
        assertThat(statement
                        .get("context")
                        .get("contextActivities")
                        .get("grouping")
                        .get(0)
                        .get("id")
                        .getStringValue())
                .endsWith("/activities/scenarios/school-zorgcoordinator");
        JsonNode definition = statement.get("object").get("definition");
        assertThat(definition.get("interactionType").getStringValue()).isEqualTo("choice");
        assertThat(definition.get("name").get("nl").getStringValue()).doesNotContain("aandachtsfunctionaris");
        List<String> extensions = new ArrayList<>();
        statement.get("context").get("extensions").entries().forEach(e -> extensions.add(e.getKey()));
        assertThat(extensions)
                .anyMatch(key -> key.endsWith("/extensions/competency"))
                .noneMatch(key -> key.endsWith("/extensions/module"));

        JsonNode memory = competency(session);
        assertThat(memory).isNotNull();
        assertThat(memory.get("retrievability").getDoubleValue()).isGreaterThan(0.99);
        assertThat(api.get("/api/me/refreshers?locale=en", session).body().get("modules"))
                .isEqualTo(moduleBefore);
    }

    @Test
    void refusesAnUnknownChoiceAndTwoChoicesByFieldAndExplainsTheBetterChoiceAfterAnother() {
        Api.Session session = learner();
        JsonNode fifth = fifthSession(session);

        Api.Response unknown = answer(session, fifth, UUID.randomUUID(), List.of("weglopen"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("optionIds");
        Api.Response two = answer(session, fifth, UUID.randomUUID(), List.of("allebei", "schorsen"));
        assertThat(two.status()).isEqualTo(400);
        assertThat(two.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("optionIds");
        assertThat(statements(session, fifth)).isEmpty();

        Api.Response other = answer(session, fifth, UUID.randomUUID(), List.of("schorsen"));
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body().get("correct").getBooleanValue()).isFalse();
        assertThat(other.text("explanation")).isEqualTo(feedback("schorsen"));
        assertThat(other.text("betterExplanation")).isEqualTo(feedback("allebei"));
        assertThat(other.body().get("correctOptionIds").get(0).getStringValue()).isEqualTo("allebei");
        assertThat(competency(session).get("retrievability").getDoubleValue()).isGreaterThan(0.99);

        Api.Response again = answer(session, fifth, UUID.randomUUID(), List.of("allebei"));
        assertThat(again.status()).isEqualTo(409);
    }
}
