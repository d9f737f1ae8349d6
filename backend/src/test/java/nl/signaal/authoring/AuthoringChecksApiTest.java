package nl.signaal.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks while writing over HTTP on H2 and PostgreSQL: translations with outdated fields, answer cues, problems. */
@MicronautTest(transactional = false)
class AuthoringChecksApiTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    Api.Session trainer;
    Api.Session foreignTrainer;

    private Api api() {
        return new Api(client, json);
    }

    @BeforeAll
    void setUp() {
        UUID organisation = accounts.organisation("Vertalers", "jeugdhulp");
        UUID other = accounts.organisation("Andere vertalers", "onderwijs");
        trainer = api().logIn(accounts.user(organisation, Role.TRAINER), TestAccounts.PASSWORD);
        foreignTrainer = api().logIn(accounts.user(other, Role.TRAINER), TestAccounts.PASSWORD);
    }

    /** The draft after a save of {@code files} on top of {@code draft}. */
    private Api.Response save(Api.Response draft, Map<String, String> files) {
        Api.Response saved = api().put(
                        "/api/authoring/items/" + draft.text("id"),
                        Map.of("version", draft.body().get("version").getLongValue(), "files", files),
                        trainer);
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        return saved;
    }

    private static Map<String, String> files(Api.Response draft) {
        Map<String, String> files = new HashMap<>();
        draft.body()
                .get("files")
                .entries()
                .forEach(e -> files.put(e.getKey(), e.getValue().getStringValue()));
        return files;
    }

    private JsonNode field(String id, String key) {
        Api.Response translations = api().get("/api/authoring/items/" + id + "/translations", trainer);
        assertThat(translations.status()).as(translations.raw().body()).isEqualTo(200);
        for (JsonNode field : translations.body().get("fields").values()) {
            if (field.get("key").getStringValue().equals(key)) {
                return field;
            }
        }
        throw new AssertionError("no field " + key + " in " + translations.raw().body());
    }

    private String status(String id, String key, String locale) {
        return field(id, key).get("targets").get(locale).get("status").getStringValue();
    }

    @Test
    void aTranslationIsOutdatedOnceTheDutchChangesAndOkOnceUpdated() {
        Api.Response draft =
                api().post("/api/authoring/items", Map.of("kind", "SCENARIO", "contentId", "vertaalde-casus"), trainer);
        String id = draft.text("id");
        assertThat(status(id, "title", "en")).isEqualTo("missing");

        Map<String, String> files = files(draft);
        files.put("en.yaml", files.get("nl.yaml").replace("Nieuwe casus", "New case"));
        draft = save(draft, files);
        assertThat(status(id, "title", "en")).isEqualTo("ok");
        assertThat(field(id, "title").get("source").getStringValue()).isEqualTo("Nieuwe casus");
        assertThat(field(id, "title").get("targets").get("en").get("text").getStringValue())
                .isEqualTo("New case");

        files.put("nl.yaml", files.get("nl.yaml").replace("Nieuwe casus", "Sam en de klusjes"));
        draft = save(draft, files);
        assertThat(status(id, "title", "en")).isEqualTo("outdated");
        assertThat(status(id, "summary", "en")).isEqualTo("ok");
        JsonNode english = locale(id, "en");
        assertThat(english.get("outdated").getIntValue()).isEqualTo(1);
        assertThat(english.get("present").getIntValue())
                .isEqualTo(english.get("total").getIntValue());
        assertThat(locale(id, "ar").get("present").getIntValue()).isZero();

        files.put("en.yaml", files.get("en.yaml").replace("New case", "Sam and the odd jobs"));
        save(draft, files);
        assertThat(status(id, "title", "en")).isEqualTo("ok");
        assertThat(locale(id, "en").get("outdated").getIntValue()).isZero();
    }

    @Test
    void anImportedTranslationStaysOkUntilTheDutchChanges() {
        Api.Response draft = api().post(
                        "/api/authoring/items",
                        Map.of("kind", "SCENARIO", "contentId", "variant-vertaald", "derivedFrom", "buurtteam-tikkies"),
                        trainer);
        assertThat(draft.status()).as(draft.raw().body()).isEqualTo(201);
        String id = draft.text("id");
        assertThat(status(id, "title", "en")).isEqualTo("ok");

        Map<String, String> files = files(draft);
        String dutchTitle = field(id, "title").get("source").getStringValue();
        files.put("nl.yaml", files.get("nl.yaml").replace(dutchTitle, "Tikkies in de wijk"));
        save(draft, files);
        assertThat(status(id, "title", "en")).isEqualTo("outdated");
        assertThat(status(id, "summary", "en")).isEqualTo("ok");
    }

    @Test
    void theCuesOfAModuleDraftCountItsQuestions() {
        Api.Response draft =
                api().post("/api/authoring/items", Map.of("kind", "MODULE", "contentId", "module-met-cues"), trainer);
        assertThat(draft.body().get("problems").size()).as(draft.raw().body()).isZero();
        Api.Response cues = api().get("/api/authoring/items/" + draft.text("id") + "/cues", trainer);
        assertThat(cues.status()).as(cues.raw().body()).isEqualTo(200);
        assertThat(cues.body().get("measured").getBooleanValue()).isTrue();
        assertThat(cues.body().get("partial").getBooleanValue()).isFalse();
        JsonNode check = cues.body().get("sets").get(0);
        assertThat(check.get("kind").getStringValue()).isEqualTo("module check");
        assertThat(check.get("size").getIntValue()).isEqualTo(1);
        // the template's right answer, "Doorvragen naar wat er speelt.", is shorter than the wrong one
        assertThat(check.get("longest").getIntValue()).isZero();
        assertThat(check.get("shortest").getIntValue()).isEqualTo(1);
        assertThat(check.get("positions").get("1").getIntValue()).isEqualTo(1);
        assertThat(check.get("items").get(0).get("lengths").size()).isEqualTo(2);
        assertThat(check.get("fails").getBooleanValue()).isFalse();
    }

    @Test
    void anotherOrganisationSeesNeitherCuesNorTranslations() {
        String id = api().post("/api/authoring/items", Map.of("kind", "MODULE", "contentId", "geheime-module"), trainer)
                .text("id");
        assertThat(api().get("/api/authoring/items/" + id + "/cues", foreignTrainer)
                        .status())
                .isEqualTo(404);
        assertThat(api().get("/api/authoring/items/" + id + "/translations", foreignTrainer)
                        .status())
                .isEqualTo(404);
    }

    private JsonNode locale(String id, String locale) {
        for (JsonNode count : api().get("/api/authoring/items/" + id + "/translations", trainer)
                .body()
                .get("locales")
                .values()) {
            if (count.get("locale").getStringValue().equals(locale)) {
                return count;
            }
        }
        throw new AssertionError("no locale " + locale);
    }
}
