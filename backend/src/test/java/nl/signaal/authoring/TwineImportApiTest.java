package nl.signaal.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The browser's Twine import over HTTP on H2 and PostgreSQL: a draft per story, chosen from archives, IFID updates. */
@MicronautTest(transactional = false)
class TwineImportApiTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    Api.Session trainer;
    Api.Session foreignTrainer;
    Api.Session learner;

    private Api api() {
        return new Api(client, json);
    }

    @BeforeAll
    void setUp() {
        UUID organisation = accounts.organisation("Twine Importeurs", "jeugdhulp");
        UUID other = accounts.organisation("Andere Importeurs", "onderwijs");
        trainer = api().logIn(accounts.user(organisation, Role.TRAINER), TestAccounts.PASSWORD);
        learner = api().logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        foreignTrainer = api().logIn(accounts.user(other, Role.TRAINER), TestAccounts.PASSWORD);
    }

    private static byte[] sample(String name) {
        try (InputStream in = TwineImportApiTest.class.getResourceAsStream("/twee/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Api.Response upload(String fileName, byte[] bytes, Map<String, String> fields, Api.Session session) {
        MultipartBody.Builder body =
                MultipartBody.builder().addPart("file", fileName, MediaType.TEXT_PLAIN_TYPE, bytes);
        fields.forEach(body::addPart);
        return api().send(
                        HttpRequest.POST("/api/authoring/import/twine", body.build())
                                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
                        session);
    }

    @Test
    void importsAStoryAsADraftOfTheOrganisation() {
        Api.Response imported = upload("portiek.twee", sample("goto-sugarcube.twee"), Map.of(), trainer);

        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(200);
        assertThat(imported.text("status")).isEqualTo("imported");
        assertThat(imported.text("contentId")).isEqualTo("het-portiek");
        assertThat(imported.body().get("report").values())
                .anySatisfy(line ->
                        assertThat(line.get("message").getStringValue()).contains("<<goto>> moves on to 'Portiek'"));
        String id = imported.text("itemId");
        Api.Response item = api().get("/api/authoring/items/" + id, trainer);
        assertThat(item.text("contentId")).isEqualTo("het-portiek");
        assertThat(item.body().get("files").get("scenario.yaml").getStringValue())
                .startsWith("# twine-ifid: 6C1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F\nid: het-portiek\n");
        assertThat(errors(item.body())).isZero();
        assertThat(api().get("/api/authoring/items/" + id, foreignTrainer).status())
                .isEqualTo(404);
    }

    @Test
    void asksWhichStoryOfAnArchiveAndThenImportsThatOne() {
        Api.Response choose = upload("bibliotheek.html", sample("archive.html"), Map.of(), trainer);

        assertThat(choose.status()).isEqualTo(200);
        assertThat(choose.text("status")).isEqualTo("choose-story");
        assertThat(choose.body().get("stories").size()).isEqualTo(2);
        assertThat(choose.body().get("stories").get(1).get("name").getStringValue())
                .isEqualTo("Tweede verhaal");
        assertThat(choose.body().get("stories").get(1).get("index").getIntValue())
                .isEqualTo(2);

        Api.Response imported = upload(
                "bibliotheek.html",
                sample("archive.html"),
                Map.of("story", "2", "contentId", "tweede-uit-archief"),
                trainer);
        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(200);
        assertThat(imported.text("status")).isEqualTo("imported");
        assertThat(imported.text("contentId")).isEqualTo("tweede-uit-archief");
        Api.Response item = api().get("/api/authoring/items/" + imported.text("itemId"), trainer);
        assertThat(item.body().get("files").get("nl.yaml").getStringValue()).contains("Tweede verhaal", "Twee.");
    }

    @Test
    void aReimportOfTheSameStoryUpdatesItsDraft() {
        byte[] first = sample("goto-harlowe.twee");
        Api.Response imported = upload("schoolplein.twee", first, Map.of(), foreignTrainer);
        String id = imported.text("itemId");
        long version = api().get("/api/authoring/items/" + id, foreignTrainer)
                .body()
                .get("version")
                .getLongValue();

        byte[] changed = new String(first, StandardCharsets.UTF_8)
                .replace("De bel gaat.", "De bel gaat en iedereen loopt naar binnen.")
                .getBytes(StandardCharsets.UTF_8);
        Api.Response again = upload("schoolplein.twee", changed, Map.of(), foreignTrainer);

        assertThat(again.status()).as(again.raw().body()).isEqualTo(200);
        assertThat(again.text("status")).isEqualTo("updated");
        assertThat(again.text("itemId")).isEqualTo(id);
        Api.Response item = api().get("/api/authoring/items/" + id, foreignTrainer);
        assertThat(item.body().get("version").getLongValue()).isEqualTo(version + 1);
        assertThat(item.body().get("files").get("nl.yaml").getStringValue()).contains("iedereen loopt naar binnen");
        // the same story in another organisation is a draft of its own
        Api.Response elsewhere = upload("schoolplein.twee", first, Map.of("contentId", "schoolplein-hier"), trainer);
        assertThat(elsewhere.text("status")).isEqualTo("imported");
        assertThat(elsewhere.text("itemId")).isNotEqualTo(id);
    }

    @Test
    void saysImportedWithProblemsWhenTheResultCannotBePlayed() {
        Api.Response imported = upload("eiland.twee", sample("unreachable.twee"), Map.of(), trainer);

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.text("status")).isEqualTo("imported-with-problems");
        assertThat(imported.body().get("report").values()).anySatisfy(line -> {
            assertThat(line.get("severity").getStringValue()).isEqualTo("ERROR");
            assertThat(line.get("passage").getStringValue()).isEqualTo("Eiland");
            assertThat(line.get("line").getIntValue()).isEqualTo(14);
        });
    }

    @Test
    void aBadFileAnswers400NamingFile() {
        Api.Response notTwine =
                upload("notities.html", "<html><body>Hallo</body></html>".getBytes(), Map.of(), trainer);
        Api.Response wrongKind = upload("foto.png", new byte[] {1, 2, 3}, Map.of(), trainer);
        Api.Response noStart = upload("kapot.twee", ":: Ergens\nTekst.\n".getBytes(), Map.of(), trainer);

        for (Api.Response response : new Api.Response[] {notTwine, wrongKind, noStart}) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.raw().body()).contains("\"file\"");
        }
        assertThat(noStart.raw().body()).contains("start passage 'Start' does not exist");
    }

    @Test
    void learnersDoNotImport() {
        assertThat(upload("portiek.twee", sample("goto-sugarcube.twee"), Map.of(), learner)
                        .status())
                .isEqualTo(403);
    }

    private static int errors(JsonNode item) {
        int errors = 0;
        for (JsonNode problem : item.get("problems").values()) {
            if ("ERROR".equals(problem.get("severity").getStringValue())) {
                errors++;
            }
        }
        return errors;
    }
}
