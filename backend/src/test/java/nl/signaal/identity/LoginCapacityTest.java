package nl.signaal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import org.junit.jupiter.api.Test;

/** One password check at a time and no queue: a burst of logins is answered 503, not piled up. */
@MicronautTest(transactional = false)
class LoginCapacityTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("signaal.password-hashing.concurrency", "1");
        properties.put("signaal.password-hashing.max-waiting", "1");
        properties.put("signaal.password-hashing.max-wait", "1ms");
        return properties;
    }

    @Test
    void aBurstBeyondTheHashingCapacityIsAnswered503WithRetryAfter() throws Exception {
        Api api = new Api(client, json);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Api.Response>> logins = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String email = "burst-" + i + "@example.org";
                logins.add(() -> api.post("/api/auth/login", Map.of("email", email, "password", "whatever"), null));
            }
            List<Api.Response> answers = new ArrayList<>();
            for (Future<Api.Response> answer : pool.invokeAll(logins)) {
                answers.add(answer.get());
            }

            assertThat(answers)
                    .extracting(Api.Response::status)
                    .containsOnly(401, 503)
                    .contains(401, 503);
            Api.Response busy =
                    answers.stream().filter(a -> a.status() == 503).findFirst().orElseThrow();
            assertThat(busy.contentType()).startsWith("application/problem+json");
            assertThat(busy.header("Retry-After")).isEqualTo("2");
            assertThat(busy.text("detail")).contains("Try again in a few seconds");
        } finally {
            pool.shutdownNow();
        }
    }
}
