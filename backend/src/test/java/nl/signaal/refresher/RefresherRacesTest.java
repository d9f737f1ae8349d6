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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.content.RefresherItem;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.progress.Practice;
import org.junit.jupiter.api.Test;

/** Requests that arrive at the same moment: the database, not a read before the write, decides. */
@MicronautTest(transactional = false)
class RefresherRacesTest extends DatabaseTest {
    private static final int AT_ONCE = 6;

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
    Practice practice;

    /** Runs every call at the same moment and returns their HTTP statuses in order. */
    private static List<Integer> atOnce(List<Callable<Integer>> calls) throws Exception {
        CountDownLatch ready = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                answers.add(pool.submit(() -> {
                    ready.await();
                    return call.call();
                }));
            }
            ready.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void differentAnswersToOneItemAtOnceRecordOneAndRefuseTheOthersWith409() throws Exception {
        Api api = new Api(client, json);
        UUID organisation = accounts.organisation("Gelijktijdig antwoorden", "jeugdhulp");
        Api.Session learner = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        UUID learnerId = UUID.fromString(api.get("/api/me", learner).text("id"));
        JsonNode session =
                api.post("/api/refresher-sessions?locale=en", Map.of(), learner).body();
        String sessionId = session.get("id").getStringValue();

        // Every item of the session, each answered AT_ONCE times at once with as many client answer ids.
        for (JsonNode entry : session.get("items").values()) {
            RefresherItem item = content.refresherItems().stream()
                    .filter(i -> i.id().equals(entry.get("id").getStringValue()))
                    .findFirst()
                    .orElseThrow();
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                calls.add(() -> api.post(
                                "/api/refresher-sessions/" + sessionId + "/answers",
                                Map.of(
                                        "clientAnswerId",
                                        UUID.randomUUID().toString(),
                                        "itemId",
                                        item.id(),
                                        "optionIds",
                                        item.correct()),
                                learner)
                        .status());
            }
            List<Integer> statuses = atOnce(calls);

            assertThat(statuses)
                    .as("item " + item.id())
                    .filteredOn(s -> s == 200)
                    .hasSize(1);
            assertThat(statuses)
                    .as("item " + item.id())
                    .filteredOn(s -> s == 409)
                    .hasSize(AT_ONCE - 1);
            assertThat(practice.of(learnerId).stream()
                            .filter(r -> sessionId.equals(String.valueOf(r.registration())))
                            .filter(r -> Memories.itemId(r).equals(item.id())))
                    .as("records of " + item.id())
                    .hasSize(1);
        }
    }

    @Test
    void theSameAnswerRetriedAtOnceGivesTheSameAnswerEachTime() throws Exception {
        Api api = new Api(client, json);
        UUID organisation = accounts.organisation("Gelijktijdig herhalen", "jeugdhulp");
        Api.Session learner = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        JsonNode session =
                api.post("/api/refresher-sessions?locale=en", Map.of(), learner).body();
        String sessionId = session.get("id").getStringValue();
        String itemId = session.get("items").get(0).get("id").getStringValue();
        RefresherItem item = content.refresherItems().stream()
                .filter(i -> i.id().equals(itemId))
                .findFirst()
                .orElseThrow();
        String clientAnswerId = UUID.randomUUID().toString();

        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            calls.add(() -> api.post(
                            "/api/refresher-sessions/" + sessionId + "/answers",
                            Map.of("clientAnswerId", clientAnswerId, "itemId", itemId, "optionIds", item.correct()),
                            learner)
                    .status());
        }

        assertThat(atOnce(calls)).containsOnly(200);
    }

    @Test
    void firstPolicySavesAtOnceAllSucceedAndOneOfThemIsStored() throws Exception {
        Api api = new Api(client, json);
        String module = content.modules().get(0).id();
        for (int round = 0; round < 3; round++) {
            UUID organisation = accounts.organisation("Gelijktijdig beleid " + round, "jeugdhulp");
            Api.Session coordinator = api.logIn(accounts.user(organisation, Role.COORDINATOR), TestAccounts.PASSWORD);
            String path = "/api/organisations/" + organisation + "/refresher-policy";
            List<Callable<Integer>> calls = new ArrayList<>();
            List<Integer> intervals = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                int interval = 30 + i;
                intervals.add(interval);
                calls.add(() -> api.put(
                                path,
                                Map.of(
                                        "targetRetention",
                                        0.9,
                                        "maximumIntervalDays",
                                        interval,
                                        "fullRefreshMonths",
                                        12,
                                        "mandatoryModules",
                                        List.of(module)),
                                coordinator)
                        .status());
            }

            assertThat(atOnce(calls)).as("round " + round).containsOnly(200);
            JsonNode stored = api.get(path, coordinator).body();
            assertThat(stored.get("maximumIntervalDays").getIntValue()).isIn(intervals);
            assertThat(stored.get("targetRetention").getDoubleValue()).isEqualTo(0.9);
        }
    }
}
