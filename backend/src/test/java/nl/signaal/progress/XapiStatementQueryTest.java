package nl.signaal.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /api/xapi/statements against the rules of xAPI 1.0.3, Communication 2.1.3, one parameter at a time. */
@MicronautTest(transactional = false)
class XapiStatementQueryTest extends DatabaseTest {
    private static final String EXPERIENCED = "http://adlnet.gov/expapi/verbs/experienced";
    private static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";

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
    TrainingModule module;
    Api.Session learner;
    Api.Session coordinator;
    String learnerId;
    UUID attempt;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        module = content.modules().get(0);
        UUID organisation = accounts.organisation("Query Test", "jeugdhulp");
        learner = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        coordinator = api.logIn(accounts.user(organisation, Role.COORDINATOR), TestAccounts.PASSWORD);
        learnerId = api.get("/api/me", learner).text("id");
        viewLessons(learner, 3);
        attempt = UUID.randomUUID();
        assertThat(api.post(
                                "/api/modules/" + module.id() + "/check/attempts",
                                Map.of(
                                        "attemptId",
                                        attempt.toString(),
                                        "answers",
                                        nl.signaal.learning.CheckAnswers.of(module, true)),
                                learner)
                        .status())
                .isLessThan(300);
        viewLessons(learner, 2);
        // Someone else of the same organisation, so agent has something to tell apart.
        viewLessons(api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD), 2);
    }

    private void viewLessons(Api.Session who, int count) {
        nl.signaal.LessonViews.view(api, module, who, count);
    }

    private Api.Response get(String query, Api.Session session) {
        return api.get("/api/xapi/statements" + query, session);
    }

    private List<JsonNode> statements(String query, Api.Session session) {
        Api.Response response = get(query, session);
        assertThat(response.status()).as(query).isEqualTo(200);
        List<JsonNode> all = new ArrayList<>();
        response.body().get("statements").values().forEach(all::add);
        return all;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String field(Api.Response response) {
        return response.body().get("errors").get(0).get("field").getStringValue();
    }

    private void assertRefused(String query, String parameter) {
        Api.Response response = get(query, learner);
        assertThat(response.status()).as(query).isEqualTo(400);
        assertThat(field(response)).as(query).isEqualTo(parameter);
        assertThat(response.header("X-Experience-API-Version")).isEqualTo("1.0.3");
    }

    @Test
    void everyAnswerCarriesTheVersionAndTheConsistencyMoment() {
        Api.Response response = get("", learner);
        assertThat(response.header("X-Experience-API-Version")).isEqualTo("1.0.3");
        Instant through = Instant.parse(response.header("X-Experience-API-Consistent-Through"));
        assertThat(through).isBeforeOrEqualTo(Instant.now());
        assertThat(get("", null).header("X-Experience-API-Version")).isEqualTo("1.0.3");
        assertThat(get("?statementId=" + UUID.randomUUID(), learner).header("X-Experience-API-Version"))
                .isEqualTo("1.0.3");
    }

    @Test
    void aRequestForAnotherVersionIsRefusedAndA10xOneServed() {
        MutableHttpRequest<?> other =
                HttpRequest.GET("/api/xapi/statements").header("X-Experience-API-Version", "2.0.0");
        Api.Response refused = api.send(other, learner);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(field(refused)).isEqualTo("X-Experience-API-Version");
        assertThat(refused.header("X-Experience-API-Version")).isEqualTo("1.0.3");
        MutableHttpRequest<?> spoken =
                HttpRequest.GET("/api/xapi/statements").header("X-Experience-API-Version", "1.0.1");
        assertThat(api.send(spoken, learner).status()).isEqualTo(200);
    }

    @Test
    void aboutSaysTheVersionToAnyone() {
        Api.Response about = api.get("/api/xapi/about", null);
        assertThat(about.status()).isEqualTo(200);
        assertThat(about.body().get("version").get(0).getStringValue()).isEqualTo("1.0.3");
        assertThat(about.body().get("version").size()).isEqualTo(1);
        assertThat(about.header("X-Experience-API-Version")).isEqualTo("1.0.3");
    }

    @Test
    void statementIdGivesThatStatementAloneOr404() {
        JsonNode newest = statements("", learner).get(0);
        String id = newest.get("id").getStringValue();
        Api.Response one = get("?statementId=" + id, learner);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("id").getStringValue()).isEqualTo(id);
        assertThat(one.body().get("statements")).isNull();
        assertThat(get("?statementId=" + UUID.randomUUID(), learner).status()).isEqualTo(404);
        assertThat(get("?statementId=" + id + "&format=ids", learner).status()).isEqualTo(200);
        assertRefused("?statementId=" + id + "&verb=" + encode(EXPERIENCED), "verb");
        assertRefused("?statementId=" + id + "&limit=1", "limit");
        assertRefused("?statementId=not-a-uuid", "statementId");
        assertRefused("?statementId=" + id + "&voidedStatementId=" + id, "voidedStatementId");
    }

    @Test
    void voidedStatementIdFindsNothingSinceNothingIsVoided() {
        String id = statements("", learner).get(0).get("id").getStringValue();
        assertThat(get("?voidedStatementId=" + id, learner).status()).isEqualTo(404);
        assertRefused("?voidedStatementId=" + id + "&ascending=true", "ascending");
    }

    @Test
    void agentNarrowsToThatPersonsStatements() {
        String agent = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"http://localhost:8080\",\"name\":\""
                + learnerId + "\"}}";
        List<JsonNode> all = statements("?scope=organisation&limit=0", coordinator);
        List<JsonNode> theirs = statements("?scope=organisation&limit=0&agent=" + encode(agent), coordinator);
        assertThat(theirs).isNotEmpty().hasSizeLessThan(all.size());
        theirs.forEach(s -> assertThat(s.get("actor").get("account").get("name").getStringValue())
                .isEqualTo(learnerId));
        assertThat(statements("?scope=organisation&related_agents=true&limit=0&agent=" + encode(agent), coordinator))
                .hasSameSizeAs(theirs);
        assertThat(statements("?agent=" + encode("{\"mbox\":\"mailto:someone@example.org\"}"), learner))
                .isEmpty();
        String elsewhere = "{\"account\":{\"homePage\":\"https://elsewhere.example\",\"name\":\"" + learnerId + "\"}}";
        assertThat(statements("?agent=" + encode(elsewhere), learner)).isEmpty();
        assertRefused("?agent=" + encode("{not json"), "agent");
        assertRefused("?agent=" + encode("{\"mbox\":\"mailto:a@b.c\",\"openid\":\"https://x.example\"}"), "agent");
        assertRefused("?agent=" + encode("{\"mbox\":\"a@b.c\"}"), "agent");
        assertRefused("?agent=" + encode("{\"name\":\"no identifier\"}"), "agent");
    }

    @Test
    void verbNarrowsToThatVerb() {
        List<JsonNode> answered = statements("?limit=0&verb=" + encode(ANSWERED), learner);
        assertThat(answered).isNotEmpty();
        answered.forEach(
                s -> assertThat(s.get("verb").get("id").getStringValue()).isEqualTo(ANSWERED));
        assertThat(statements("?verb=" + encode("http://example.org/verbs/unknown"), learner))
                .isEmpty();
        assertRefused("?verb=experienced", "verb");
    }

    @Test
    void activityNarrowsToThatObject() {
        String lesson = "https://signaal.nl/xapi/activities/modules/" + module.id() + "/lessons/"
                + module.lessons().get(0).id();
        List<JsonNode> found = statements("?limit=0&activity=" + encode(lesson), learner);
        assertThat(found).isNotEmpty();
        found.forEach(
                s -> assertThat(s.get("object").get("id").getStringValue()).isEqualTo(lesson));
        assertThat(statements("?limit=0&related_activities=true&activity=" + encode(lesson), learner)
                        .size())
                .isGreaterThanOrEqualTo(found.size());
        assertRefused("?activity=" + encode("no iri"), "activity");
        assertRefused("?related_activities=yes", "related_activities");
    }

    @Test
    void registrationNarrowsToTheCheckAttempt() {
        List<JsonNode> found = statements("?limit=0&registration=" + attempt, learner);
        assertThat(found).isNotEmpty();
        found.forEach(s -> assertThat(s.get("context").get("registration").getStringValue())
                .isEqualTo(attempt.toString()));
        assertThat(statements("?registration=" + UUID.randomUUID(), learner)).isEmpty();
        assertRefused("?registration=42", "registration");
    }

    @Test
    void sinceIsExclusiveAndUntilInclusiveOnTheStoredTime() {
        List<JsonNode> all = statements("?limit=0&ascending=true", learner);
        String third = all.get(2).get("stored").getStringValue();
        List<JsonNode> since = statements("?limit=0&ascending=true&since=" + encode(third), learner);
        List<JsonNode> until = statements("?limit=0&ascending=true&until=" + encode(third), learner);
        assertThat(ids(until)).containsExactlyElementsOf(ids(all.subList(0, 3)));
        assertThat(ids(since)).containsExactlyElementsOf(ids(all.subList(3, all.size())));
        assertThat(statements("?since=" + encode(Instant.now().plusSeconds(60).toString()), learner))
                .isEmpty();
        assertThat(statements("?since=" + encode("2020-01-01T01:00:00+01:00"), learner))
                .hasSameSizeAs(statements("", learner));
        assertRefused("?since=yesterday", "since");
        assertRefused("?until=2026-01-01", "until");
    }

    @Test
    void limitCapsThePageAndZeroMeansTheServersMost() {
        int total = statements("?limit=0", learner).size();
        assertThat(total).isGreaterThan(3);
        Api.Response two = get("?limit=2", learner);
        assertThat(two.body().get("statements").size()).isEqualTo(2);
        assertThat(two.body().get("more").getStringValue()).isNotEmpty();
        assertThat(get("?limit=0", learner).body().get("more").getStringValue()).isEmpty();
        assertThat(statements("?size=2", learner)).hasSize(2);
        assertRefused("?limit=-1", "limit");
        assertRefused("?limit=many", "limit");
        assertRefused("?limit=2&size=2", "size");
    }

    @Test
    void formatIdsLeavesOnlyIdentifiersAndCanonicalOneLanguage() {
        JsonNode ids = statements("?limit=1&format=ids", learner).get(0);
        assertThat(ids.get("verb").get("display")).isNull();
        assertThat(ids.get("verb").get("id").getStringValue()).isNotBlank();
        assertThat(ids.get("object").get("definition")).isNull();
        assertThat(ids.get("object").get("id").getStringValue()).isNotBlank();
        assertThat(ids.get("actor").get("account").get("name").getStringValue()).isEqualTo(learnerId);
        JsonNode exact = statements("?limit=1&format=exact", learner).get(0);
        assertThat(exact.get("object").get("definition")).isNotNull();
        Api.Response canonical = api.send(
                HttpRequest.GET("/api/xapi/statements?limit=1&format=canonical")
                        .header("Accept-Language", "nl, en;q=0.5"),
                learner);
        JsonNode narrowed = canonical.body().get("statements").get(0);
        assertThat(narrowed.get("verb").get("display").size()).isEqualTo(1);
        assertThat(narrowed.get("object").get("definition").get("name").size()).isEqualTo(1);
        assertRefused("?format=full", "format");
    }

    @Test
    void ascendingGivesTheOldestFirst() {
        List<String> descending = new ArrayList<>(ids(statements("?limit=0", learner)));
        java.util.Collections.reverse(descending);
        List<String> ascending = ids(statements("?limit=0&ascending=true", learner));
        assertThat(ascending).containsExactlyElementsOf(descending);
        assertRefused("?ascending=1", "ascending");
    }

    @Test
    void anUnknownParameterIsRefusedByName() {
        assertRefused("?page=1", "page");
        assertRefused("?cursor=bm90LWEtY3Vyc29y", "cursor");
        assertRefused("?scope=everyone", "scope");
    }

    @Test
    void pagesNeitherRepeatNorSkipWhenStatementsArriveBetweenThem() {
        UUID organisation = accounts.organisation("Paging Test", "onderwijs");
        Api.Session busy = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        viewLessons(busy, 7);
        for (boolean ascending : List.of(false, true)) {
            List<String> before = ids(statements("?limit=0&ascending=" + ascending, busy));
            List<String> seen = new ArrayList<>();
            String next = "/api/xapi/statements?limit=2&ascending=" + ascending;
            while (!next.isEmpty()) {
                JsonNode page = api.get(next, busy).body();
                page.get("statements")
                        .values()
                        .forEach(s -> seen.add(s.get("id").getStringValue()));
                next = page.get("more").getStringValue();
                viewLessons(busy, 1);
                if (seen.size() > 100) {
                    break;
                }
            }
            Set<String> unique = new HashSet<>(seen);
            assertThat(unique).as("no statement twice").hasSameSizeAs(seen);
            assertThat(seen).as("none of those stored before skipped").containsAll(before);
            if (!ascending) {
                assertThat(seen).as("newest first: only those stored before").containsExactlyElementsOf(before);
            } else {
                assertThat(seen.subList(0, before.size())).containsExactlyElementsOf(before);
            }
        }
    }

    private static List<String> ids(List<JsonNode> statements) {
        return statements.stream().map(s -> s.get("id").getStringValue()).toList();
    }
}
