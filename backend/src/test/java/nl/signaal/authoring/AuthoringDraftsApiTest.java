package nl.signaal.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
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

/** Drafts over HTTP on H2 and PostgreSQL: who may author, the template plays, a stale save changes nothing. */
@MicronautTest(transactional = false)
class AuthoringDraftsApiTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    Api.Session trainer;
    Api.Session colleague;
    Api.Session learner;
    Api.Session foreignTrainer;

    private Api api() {
        return new Api(client, json);
    }

    @BeforeAll
    void setUp() {
        UUID organisation = accounts.organisation("Jeugdzorg Auteurs", "jeugdhulp");
        UUID other = accounts.organisation("Onderwijs Auteurs", "onderwijs");
        trainer = api().logIn(accounts.user(organisation, Role.TRAINER), TestAccounts.PASSWORD);
        colleague = api().logIn(accounts.user(organisation, Role.TRAINER), TestAccounts.PASSWORD);
        learner = api().logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        foreignTrainer = api().logIn(accounts.user(other, Role.TRAINER), TestAccounts.PASSWORD);
    }

    @Test
    void aNewScenarioDraftStartsFromATemplateWithoutErrors() {
        Api.Response created = api().post(
                        "/api/authoring/items",
                        Map.of("kind", "SCENARIO", "contentId", "sjabloon-zonder-fouten"),
                        trainer);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("problems").size()).isZero();
        assertThat(created.body().get("files").get("scenario.yaml").getStringValue())
                .contains("id: sjabloon-zonder-fouten");
    }

    @Test
    void theIdMustBeFreeAndWellFormed() {
        assertThat(api().post("/api/authoring/items", Map.of("kind", "SCENARIO", "contentId", "Met Spaties"), trainer)
                        .status())
                .isEqualTo(400);
        api().post("/api/authoring/items", Map.of("kind", "MODULE", "contentId", "dubbel-id"), trainer);
        Api.Response again =
                api().post("/api/authoring/items", Map.of("kind", "SCENARIO", "contentId", "dubbel-id"), trainer);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.raw().body()).contains("contentId");
    }

    @Test
    void aStaleSaveAnswersConflictAndChangesNothing() {
        Api.Response created =
                api().post("/api/authoring/items", Map.of("kind", "SCENARIO", "contentId", "twee-trainers"), trainer);
        String id = created.text("id");
        long version = created.body().get("version").getLongValue();
        Map<String, String> files = new HashMap<>();
        created.body()
                .get("files")
                .entries()
                .forEach(e -> files.put(e.getKey(), e.getValue().getStringValue()));

        Map<String, String> mine = new HashMap<>(files);
        mine.put("nl.yaml", files.get("nl.yaml").replace("Nieuwe casus", "Mijn titel"));
        Api.Response saved =
                api().put("/api/authoring/items/" + id, Map.of("version", version, "files", mine), trainer);
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        assertThat(saved.body().get("version").getLongValue()).isGreaterThan(version);

        Map<String, String> theirs = new HashMap<>(files);
        theirs.put("nl.yaml", files.get("nl.yaml").replace("Nieuwe casus", "Hun titel"));
        Api.Response stale =
                api().put("/api/authoring/items/" + id, Map.of("version", version, "files", theirs), colleague);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("type")).contains("draft-edited");
        assertThat(api().get("/api/authoring/items/" + id, colleague)
                        .body()
                        .get("files")
                        .get("nl.yaml")
                        .getStringValue())
                .contains("Mijn titel");
    }

    @Test
    void aBrokenDraftIsSavedWithItsProblems() {
        Api.Response created =
                api().post("/api/authoring/items", Map.of("kind", "SCENARIO", "contentId", "kapot-doel"), trainer);
        Map<String, String> files = new HashMap<>();
        created.body()
                .get("files")
                .entries()
                .forEach(e -> files.put(e.getKey(), e.getValue().getStringValue()));
        files.put("scenario.yaml", files.get("scenario.yaml").replace("to: goed", "to: nergens"));
        Api.Response saved = api().put(
                        "/api/authoring/items/" + created.text("id"),
                        Map.of("version", created.body().get("version").getLongValue(), "files", files),
                        trainer);
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        assertThat(saved.raw().body()).contains("nergens");
    }

    @Test
    void learnersMayNotAuthorAndOtherOrganisationsSeeNothing() {
        assertThat(api().get("/api/authoring/items", learner).status()).isEqualTo(403);
        String id = api().post("/api/authoring/items", Map.of("kind", "MODULE", "contentId", "verborgen"), trainer)
                .text("id");
        assertThat(api().get("/api/authoring/items/" + id, foreignTrainer).status())
                .isEqualTo(404);
        assertThat(api().get("/api/authoring/items", foreignTrainer).raw().body())
                .doesNotContain("verborgen");
    }
}
