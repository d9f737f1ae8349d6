package nl.signaal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Behind HTTPS (an https public URL) by default: HSTS on every answer, Secure cookies, no metrics without a token. */
@MicronautTest(transactional = false)
class HttpsTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    Api api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("signaal.public-url", "https://signaal.example");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
    }

    @Test
    void everyAnswerTellsTheBrowserToStayOnHttps() {
        assertThat(api.get("/api/modules", null).header("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000");
        assertThat(api.get("/health", null).header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    }

    @Test
    void theSessionCookieIsSecure() {
        String email = accounts.user(accounts.organisation("Behind TLS", "buurtteam"), Role.LEARNER);
        Api.Response login =
                api.post("/api/auth/login", Map.of("email", email, "password", TestAccounts.PASSWORD), null);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.raw().getHeaders().getAll("Set-Cookie"))
                .isNotEmpty()
                .allMatch(cookie -> cookie.startsWith("SIGNAAL_SESSION=")
                        && cookie.contains("; Secure")
                        && cookie.toLowerCase(Locale.ROOT).contains("; httponly"));
    }

    @Test
    void withoutATokenThereAreNoMetrics() {
        // No route at all: /metrics is an unknown path like any other (the single-page app's fallback).
        Api.Response metrics = api.send(HttpRequest.GET("/metrics").bearerAuth(""), null);
        assertThat(metrics.contentType()).doesNotStartWith("text/plain");
        assertThat(metrics.raw().body()).doesNotContain("jvm_");
    }
}
