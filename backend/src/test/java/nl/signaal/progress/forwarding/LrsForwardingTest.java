package nl.signaal.progress.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.LessonViews;
import nl.signaal.MovableClock;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forwarding to an LRS that fails, times out and answers 409 for ids it has (decision 0054), on H2 and PostgreSQL:
 * every statement of the organisation stored there once, never in two versions, nothing of another organisation.
 * The forwarder is run by the test (its job is off in tests) and time is moved, so nothing sleeps for the backoff.
 */
@MicronautTest(transactional = false)
class LrsForwardingTest extends DatabaseTest {
    static final String PATH = "/api/organisation/lrs-forwarding";
    static final String LRS_PASSWORD = "lrs-Secret-7f3a9c";

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
    Forwarder forwarder;

    @Inject
    Outbox outbox;

    Api api;
    TrainingModule module;
    TestLrs lrs;
    /** Every answer body of the forwarding API, to show the password is in none. */
    final List<String> answers = new ArrayList<>();

    @BeforeAll
    void setUp() throws IOException {
        api = new Api(client, json);
        module = content.modules().get(0);
        lrs = new TestLrs(json, LRS_PASSWORD);
    }

    @AfterAll
    void stop() {
        lrs.close();
        assertThat(answers).noneMatch(answer -> answer.contains(LRS_PASSWORD));
    }

    private Api.Response call(Api.Response response) {
        answers.add(response.raw().getBody(String.class).orElse(""));
        return response;
    }

    private Api.Response configure(Api.Session admin, String password, boolean enabled) {
        Map<String, Object> body = new HashMap<>();
        body.put("endpoint", lrs.endpoint() + "/");
        body.put("username", TestLrs.USER);
        body.put("password", password);
        body.put("enabled", enabled);
        return call(api.put(PATH, body, admin));
    }

    private JsonNode view(Api.Session admin) {
        return call(api.get(PATH, admin)).body();
    }

    private long status(Api.Session admin, String field) {
        return view(admin).get("status").get(field).getLongValue();
    }

    private Set<String> statementIds(Api.Session session) {
        Set<String> ids = new HashSet<>();
        JsonNode statements = api.get("/api/xapi/statements?scope=organisation&limit=500", session)
                .body()
                .get("statements");
        for (int i = 0; i < statements.size(); i++) {
            ids.add(statements.get(i).get("id").getStringValue());
        }
        return ids;
    }

    record Org(UUID id, Api.Session admin, Api.Session learner) {}

    private Org organisation(String name) {
        UUID id = accounts.organisation(name, "verslavingszorg");
        return new Org(
                id,
                api.logIn(accounts.user(id, Role.ADMIN), TestAccounts.PASSWORD),
                api.logIn(accounts.user(id, Role.LEARNER), TestAccounts.PASSWORD));
    }

    private Instant instant(JsonNode node, String field) {
        return Instant.parse(node.get(field).getStringValue());
    }

