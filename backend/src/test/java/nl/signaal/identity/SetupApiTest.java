package nl.signaal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import org.junit.jupiter.api.Test;

/** A fresh installation without demo data gets its first administrator with the printed token. */
@MicronautTest(transactional = false)
class SetupApiTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    FirstAdministrator firstAdministrator;

    @Test
    void theOneTimeTokenCreatesTheFirstAdministratorOnce() {
        Api api = new Api(client, json);
        assertThat(api.get("/api/setup", null).body().get("required").getBooleanValue())
                .isTrue();
        Map<String, Object> command = new HashMap<>(Map.of(
                "token",
                "wrong",
                "organisationName",
                "Gemeente Test",
                "sector",
                "buurtteam",
                "email",
                "beheer@example.org",
                "password",
                "a long enough password",
                "displayName",
                "Beheerder"));

        Api.Response wrong = api.post("/api/setup", command, null);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("token");

        command.put("token", firstAdministrator.lastPrintedToken());
        Api.Response done = api.post("/api/setup", command, null);
        assertThat(done.status()).isEqualTo(201);
        assertThat(done.body().get("roles").values())
                .extracting(n -> n.getStringValue())
                .containsExactlyInAnyOrder("ADMIN", "COORDINATOR");
        assertThat(api.get("/api/setup", null).body().get("required").getBooleanValue())
                .isFalse();

        command.put("email", "tweede@example.org");
        assertThat(api.post("/api/setup", command, null).status()).isEqualTo(409);
    }
}
