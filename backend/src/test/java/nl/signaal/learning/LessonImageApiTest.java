package nl.signaal.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import org.junit.jupiter.api.Test;

/** A module's images, as the browser fetches them for a lesson: typed, sandboxed, and nothing but those files. */
@MicronautTest(transactional = false)
class LessonImageApiTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Content content;

    private HttpResponse<byte[]> get(String path) {
        return client.toBlocking().exchange(HttpRequest.GET(path), byte[].class);
    }

    private HttpStatus statusOf(String path) {
        try {
            return get(path).getStatus();
        } catch (HttpClientResponseException e) {
            assertThat(e.getResponse().getBody(String.class).orElse("")).doesNotContain("lessons:", "id: de-meldcode");
            return e.getStatus();
        }
    }

    @Test
    void servesAShippedSvgTypedAndSandboxed() {
        HttpResponse<byte[]> response = get("/api/modules/de-meldcode/images/vijf-stappen.svg");

        assertThat(response.getStatus().getCode()).isEqualTo(200);
        assertThat(response.getContentType().orElseThrow().toString()).isEqualTo("image/svg+xml");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Content-Security-Policy"))
                .isEqualTo("default-src 'none'; style-src 'unsafe-inline'; sandbox");
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .contains("<svg")
                .doesNotContain("<script");
        assertThat(response.body())
                .isEqualTo(content.module("de-meldcode")
                        .orElseThrow()
                        .image("vijf-stappen.svg")
                        .orElseThrow()
                        .bytes());
    }

    @Test
    void theLessonPointsAtTheImageWithItsAltText() {
        String html = content.module("de-meldcode")
                .orElseThrow()
                .lesson("vijf-stappen")
                .orElseThrow()
                .html()
                .in("en")
                .text();

        assertThat(html)
                .contains(
                        "<img src=\"/api/modules/de-meldcode/images/vijf-stappen.svg\" alt=\"Diagram of the five steps")
                .contains("<aside data-callout=\"kernpunten\">");
    }

    @Test
    void refusesTraversalAndAnythingNotAnImageOfThatModule() {
        for (String path : List.of(
                "/api/modules/de-meldcode/images/..%2Fnl.yaml",
                "/api/modules/de-meldcode/images/%2e%2e%2fmodule.yaml",
                "/api/modules/de-meldcode/images/..%5Cnl.yaml",
                "/api/modules/de-meldcode/images/nl.yaml",
                "/api/modules/de-meldcode/images/regie.svg",
                "/api/modules/..%2Fscenarios/images/x.svg",
                "/api/modules/bestaat-niet/images/vijf-stappen.svg")) {
            assertThat(statusOf(path).getCode()).as(path).isEqualTo(404);
        }
    }
}