    @Test
    void everyStatementReachesTheLrsOnceThroughFailuresTimeoutsAndConflicts() {
        Org a = organisation("Forwarding A");
        Org b = organisation("Not forwarding B");
        LessonViews.view(api, module, a.learner(), 2); // before forwarding starts: only with a backfill
        Set<String> before = statementIds(a.admin());
        assertThat(configure(a.admin(), LRS_PASSWORD, true).status()).isEqualTo(200);
        LessonViews.view(api, module, a.learner(), 5);
        LessonViews.view(api, module, b.learner(), 2);
        Set<String> after = statementIds(a.admin());
        after.removeAll(before);
        assertThat(after).hasSize(5);

        // 503: all five wait 10 s or a little more
        lrs.failNext.set(1);
        assertThat(forwarder.run(a.id())).isZero();
        JsonNode problems = call(api.get(PATH + "/problems", a.admin())).body();
        assertThat(problems.size()).isEqualTo(5);
        JsonNode first = problems.get(0);
        assertThat(first.get("state").getStringValue()).isEqualTo("waiting");
        assertThat(first.get("lastError").getStringValue()).startsWith("HTTP 503 from the LRS");
        Duration firstWait = Duration.between(instant(first, "lastAttemptAt"), instant(first, "nextAttemptAt"));
        assertThat(firstWait).isBetween(Duration.ofSeconds(10), Duration.ofMillis(12_500));
        assertThat(status(a.admin(), "pending")).isEqualTo(5);
        assertThat(view(a.admin()).get("status").get("lastError").getStringValue())
                .contains("503");

        // not due yet: nothing is sent
        int requests = lrs.requestCount();
        assertThat(forwarder.run(a.id())).isZero();
        assertThat(lrs.requestCount()).isEqualTo(requests);

        // no answer within the timeout: the wait doubles
        clock.advance(Duration.ofSeconds(13));
        lrs.hangNext.set(1);
        assertThat(forwarder.run(a.id())).isZero();
        JsonNode second = call(api.get(PATH + "/problems", a.admin())).body().get(0);
        assertThat(second.get("attempts").getIntValue()).isEqualTo(2);
        assertThat(second.get("lastError").getStringValue()).startsWith("No answer from the LRS");
        Duration secondWait = Duration.between(instant(second, "lastAttemptAt"), instant(second, "nextAttemptAt"));
        assertThat(secondWait)
                .isBetween(Duration.ofSeconds(20), Duration.ofSeconds(25))
                .isGreaterThan(firstWait);

        // 429 with Retry-After: at least what the LRS asks
        clock.advance(Duration.ofSeconds(26));
        lrs.failNext.set(1);
        lrs.failStatus = 429;
        lrs.retryAfter = "120";
        assertThat(forwarder.run(a.id())).isZero();
        lrs.failStatus = 503;
        lrs.retryAfter = null;
        JsonNode third = call(api.get(PATH + "/problems", a.admin())).body().get(0);
        assertThat(Duration.between(instant(third, "lastAttemptAt"), instant(third, "nextAttemptAt")))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(120));

        // the LRS stores the batch but its answer is lost: sent again, it answers 409 and each goes alone with PUT
        clock.advance(Duration.ofMinutes(3));
        lrs.storeThenFailNext.set(1);
        assertThat(forwarder.run(a.id())).isZero();
        assertThat(lrs.stored.keySet()).containsAll(after);
        clock.advance(Duration.ofMinutes(2));
        int beforePuts = lrs.requestCount();
        assertThat(forwarder.run(a.id())).isEqualTo(5);
        assertThat(lrs.requests.subList(beforePuts, lrs.requestCount()))
                .filteredOn(r -> r.startsWith("PUT /xapi/statements?statementId="))
                .hasSize(5);
        JsonNode delivered = view(a.admin()).get("status");
        assertThat(delivered.get("pending").getIntValue()).isZero();
        assertThat(delivered.get("delivered").getIntValue()).isEqualTo(5);
        assertThat(delivered.get("lastError").isNull()).isTrue();
        assertThat(call(api.get(PATH + "/problems", a.admin())).body().size()).isZero();

        // a run with nothing new sends nothing
        requests = lrs.requestCount();
        assertThat(forwarder.run()).isGreaterThanOrEqualTo(0);
        assertThat(lrs.requestCount()).isEqualTo(requests);

        // backfill: the two from before, once
        JsonNode backfilled =
                call(api.post(PATH + "/backfill", Map.of(), a.admin())).body();
        assertThat(backfilled.get("backfilledAt").isNull()).isFalse();
        assertThat(backfilled.get("status").get("pending").getIntValue()).isEqualTo(2);
        assertThat(forwarder.run(a.id())).isEqualTo(2);
        assertThat(call(api.post(PATH + "/backfill", Map.of(), a.admin()))
                        .body()
                        .get("status")
                        .get("pending")
                        .getIntValue())
                .isZero();
        requests = lrs.requestCount();
        clock.advance(Duration.ofMinutes(1));
        assertThat(forwarder.run(a.id())).isZero();
        assertThat(lrs.requestCount()).isEqualTo(requests);

