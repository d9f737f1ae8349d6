package nl.signaal.refresher;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.content.Content;
import nl.signaal.content.RefresherItem;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.learning.CheckAnswers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Memory states, module statuses and micro-refreshers through the API, on the shipped content. */
@MicronautTest(transactional = false)
class RefresherApiTest extends DatabaseTest {
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
        organisation = accounts.organisation("Refresher Test", "jeugdhulp");
        module = content.module("de-aandachtsfunctionaris").orElseThrow();
    }

    private Api.Session logIn(String email) {
        return api.logIn(email, TestAccounts.PASSWORD);
    }

    private String newLearner() {
        return accounts.user(organisation, Role.LEARNER);
    }

    private JsonNode refreshers(Api.Session session) {
        Api.Response response = api.get("/api/me/refreshers?locale=en", session);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode moduleIn(JsonNode refreshers, String moduleId) {
        for (JsonNode entry : refreshers.get("modules").values()) {
            if (entry.get("moduleId").getStringValue().equals(moduleId)) {
                return entry;
            }
        }
        throw new AssertionError("no module " + moduleId);
    }

    private String status(Api.Session session) {
        return moduleIn(refreshers(session), module.id()).get("status").getStringValue();
    }

    private JsonNode start(Api.Session session) {
        Api.Response started = api.post("/api/refresher-sessions?locale=en", Map.of(), session);
        assertThat(started.status()).isEqualTo(201);
        assertThat(started.header("Location")).isEqualTo("/api/refresher-sessions/" + started.text("id"));
        return started.body();
    }

    private RefresherItem item(String id) {
        return content.refresherItems().stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> options(RefresherItem item, boolean right) {
        if (right) {
            return item.correct();
        }
        if (item.type() == RefresherItem.Type.TRUE_FALSE) {
            return List.of(item.correct().contains("true") ? "false" : "true");
        }
        return item.options().stream()
                .filter(o -> !item.correct().contains(o))
                .findFirst()
                .map(List::of)
                .orElse(item.correct().subList(0, item.correct().size() - 1));
    }

    private Api.Response answer(
            Api.Session session, String sessionId, UUID clientAnswerId, String itemId, List<String> optionIds) {
        return api.post(
                "/api/refresher-sessions/" + sessionId + "/answers?locale=en",
                Map.of("clientAnswerId", clientAnswerId.toString(), "itemId", itemId, "optionIds", optionIds),
                session);
    }

    private static List<String> itemIds(JsonNode session) {
        List<String> ids = new ArrayList<>();
        session.get("items").values().forEach(item -> ids.add(item.get("id").getStringValue()));
        return ids;
    }

    @Test
    void aCompletedModuleIsCurrentThenDueSoonOverdueAndLapsedAsTimePassesAndCurrentAgainAfterARefresher() {
        String learner = newLearner();
        Api.Session session = logIn(learner);
        CheckAnswers.submit(api, module, true, session);

        JsonNode fresh = refreshers(session);
        assertThat(moduleIn(fresh, module.id()).get("status").getStringValue()).isEqualTo("CURRENT");
        assertThat(fresh.get("suggested").getBooleanValue()).isFalse();

        // A full-marks pass at the default target of 0.85 is due after 25 days.
        clock.advance(Duration.ofDays(20));
        assertThat(status(logIn(learner))).isEqualTo("DUE_SOON");
        clock.advance(Duration.ofDays(40));
        Api.Response overdue = api.get("/api/me/refreshers", logIn(learner));
        assertThat(moduleIn(overdue.body(), module.id()).get("status").getStringValue())
                .isEqualTo("OVERDUE");
        assertThat(overdue.body().get("suggested").getBooleanValue()).isTrue();
        clock.advance(Duration.ofDays(18 * 30 - 60));
        session = logIn(learner);
        assertThat(status(session)).isEqualTo("LAPSED");

        JsonNode refresher = start(session);
        String sessionId = refresher.get("id").getStringValue();
        assertThat(itemIds(refresher))
                .hasSizeBetween(3, 5)
                .allSatisfy(id -> assertThat(item(id).moduleId()).isEqualTo(module.id()));
        JsonNode last = null;
        for (String itemId : itemIds(refresher)) {
            Api.Response answered = answer(session, sessionId, UUID.randomUUID(), itemId, options(item(itemId), true));
            assertThat(answered.status()).isEqualTo(200);
            assertThat(answered.body().get("correct").getBooleanValue()).isTrue();
            last = answered.body().get("session");
        }
        assertThat(last.get("finishedAt").isNull()).isFalse();
        assertThat(status(session)).isEqualTo("CURRENT");
    }

    @Test
    void aModuleNotCompletedHasNoStatusAndEveryOtherModuleIsNotCompleted() {
        Api.Session session = logIn(newLearner());
        CheckAnswers.submit(api, module, true, session);

        for (JsonNode entry : refreshers(session).get("modules").values()) {
            boolean completed = entry.get("moduleId").getStringValue().equals(module.id());
            assertThat(entry.get("status").getStringValue()).isEqualTo(completed ? "CURRENT" : "NOT_COMPLETED");
            assertThat(entry.get("dueAt").isNull()).isEqualTo(!completed);
        }
    }

    @Test
    void aSessionPicksTheWeakestCompetencysItemsFirst() {
        String learner = newLearner();
        Api.Session session = logIn(learner);
        CheckAnswers.submit(api, module, true, session);
        JsonNode first = start(session);
        String weak = item(itemIds(first).get(0)).competency();
        for (String itemId : itemIds(first)) {
            RefresherItem item = item(itemId);
            answer(
                    session,
                    first.get("id").getStringValue(),
                    UUID.randomUUID(),
                    itemId,
                    options(item, !item.competency().equals(weak)));
        }
        clock.advance(Duration.ofDays(3));
        session = logIn(learner);

        JsonNode competencies = refreshers(session).get("competencies");
        assertThat(competencies.get(0).get("competency").getStringValue()).isEqualTo(weak);
        JsonNode second = start(session);
        assertThat(item(itemIds(second).get(0)).competency()).isEqualTo(weak);
        assertThat(itemIds(second))
                .doesNotContainAnyElementsOf(itemIds(first))
                .allSatisfy(id -> assertThat(item(id).moduleId()).isEqualTo(module.id()));
    }

    @Test
    void theSameClientAnswerIdTwiceGivesTheSameAnswerAndOneLearningRecord() {
        Api.Session session = logIn(newLearner());
        JsonNode refresher = start(session);
        String sessionId = refresher.get("id").getStringValue();
        String itemId = itemIds(refresher).get(0);
        UUID clientAnswerId = UUID.randomUUID();

        Api.Response once = answer(session, sessionId, clientAnswerId, itemId, options(item(itemId), false));
        Api.Response twice = answer(session, sessionId, clientAnswerId, itemId, options(item(itemId), true));

        assertThat(once.status()).isEqualTo(200);
        assertThat(twice.status()).isEqualTo(200);
        assertThat(once.body().get("correct").getBooleanValue()).isFalse();
        assertThat(twice.body().get("correct").getBooleanValue()).isFalse();
        assertThat(twice.text("explanation"))
                .isEqualTo(item(itemId).explanation().in("en").text());
        assertThat(twice.body()
                        .get("session")
                        .get("items")
                        .get(0)
                        .get("answered")
                        .getBooleanValue())
                .isTrue();
        List<JsonNode> recorded = new ArrayList<>();
        api.get("/api/xapi/statements?size=500", session)
                .body()
                .get("statements")
                .values()
                .forEach(statement -> {
                    if (statement.get("context").get("registration") != null
                            && statement
                                    .get("context")
                                    .get("registration")
                                    .getStringValue()
                                    .equals(sessionId)) {
                        recorded.add(statement);
                    }
                });
        assertThat(recorded).hasSize(1);
        JsonNode statement = recorded.get(0);
        assertThat(statement.get("id").getStringValue()).isEqualTo(clientAnswerId.toString());
        assertThat(statement.get("object").get("id").getStringValue())
                .endsWith("/activities/refreshers/items/" + itemId);
        JsonNode extensions = statement.get("context").get("extensions");
        Set<String> values = new HashSet<>();
        extensions.values().forEach(v -> values.add(v.isString() ? v.getStringValue() : ""));
        assertThat(values).contains(item(itemId).competency(), item(itemId).moduleId());
    }

    @Test
    void knowledgeCheckAnswersCarryTheQuestionsCompetency() {
        Api.Session session = logIn(newLearner());
        CheckAnswers.submit(api, module, true, session);

        Set<String> practised = new HashSet<>();
        refreshers(session)
                .get("competencies")
                .values()
                .forEach(c -> practised.add(c.get("competency").getStringValue()));
        Set<String> asked = new HashSet<>();
        module.check().questions().forEach(q -> asked.add(q.competency()));
        assertThat(practised).isEqualTo(asked);
    }

    @Test
    void refusesAnItemNotInTheSessionAnAnswerTwiceAndAnUnknownOption() {
        Api.Session session = logIn(newLearner());
        JsonNode refresher = start(session);
        String sessionId = refresher.get("id").getStringValue();
        String itemId = itemIds(refresher).get(0);
        String other = content.refresherItems().stream()
                .map(RefresherItem::id)
                .filter(id -> !itemIds(refresher).contains(id))
                .findFirst()
                .orElseThrow();

        Api.Response notInSession = answer(session, sessionId, UUID.randomUUID(), other, List.of("true"));
        assertThat(notInSession.status()).isEqualTo(400);
        assertThat(notInSession.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("itemId");

        Api.Response unknownOption = answer(session, sessionId, UUID.randomUUID(), itemId, List.of("zz"));
        assertThat(unknownOption.status()).isEqualTo(400);
        assertThat(unknownOption.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("optionIds");

        assertThat(answer(session, sessionId, UUID.randomUUID(), itemId, options(item(itemId), true))
                        .status())
                .isEqualTo(200);
        Api.Response again = answer(session, sessionId, UUID.randomUUID(), itemId, options(item(itemId), true));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");

        Api.Response noId = api.post(
                "/api/refresher-sessions/" + sessionId + "/answers",
                Map.of("itemId", itemId, "optionIds", List.of("a")),
                session);
        assertThat(noId.status()).isEqualTo(400);
    }

    @Test
    void anotherLearnersSessionIsNotFound() {
        Api.Session owner = logIn(newLearner());
        Api.Session other = logIn(newLearner());
        JsonNode refresher = start(owner);
        String sessionId = refresher.get("id").getStringValue();
        String itemId = itemIds(refresher).get(0);

        assertThat(api.get("/api/refresher-sessions/" + sessionId, owner).status())
                .isEqualTo(200);
        assertThat(api.get("/api/refresher-sessions/" + sessionId, other).status())
                .isEqualTo(404);
        assertThat(answer(other, sessionId, UUID.randomUUID(), itemId, options(item(itemId), true))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aSessionShowsItsItemsInTheAskedLocaleWithTrueFalseOptions() {
        Api.Session session = logIn(newLearner());
        JsonNode refresher = start(session);
        Api.Response read =
                api.get("/api/refresher-sessions/" + refresher.get("id").getStringValue() + "?locale=nl", session);

        assertThat(read.text("locale")).isEqualTo("nl");
        for (JsonNode item : read.body().get("items").values()) {
            RefresherItem source = item(item.get("id").getStringValue());
            assertThat(item.get("prompt").getStringValue())
                    .isEqualTo(source.prompt().in("nl").text());
            assertThat(item.get("answered").getBooleanValue()).isFalse();
            if (source.type() == RefresherItem.Type.TRUE_FALSE) {
                assertThat(item.get("options").get(0).get("id").getStringValue())
                        .isEqualTo("true");
                assertThat(item.get("options").get(1).get("text").getStringValue())
                        .isEqualTo("Niet waar");
            } else {
                List<String> shown = new ArrayList<>();
                item.get("options").values().forEach(o -> shown.add(o.get("id").getStringValue()));
                assertThat(shown).containsExactlyInAnyOrderElementsOf(source.options());
            }
        }
        Api.Response reloaded =
                api.get("/api/refresher-sessions/" + refresher.get("id").getStringValue() + "?locale=nl", session);
        assertThat(reloaded.raw().body())
                .as("a reload shows the same order")
                .isEqualTo(read.raw().body());
    }

    @Test
    void aHigherTargetRetentionMakesModulesDueSooner() {
        UUID strict = accounts.organisation("Strikt", "jeugdhulp");
        Api.Session coordinator = logIn(accounts.user(strict, Role.COORDINATOR));
        assertThat(api.put(
                                "/api/organisations/" + strict + "/refresher-policy",
                                Map.of(
                                        "targetRetention",
                                        0.95,
                                        "maximumIntervalDays",
                                        180,
                                        "fullRefreshMonths",
                                        12,
                                        "mandatoryModules",
                                        List.of(module.id())),
                                coordinator)
                        .status())
                .isEqualTo(200);
        Api.Session strictLearner = logIn(accounts.user(strict, Role.LEARNER));
        Api.Session defaultLearner = logIn(newLearner());
        CheckAnswers.submit(api, module, true, strictLearner);
        CheckAnswers.submit(api, module, true, defaultLearner);

        Instant strictDue = Instant.parse(
                moduleIn(refreshers(strictLearner), module.id()).get("dueAt").getStringValue());
        Instant defaultDue = Instant.parse(
                moduleIn(refreshers(defaultLearner), module.id()).get("dueAt").getStringValue());
        assertThat(strictDue).isBefore(defaultDue.minus(Duration.ofDays(10)));
    }
}
