package nl.signaal.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Many learners starting the same scenario at once on a fresh database: the first runs all store
 * the scenario version, and none of them may fail for it (on PostgreSQL a duplicate insert inside
 * the run's transaction used to abort it; found by bench/simulation.sh).
 */
@MicronautTest(transactional = false)
class ConcurrentStartTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    Content content;

    @Test
    void simultaneousFirstStartsAllSucceed() throws Exception {
        Api api = new Api(client, json);
        UUID organisation = accounts.organisation("Gelijktijdig", "buurtteam");
        String scenario = content.scenarios().get(0).definition().id();
        List<Api.Session> learners = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            learners.add(api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD));
        }
        CountDownLatch ready = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(learners.size());
        List<Future<Integer>> answers = new ArrayList<>();
        for (Api.Session learner : learners) {
            answers.add(pool.submit(() -> {
                ready.await();
                return api.post("/api/scenarios/" + scenario + "/runs", Map.of(), learner)
                        .status();
            }));
        }
        ready.countDown();
        for (Future<Integer> answer : answers) {
            assertThat(answer.get()).isEqualTo(201);
        }
        pool.shutdown();
    }
}