        // the LRS refuses: rejected until an administrator retries
        lrs.rejectAll = true;
        LessonViews.view(api, module, a.learner(), 2);
        assertThat(forwarder.run(a.id())).isZero();
        assertThat(status(a.admin(), "rejected")).isEqualTo(2);
        JsonNode rejected = call(api.get(PATH + "/problems", a.admin())).body();
        assertThat(rejected.size()).isEqualTo(2);
        assertThat(rejected.get(0).get("state").getStringValue()).isEqualTo("rejected");
        assertThat(rejected.get(0).get("lastError").getStringValue()).startsWith("HTTP 400 from the LRS");
        lrs.rejectAll = false;
        clock.advance(Duration.ofHours(2));
        assertThat(forwarder.run(a.id())).isZero();
        JsonNode retried = call(api.post(PATH + "/retry", Map.of(), a.admin())).body();
        assertThat(retried.get("status").get("pending").getIntValue()).isEqualTo(2);
        assertThat(retried.get("status").get("rejected").getIntValue()).isZero();
        assertThat(forwarder.run(a.id())).isEqualTo(2);

        // paused: statements queue, nothing is sent; a PUT without password keeps it
        assertThat(configure(a.admin(), null, false).status()).isEqualTo(200);
        LessonViews.view(api, module, a.learner(), 1);
        requests = lrs.requestCount();
        assertThat(forwarder.run(a.id())).isZero();
        assertThat(lrs.requestCount()).isEqualTo(requests);
        assertThat(status(a.admin(), "pending")).isEqualTo(1);
        assertThat(configure(a.admin(), null, true).status()).isEqualTo(200);
        assertThat(forwarder.run(a.id())).isEqualTo(1);

        // everything of A is there, once, in one version, without "stored"; nothing of B
        Set<String> all = statementIds(a.admin());
        assertThat(all).hasSize(10);
        assertThat(lrs.stored.keySet()).containsAll(all);
        assertThat(lrs.stored.keySet()).doesNotContainAnyElementsOf(statementIds(b.admin()));
        for (String id : all) {
            assertThat(lrs.received.get(id)).as("versions of %s", id).hasSize(1);
        }
        assertThat(lrs.statementsWithStored.get()).isZero();
        Map<String, Object> one = lrs.stored.get(after.iterator().next());
        assertThat(one).containsKeys("id", "actor", "verb", "object", "context", "timestamp", "version");
        assertThat(status(a.admin(), "delivered")).isEqualTo(10);

