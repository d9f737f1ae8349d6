package nl.signaal.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A module without texts in the asked locale answers in Dutch, marked untranslated. The shipped content is complete
 * in every locale, so this runs on the test fixture, whose module has no Polish file at all.
 */
@MicronautTest(transactional = false)
@Property(name = "signaal.content.dir", value = "src/test/resources/content-fixtures/valid/content")
class UntranslatedModuleApiTest extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    Content content;

    Api api;
    TrainingModule dutchOnly;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        dutchOnly = content.module("wat-is-criminele-uitbuiting").orElseThrow();
        assertThat(dutchOnly.title().byLocale()).containsKey("nl").doesNotContainKey("pl");
    }

    @Test
    void aTextMissingInTheLocaleFallsBackToDutchMarkedUntranslated() {
        JsonNode summary =
                api.get("/api/modules/" + dutchOnly.id() + "?locale=pl", null).body();

        assertThat(summary.get("title").getStringValue())
                .isEqualTo(dutchOnly.title().in("nl").text());
        assertThat(summary.get("untranslated").getBooleanValue()).isTrue();
    }

    @Test
    void aFlyerWithoutTranslationFallsBackToDutchMarkedUntranslated() {
        Api.Response flyer = api.get("/api/modules/" + dutchOnly.id() + "/flyer?locale=pl", null);

        assertThat(flyer.text("html")).isEqualTo(dutchOnly.flyer().in("nl").text());
        assertThat(flyer.body().get("untranslated").getBooleanValue()).isTrue();
        assertThat(api.get("/api/modules/no-such-module/flyer", null).status()).isEqualTo(404);
    }
}
