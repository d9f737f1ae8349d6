package nl.signaal.certification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.content.Localized;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.learning.CheckAnswers;
import org.junit.jupiter.api.Test;

/** Races: passing from several tabs at once, and a feature issuing the same certificate from several threads. */
@MicronautTest(transactional = false)
class ParallelCompletionCertificateTest extends DatabaseTest {
    private static final int LEARNERS = 4;
    private static final int TABS = 3;

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
    Certificates certificates;

    @Test
    void passingAtOnceFromSeveralTabsIssuesOneCertificatePerLearner() throws Exception {
        Api api = new Api(client, json);
        TrainingModule module = content.modules().get(0);
        UUID organisation = accounts.organisation("Gelijktijdig", "jeugdhulp");
        List<Api.Session> learners = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            learners.add(api.logIn(accounts.userNamed(organisation, "Tab " + i, Role.LEARNER), TestAccounts.PASSWORD));
        }
        List<Callable<Api.Response>> attempts = new ArrayList<>();
        for (Api.Session learner : learners) {
            for (int tab = 0; tab < TABS; tab++) {
                attempts.add(() -> api.post(
                        "/api/modules/" + module.id() + "/check/attempts",
                        Map.of("attemptId", UUID.randomUUID().toString(), "answers", CheckAnswers.of(module, true)),
                        learner));
            }
        }

        for (Object response : atOnce(attempts)) {
            assertThat(((Api.Response) response).status()).isEqualTo(200);
        }

        for (Api.Session learner : learners) {
            assertThat(api.get("/api/me/certificates", learner).body().size()).isEqualTo(1);
        }
    }

    @Test
    void issuingTheSameSubjectFromSeveralThreadsIssuesItOnce() throws Exception {
        UUID organisation = accounts.organisation("Dubbel uitgeven", "jeugdhulp");
        UUID holder = accounts.id(accounts.userNamed(organisation, "Eenmaal Erik", Role.LEARNER));
        CertificateSubject webinar = new CertificateSubject(
                CertificateSubject.Kind.WEBINAR, "webinar-1", 1, new Localized(Map.of("nl", "Webinar")), 90);
        List<Callable<Optional<UUID>>> issues = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            issues.add(() -> certificates.issue(holder, webinar, null));
        }

        long issued = atOnce(issues).stream()
                .filter(result -> ((Optional<?>) result).isPresent())
                .count();

        assertThat(issued).isEqualTo(1);
    }

    private static <T> List<Object> atOnce(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
