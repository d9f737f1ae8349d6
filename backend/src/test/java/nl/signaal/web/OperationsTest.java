package nl.signaal.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Metrics behind a token, request ids, liveness and readiness, and the headers of plain-HTTP installs. */
@MicronautTest(transactional = false)
class OperationsTest extends DatabaseTest {
    static final String TOKEN = "test-metrics-token-0123456789abcdef";

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
        properties.put("signaal.metrics.token", TOKEN);
        properties.put("signaal.public-url", "http://signaal.example");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
    }

    @Test
    void metricsWithoutTheTokenAreRefused() {
        Api.Response none = api.get("/metrics", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.raw().body()).doesNotContain("jvm_");

        Api.Response wrong = api.send(HttpRequest.GET("/metrics").bearerAuth(TOKEN + "x"), null);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.raw().body()).doesNotContain("jvm_");
    }

    @Test
    void metricsWithTheTokenArePrometheusTextWithRequestsJvmAndPool() {
        api.get("/api/modules", null);
        Api.Response metrics = api.send(HttpRequest.GET("/metrics").bearerAuth(TOKEN), null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.raw().body())
                .contains("# TYPE http_server_requests_seconds")
                .contains("uri=\"/api/modules\"")
                .contains("jvm_memory_used_bytes")
                .contains("hikaricp_connections_active");
    }

    @Test
    void loginsAreCountedByOutcome() {
        String email = accounts.user(accounts.organisation("Counted", "buurtteam"), Role.LEARNER);
        api.post("/api/auth/login", Map.of("email", email, "password", TestAccounts.PASSWORD), null);
        api.post("/api/auth/login", Map.of("email", email, "password", "wrong password here"), null);
        api.post("/api/auth/login", Map.of("email", email, "password", "wrong password again"), null);
        String metrics = api.send(HttpRequest.GET("/metrics").bearerAuth(TOKEN), null)
                .raw()
                .body();
        assertThat(metrics)
                .containsPattern("signaal_logins_total\\{[^}]*outcome=\"success\"[^}]*} [1-9]")
                .containsPattern("signaal_logins_total\\{[^}]*outcome=\"rejected\"[^}]*} [2-9]");
    }

    @Test
    void aSaneRequestIdIsEchoed() {
        Api.Response response = api.send(HttpRequest.GET("/health").header("X-Request-Id", "proxy-42.a_B"), null);
        assertThat(response.header("X-Request-Id")).isEqualTo("proxy-42.a_B");
    }

    @Test
    void anInsaneRequestIdIsReplacedByANewOne() {
        Api.Response forged = api.send(HttpRequest.GET("/health").header("X-Request-Id", "a b\" [INFO] forged"), null);
        Api.Response tooLong = api.send(HttpRequest.GET("/health").header("X-Request-Id", "x".repeat(65)), null);
        Api.Response without = api.get("/health", null);
        for (Api.Response response : new Api.Response[] {forged, tooLong, without}) {
            assertThat(response.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        }
        assertThat(forged.header("X-Request-Id")).isNotEqualTo(without.header("X-Request-Id"));
    }

    @Test
    void aProblemNamesTheRequestIdSoUsersCanQuoteIt() {
        Api.Response missing =
                api.send(HttpRequest.GET("/api/no-such-thing").header("X-Request-Id", "quote-me-1"), null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("requestId")).isEqualTo("quote-me-1");

        Api.Response unauthorized =
                api.send(HttpRequest.GET("/api/me/progress").header("X-Request-Id", "quote-me-2"), null);
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.text("requestId")).isEqualTo("quote-me-2");
    }

    @Test
    void livenessIsUpWhileTheProcessRuns() {
        Api.Response liveness = api.get("/health/liveness", null);
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.raw().body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void readinessChecksTheDatabaseAndTheContent() {
        Api.Response readiness = api.get("/health/readiness", null);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.text("status")).isEqualTo("UP");
        assertThat(readiness.body().get("checks").get("database").getStringValue())
                .isEqualTo("UP");
        assertThat(readiness.body().get("checks").get("content").getStringValue())
                .isEqualTo("UP");
    }

    @Test
    void overPlainHttpThereIsNoHstsAndTheCookieIsNotSecure() {
        String email = accounts.user(accounts.organisation("Plain", "buurtteam"), Role.LEARNER);
        Api.Response login =
                api.post("/api/auth/login", Map.of("email", email, "password", TestAccounts.PASSWORD), null);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Strict-Transport-Security")).isNull();
        assertThat(login.raw().getHeaders().getAll("Set-Cookie"))
                .isNotEmpty()
                .noneMatch(cookie -> cookie.toLowerCase(Locale.ROOT).contains("secure"));
    }

    @Test
    void theSwaggerUiPageHasAPolicyThatAllowsOnlyItsOwnInlineScript() throws Exception {
        Api.Response page = api.send(HttpRequest.GET("/swagger-ui/index.html"), null);
        assertThat(page.status()).isEqualTo(200);
        String policy = page.header("Content-Security-Policy");
        assertThat(policy)
                .contains("default-src 'self'")
                .contains("object-src 'none'")
                .doesNotContain("unsafe-eval");
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL)
                .matcher(page.raw().body());
        assertThat(script.find()).isTrue();
        String hash = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(script.group(1).getBytes(UTF_8)));
        assertThat(policy).contains("script-src 'self' 'sha256-" + hash + "'");
        assertThat(policy.substring(policy.indexOf("script-src"))).doesNotContain("unsafe-inline");
    }
}
