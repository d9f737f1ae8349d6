package nl.signaal.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Decision 0043: a published module joins the content at the next start; a broken one is skipped and the application
 * still starts. The second start is a second application context on the same database.
 */
@MicronautTest(transactional = false)
class PublishedModulesAtStartTest extends DatabaseTest {
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

    private Map<String, String> database;

    @Override
    public Map<String, String> getProperties() {
        database = super.getProperties();
        return database;
    }

    @Test
    void aPublishedModuleIsLiveAfterTheNextStartAndABrokenOneIsSkipped() {
        Api api = new Api(client, json);
        Api.Session trainer = api.logIn(
                accounts.user(accounts.organisation("Modules Publiek", "jeugdhulp"), Role.TRAINER),
                TestAccounts.PASSWORD);
        Api.Response good = api.post(
                "/api/authoring/items", Map.of("kind", "MODULE", "contentId", "gepubliceerde-module"), trainer);
        Api.Response broken =
                api.post("/api/authoring/items", Map.of("kind", "MODULE", "contentId", "kapotte-module"), trainer);
        publish(good, AuthoringFixtures.validModule(AuthoringFixtures.files(good)));
        Map<String, String> brokenFiles = AuthoringFixtures.files(broken);
        brokenFiles.put("module.yaml", "id: kapotte-module\nversion: 1\n");
        publish(broken, brokenFiles);
        assertThat(content.module("gepubliceerde-module")).isEmpty();

        try (ApplicationContext next = ApplicationContext.run(new HashMap<String, Object>(database), "test")) {
            Content after = next.getBean(Content.class);
            assertThat(after.module("gepubliceerde-module")).isPresent();
            assertThat(after.module("kapotte-module")).isEmpty();
            assertThat(after.modules()).hasSize(content.modules().size() + 1);
            assertThat(after.scenarios()).hasSameSizeAs(content.scenarios());
        }
    }

    private static Map<String, String> files(Api.Response item) {
        Map<String, String> files = new HashMap<>();
        item.body()
                .get("files")
                .entries()
                .forEach(e -> files.put(e.getKey(), e.getValue().getStringValue()));
        return files;
    }

    private void publish(Api.Response item, Map<String, String> files) {
        versions.save(AuthoringFixtures.version(item, 1, files, draftFiles));
    }
}
