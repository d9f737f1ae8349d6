package nl.signaal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class WebTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    Api api;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
    }

    @Test
    void healthIsUpWhenTheDatabaseAnswers() {
        Api.Response health = api.get("/health", null);
        assertThat(health.status()).as(health.raw().body()).isEqualTo(200);
        assertThat(health.raw().body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void anAppRouteGetsTheSinglePageAppSoDeepLinksWork() {
        Api.Response page =
                api.send(HttpRequest.GET("/learn/some-module/lessons/x").accept("text/html"), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.raw().body()).contains("<div id=\"app\">");
    }

    @Test
    void anUnknownApiPathIsAJsonNotFound() {
        Api.Response missing = api.get("/api/no-such-thing", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void answersCarryAContentSecurityPolicy() {
        Api.Response response = api.get("/api/modules", null);
        assertThat(response.header("Content-Security-Policy"))
                .contains("default-src 'self'")
                .contains("object-src 'none'");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        Api.Response document = api.send(HttpRequest.GET("/swagger/signaal-0.1.yml"), null);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.raw().body()).contains("/api/modules").contains("/api/auth/login");
    }

    @Test
    void malformedJsonIsABadRequestProblemNotAServerError() {
        Api.Response response =
                api.send(HttpRequest.POST("/api/auth/login", "{not json").contentType("application/json"), null);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
