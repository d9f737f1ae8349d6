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
    /** A stand-in for a file the frontend build names after its content's hash (src/test/resources/public). */
    private static final String HASHED_ASSET = "/assets/stand-in-Bx7Qa2Lk.js";

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

    @Test
    void hashedAssetsAreKeptForAYearWithoutAskingAgain() {
        Api.Response script = api.send(HttpRequest.GET(HASHED_ASSET), null);
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void theStartPageIsCheckedOnEveryVisit() {
        for (String path : new String[] {"/", "/index.html", "/learn/some-module"}) {
            Api.Response page = api.send(HttpRequest.GET(path).accept("text/html"), null);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.raw().body()).as(path).contains("<div id=\"app\">");
            assertThat(page.header("Cache-Control")).as(path).isEqualTo("no-cache");
        }
    }

    @Test
    void aMissingAssetIsNotCachedForAYear() {
        Api.Response missing = api.send(HttpRequest.GET("/assets/no-such-file-0000.js"), null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Cache-Control")).isNotEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void apiAnswersGetNoAssetCaching() {
        Api.Response modules = api.get("/api/modules", null);
        assertThat(modules.header("Cache-Control")).isNotEqualTo("public, max-age=31536000, immutable");
    }
}