        // removed: the queue goes, nothing more is sent
        assertThat(call(api.send(HttpRequest.DELETE(PATH), a.admin())).status()).isEqualTo(204);
        assertThat(call(api.send(HttpRequest.DELETE(PATH), a.admin())).status()).isEqualTo(204);
        assertThat(view(a.admin()).get("configured").getBooleanValue()).isFalse();
        LessonViews.view(api, module, a.learner(), 1);
        requests = lrs.requestCount();
        forwarder.run();
        assertThat(lrs.requestCount()).isEqualTo(requests);
    }

    @Test
    void twoClaimsAtOnceNeverTakeTheSameStatement() {
        Org c = organisation("Forwarding C");
        configure(c.admin(), LRS_PASSWORD, false);
        LessonViews.view(api, module, c.learner(), 6);
        outbox.fill(c.id(), clock.instant(), Duration.ofMinutes(10));
        Instant now = clock.instant();
        List<Outbox.Claimed> first = outbox.claim(c.id(), "one", now, Duration.ofMinutes(1), 4);
        List<Outbox.Claimed> second = outbox.claim(c.id(), "two", now, Duration.ofMinutes(1), 4);
        assertThat(first).hasSize(4);
        assertThat(second).hasSize(2);
        assertThat(first).doesNotContainAnyElementsOf(second);
        // a claim whose instance died comes back after its lease
        assertThat(outbox.claim(c.id(), "three", now.plusSeconds(61), Duration.ofMinutes(1), 10))
                .hasSize(6);
        // a second fill queues nothing twice
        assertThat(outbox.fill(c.id(), clock.instant(), Duration.ofMinutes(10))).isZero();
    }

    private String invalidField(Api.Response response) {
        assertThat(response.status()).isEqualTo(400);
        return response.body().get("errors").get(0).get("field").getStringValue();
    }

    @Test
    void administratorsSetItUpWithTheFieldNamedOnBadInput() {
        Org d = organisation("Forwarding D");
        JsonNode empty = view(d.admin());
        assertThat(empty.get("configured").getBooleanValue()).isFalse();
        assertThat(empty.get("passwordSet").getBooleanValue()).isFalse();
        assertThat(empty.get("status").get("pending").getIntValue()).isZero();
        assertThat(call(api.post(PATH + "/test", Map.of(), d.admin())).status()).isEqualTo(404);
        assertThat(call(api.post(PATH + "/backfill", Map.of(), d.admin())).status())
                .isEqualTo(404);

        Map<String, Object> body = new HashMap<>();
        body.put("endpoint", "lrs.example.org/xapi");
        body.put("username", TestLrs.USER);
        body.put("password", LRS_PASSWORD);
        body.put("enabled", true);
        assertThat(invalidField(call(api.put(PATH, body, d.admin())))).isEqualTo("endpoint");
        body.put("endpoint", "ftp://lrs.example.org/xapi");
        assertThat(invalidField(call(api.put(PATH, body, d.admin())))).isEqualTo("endpoint");
        body.put("endpoint", lrs.endpoint());
        body.put("username", " ");
        assertThat(invalidField(call(api.put(PATH, body, d.admin())))).isEqualTo("username");
        body.put("username", TestLrs.USER);
        body.put("password", null);
        assertThat(invalidField(call(api.put(PATH, body, d.admin())))).isEqualTo("password");
        assertThat(view(d.admin()).get("configured").getBooleanValue()).isFalse();

        body.put("password", LRS_PASSWORD);
        Api.Response saved = call(api.put(PATH, body, d.admin()));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.header("Cache-Control")).isEqualTo("no-store");
        JsonNode view = saved.body();
        assertThat(view.get("configured").getBooleanValue()).isTrue();
        assertThat(view.get("endpoint").getStringValue()).isEqualTo(lrs.endpoint());
        assertThat(view.get("username").getStringValue()).isEqualTo(TestLrs.USER);
        assertThat(view.get("passwordSet").getBooleanValue()).isTrue();
        assertThat(view.get("enabled").getBooleanValue()).isTrue();
        assertThat(view.get("startedAt").isNull()).isFalse();
        assertThat(view.get("backfilledAt").isNull()).isTrue();
        assertThat(view.get("password")).isNull();

        JsonNode tested = call(api.post(PATH + "/test", Map.of(), d.admin())).body();
        assertThat(tested.get("ok").getBooleanValue()).isTrue();
        assertThat(tested.get("httpStatus").getIntValue()).isEqualTo(200);

        body.put("password", "not-the-password");
        assertThat(call(api.put(PATH, body, d.admin())).status()).isEqualTo(200);
        JsonNode refused = call(api.post(PATH + "/test", Map.of(), d.admin())).body();
        assertThat(refused.get("ok").getBooleanValue()).isFalse();
        assertThat(refused.get("httpStatus").getIntValue()).isEqualTo(401);
        assertThat(refused.get("message").getStringValue()).startsWith("HTTP 401 from the LRS");

        // other roles 403, nobody signed in 401
        Api.Session coordinator = api.logIn(accounts.user(d.id(), Role.COORDINATOR), TestAccounts.PASSWORD);
        assertThat(api.get(PATH, coordinator).status()).isEqualTo(403);
        assertThat(api.put(PATH, body, d.learner()).status()).isEqualTo(403);
        assertThat(api.post(PATH + "/retry", Map.of(), coordinator).status()).isEqualTo(403);
        assertThat(api.get(PATH + "/problems", null).status()).isEqualTo(401);
        assertThat(api.send(HttpRequest.DELETE(PATH), coordinator).status()).isEqualTo(403);
        assertThat(view(d.admin()).get("configured").getBooleanValue()).isTrue();
    }

    @Test
    void anErasedLearnersStatementsLeavePseudonymised() {
        Org e = organisation("Forwarding E");
        configure(e.admin(), LRS_PASSWORD, true);
        LessonViews.view(api, module, e.learner(), 1);
        String learnerId = api.get("/api/me", e.learner()).text("id");
        Set<String> ids = statementIds(e.admin());
        assertThat(api.post("/api/organisations/" + e.id() + "/members/" + learnerId + "/erase", Map.of(), e.admin())
                        .status())
                .isBetween(200, 204);
        assertThat(forwarder.run(e.id())).isEqualTo(1);
        String sent = lrs.stored.get(ids.iterator().next()).toString();
        assertThat(sent).doesNotContain(learnerId);
    }
}
