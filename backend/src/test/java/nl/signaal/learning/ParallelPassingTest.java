package nl.signaal.learning;

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
import java.util.concurrent.TimeUnit;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.progress.LearningEvent.Verb;
import nl.signaal.progress.Practice;
import org.junit.jupiter.api.Test;

/**
 * Fault test (issue 9, hole 8): a learner who passes the check from several tabs at once, each with its own attempt
 * id, completes the module once; none of the attempts fails.
 */
@MicronautTest(transactional = false)
class ParallelPassingTest extends DatabaseTest {
    private static final int LEARNERS = 12;
    private static final int TABS = 4;

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

    @Test
    void passingAtOnceFromSeveralTabsCompletesTheModuleOncePerLearnerWithoutErrors() throws Exception {
        Api api = new Api(client, json);
        TrainingModule module = content.modules().get(0);
        UUID organisation = accounts.organisation("Vele tabbladen", "jeugdhulp");
        List<Api.Session> learners = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            learners.add(api.logIn(accounts.userNamed(organisation, "Tab " + i, Role.LEARNER), TestAccounts.PASSWORD));
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(LEARNERS * TABS);
        List<Future<Api.Response>> answers = new ArrayList<>();
        try {
            for (Api.Session learner : learners) {
                for (int tab = 0; tab < TABS; tab++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return api.post(
                                "/api/modules/" + module.id() + "/check/attempts",
                                Map.of(
                                        "attemptId",
                                        UUID.randomUUID().toString(),
                                        "answers",
                                        CheckAnswers.of(module, true)),
                                learner);
                    }));
                }
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            long completingAttempts = 0;
            for (Future<Api.Response> answer : answers) {
                Api.Response response = answer.get(120, TimeUnit.SECONDS);
                statuses.add(response.status());
                if (response.status() == 200
                        && !response.body().get("completedAt").isNull()) {
                    completingAttempts++;
                }
            }

            assertThat(statuses).containsOnly(200);
            assertThat(completingAttempts)
                    .as("attempts that say they completed the module")
                    .isEqualTo(LEARNERS);
        } finally {
            pool.shutdownNow();
        }
        long completed = practice.ofOrganisation(organisation).values().stream()
                .flatMap(List::stream)
                .filter(p -> p.verb() == Verb.COMPLETED)
                .count();
        assertThat(completed).as("COMPLETED records").isEqualTo(LEARNERS);
        for (Api.Session learner : learners) {
            List<String> statuses = new ArrayList<>();
            api.get("/api/me/progress", learner).body().get("modules").values().forEach(m -> {
                if (m.get("moduleId").getStringValue().equals(module.id())) {
                    statuses.add(m.get("status").getStringValue());
                }
            });
            assertThat(statuses).containsExactly("COMPLETED");
        }
    }
}
