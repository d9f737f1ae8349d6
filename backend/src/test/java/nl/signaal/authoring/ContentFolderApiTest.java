package nl.signaal.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.content.ContentLoader;
import nl.signaal.content.ContentProblem;
import nl.signaal.content.LoadResult;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export of authored content as content/ files, and import of a zip of a content folder, on H2 and PostgreSQL. */
@MicronautTest(transactional = false)
class ContentFolderApiTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    AuthoredVersionRepository versions;

    @Inject
    DraftFiles draftFiles;

    @Inject
    Content content;

    @Value("${signaal.content.dir}")
    String contentDir;

    Api.Session trainer;
    Api.Session learner;
    Api.Session foreignTrainer;

    private Api api() {
        return new Api(client, json);
    }

    @BeforeAll
    void setUp() {
        UUID organisation = accounts.organisation("Jeugdzorg Export", "jeugdhulp");
        UUID other = accounts.organisation("Onderwijs Export", "onderwijs");
        trainer = api().logIn(accounts.user(organisation, Role.TRAINER), TestAccounts.PASSWORD);
        learner = api().logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        foreignTrainer = api().logIn(accounts.user(other, Role.TRAINER), TestAccounts.PASSWORD);
    }

    @Test
    void anExportUnzippedIntoContentPassesTheValidator(@TempDir Path temp) throws IOException {
        Api.Response scenario = create("SCENARIO", "export-casus", trainer);
        publish(scenario, 1);
        Api.Response module = create("MODULE", "export-module", trainer);
        Map<String, String> moduleFiles = AuthoringFixtures.validModule(AuthoringFixtures.files(module));
        moduleFiles.put("refreshers/items.yaml", """
                module: export-module
                items:
                  - id: export-module-waar
                    competency: signal-recognition
                    type: true-false
                    correct: [true]
                """);
        moduleFiles.put("refreshers/nl.yaml", """
                items:
                  export-module-waar:
                    prompt: "Waar of niet waar? Doorvragen helpt."
                    explanation: "Waar. Doorvragen helpt je signalen te zien."
                """);
        assertThat(api().put(
                                "/api/authoring/items/" + module.text("id"),
                                Map.of("version", module.body().get("version").getLongValue(), "files", moduleFiles),
                                trainer)
                        .status())
                .isEqualTo(200);

        HttpResponse<byte[]> scenarioZip = download("/api/authoring/items/" + scenario.text("id") + "/export");
        HttpResponse<byte[]> moduleZip =
                download("/api/authoring/items/" + module.text("id") + "/export?version=draft");

        assertThat(scenarioZip.getContentType().orElseThrow().toString()).isEqualTo("application/zip");
        assertThat(scenarioZip.header("Content-Disposition")).contains("export-casus-v1.zip");
        assertThat(moduleZip.header("Content-Disposition")).contains("export-module-draft.zip");
        assertThat(entries(scenarioZip.body()).keySet())
                .containsExactly("scenarios/export-casus/nl.yaml", "scenarios/export-casus/scenario.yaml");
        assertThat(entries(moduleZip.body()).keySet())
                .containsExactly(
                        "modules/export-module/module.yaml",
                        "modules/export-module/nl.yaml",
                        "refreshers/export-module/items.yaml",
                        "refreshers/export-module/nl.yaml");

        Path copy = copyOfShippedContent(temp);
        unzipInto(scenarioZip.body(), copy);
        unzipInto(moduleZip.body(), copy);
        LoadResult loaded = ContentLoader.load(copy);
        assertThat(loaded.errors().stream().map(ContentProblem::format)).isEmpty();
        assertThat(loaded.content().scenario("export-casus")).isPresent();
        assertThat(loaded.content().module("export-module")).isPresent();
    }

    @Test
    void theSameFilesGiveTheSameBytes() {
        Api.Response scenario = create("SCENARIO", "zelfde-bytes", trainer);
        publish(scenario, 1);
        byte[] first = download("/api/authoring/items/" + scenario.text("id") + "/export?version=1")
                .body();
        byte[] again = download("/api/authoring/items/" + scenario.text("id") + "/export")
                .body();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void anExportNamesTheVersionItCannotFind() {
        Api.Response draft = create("SCENARIO", "nog-niet-gepubliceerd", trainer);
        String path = "/api/authoring/items/" + draft.text("id") + "/export";
        Api.Response none = api().get(path, trainer);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.raw().body()).contains("version");
        assertThat(api().get(path + "?version=7", trainer).status()).isEqualTo(400);
        assertThat(api().get(path + "?version=draft", foreignTrainer).status()).isEqualTo(404);
        assertThat(api().get(path + "?version=draft", learner).status()).isEqualTo(403);
    }

    @Test
    void anImportCreatesUpdatesAndRefusesWithAReport() {
        create("SCENARIO", "van-een-ander", foreignTrainer);
        String shippedModule = content.modules().get(0).id();
        Map<String, String> zip = new LinkedHashMap<>();
        AuthoringTemplates.scenario("geimporteerd")
                .forEach((name, text) -> zip.put("content/scenarios/geimporteerd/" + name, text));
        AuthoringTemplates.scenario("van-een-ander")
                .forEach((name, text) -> zip.put("content/scenarios/van-een-ander/" + name, text));
        zip.put("content/modules/" + shippedModule + "/module.yaml", "id: " + shippedModule + "\n");
        zip.put("content/refreshers/zonder-module/items.yaml", "items: []\n");
        zip.put("content/modules/plaatjes/images/a.svg", "<svg/>");

        JsonNode report = upload(zip(zip), trainer).body();

        Map<String, String> statuses = new HashMap<>();
        report.get("items")
                .values()
                .forEach(item -> statuses.put(
                        item.get("contentId").getStringValue(),
                        item.get("status").getStringValue()));
        assertThat(statuses)
                .containsEntry("geimporteerd", "created")
                .containsEntry("van-een-ander", "refused")
                .containsEntry(shippedModule, "refused")
                .containsEntry("zonder-module", "refused");
        assertThat(report.get("skipped").get(0).getStringValue()).isEqualTo("content/modules/plaatjes/images/a.svg");
        JsonNode created = item(report, "geimporteerd");
        assertThat(created.get("problems").size()).isZero();
        assertThat(item(report, shippedModule)
                        .get("problems")
                        .get(0)
                        .get("message")
                        .getStringValue())
                .contains("shipped");

        Map<String, String> changed = new LinkedHashMap<>();
        AuthoringTemplates.scenario("geimporteerd")
                .forEach((name, text) ->
                        changed.put("scenarios/geimporteerd/" + name, text.replace("Nieuwe casus", "Bijgewerkt")));
        JsonNode again = upload(zip(changed), trainer).body();
        assertThat(item(again, "geimporteerd").get("status").getStringValue()).isEqualTo("updated");
        String itemId = created.get("itemId").getStringValue();
        assertThat(item(again, "geimporteerd").get("itemId").getStringValue()).isEqualTo(itemId);
        assertThat(api().get("/api/authoring/items/" + itemId, trainer).raw().body())
                .contains("Bijgewerkt");
        assertThat(api().get("/api/authoring/items", foreignTrainer).raw().body())
                .doesNotContain("geimporteerd");
    }

    @Test
    void aBadZipAnswers400NamingFileAndWritesNothing() {
        Map<String, String> slip = new LinkedHashMap<>();
        AuthoringTemplates.scenario("na-de-slip")
                .forEach((name, text) -> slip.put("scenarios/na-de-slip/" + name, text));
        slip.put("../../etc/evil.yaml", "x: 1");
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 201; i++) {
            many.put("scenarios/veel/" + i + ".yaml", "x: 1");
        }
        for (byte[] bad :
                List.of("dit is geen zip".getBytes(StandardCharsets.UTF_8), zip(slip), zip(many), new byte[0])) {
            Api.Response response = upload(bad, trainer);
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body().get("errors").get(0).get("field").getStringValue())
                    .isEqualTo("file");
        }
        assertThat(api().get("/api/authoring/items", trainer).raw().body()).doesNotContain("na-de-slip");
        Api.Response noFile = api().post("/api/authoring/import/content", Map.of(), trainer);
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.raw().body()).contains("file");
    }

    @Test
    void learnersMayNotImport() {
        Map<String, String> zip = new LinkedHashMap<>();
        AuthoringTemplates.scenario("van-een-leerling")
                .forEach((name, text) -> zip.put("scenarios/van-een-leerling/" + name, text));
        assertThat(upload(zip(zip), learner).status()).isEqualTo(403);
    }

    @Test
    void theUiIsToldWhenPublicationsReachLearners() {
        Api.Response publishing = api().get("/api/authoring/publishing", trainer);
        assertThat(publishing.text("scenarios")).isEqualTo("immediate");
        assertThat(publishing.text("modules")).isEqualTo("next-start");
    }

    private Api.Response create(String kind, String contentId, Api.Session session) {
        Api.Response created =
                api().post("/api/authoring/items", Map.of("kind", kind, "contentId", contentId), session);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created;
    }

    private static Map<String, String> files(Api.Response item) {
        Map<String, String> files = new HashMap<>();
        item.body()
                .get("files")
                .entries()
                .forEach(e -> files.put(e.getKey(), e.getValue().getStringValue()));
        return files;
    }

    private void publish(Api.Response item, int number) {
        versions.save(AuthoringFixtures.version(item, number, AuthoringFixtures.files(item), draftFiles));
    }

    private static JsonNode item(JsonNode report, String contentId) {
        for (JsonNode item : report.get("items").values()) {
            if (item.get("contentId").getStringValue().equals(contentId)) {
                return item;
            }
        }
        throw new AssertionError("no " + contentId + " in the report");
    }

    private HttpResponse<byte[]> download(String path) {
        MutableHttpRequest<?> request = HttpRequest.GET(path)
                .header("Cookie", "SIGNAAL_SESSION=" + trainer.cookie())
                .accept("application/zip");
        return client.toBlocking().exchange(request, byte[].class);
    }

    private Api.Response upload(byte[] zip, Api.Session session) {
        MultipartBody body = MultipartBody.builder()
                .addPart("file", "content.zip", new MediaType("application/zip"), zip)
                .build();
        return api().send(
                        HttpRequest.POST("/api/authoring/import/content", body)
                                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
                        session);
    }

    private static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, String> entries(byte[] zip) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    private static void unzipInto(byte[] zip, Path root) throws IOException {
        for (Map.Entry<String, String> entry : entries(zip).entrySet()) {
            Path file = root.resolve(entry.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, entry.getValue());
        }
    }

    private Path copyOfShippedContent(Path temp) throws IOException {
        Path source = Path.of(contentDir).toAbsolutePath().normalize();
        Path target = temp.resolve("content");
        List<Path> all;
        try (Stream<Path> walk = Files.walk(source)) {
            all = new ArrayList<>(walk.toList());
        }
        for (Path path : all) {
            Path to = target.resolve(source.relativize(path).toString());
            if (Files.isDirectory(path)) {
                Files.createDirectories(to);
            } else {
                Files.copy(path, to);
            }
        }
        return target;
    }
}
