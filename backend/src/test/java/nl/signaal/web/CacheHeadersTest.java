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

/** The app's own files as the browser gets them (stand-ins in src/test/resources/public). */
@MicronautTest(transactional = false)
class CacheHeadersTest extends DatabaseTest {
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
