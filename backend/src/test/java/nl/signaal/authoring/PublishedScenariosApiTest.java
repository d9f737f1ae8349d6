package nl.signaal.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.content.Content;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Published authored scenarios reach learners at once (ScenarioCatalogue), a variant only in its own organisation, and
 * runs stay on the version they started on through a new version and unpublishing. Publishing itself is another
 * branch's: these tests write authored_version rows as it does.
 */
@MicronautTest(transactional = false)
class PublishedScenariosApiTest extends DatabaseTest {
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
    PublishedScenarios published;

    @Inject
    MovableClock clock;

    @Inject
    Content content;

    UUID organisation;
    Api.Session trainer;
    Api.Session learner;
    Api.Session facilitator;
    Api.Session foreignLearner;
    Api.Session foreignFacilitator;

    private Api api() {
        return new Api(client, json);
    }

    @BeforeAll
    void setUp() {
        organisation = accounts.organisation("Jeugdzorg Publiek", "jeugdhulp");
        UUID other = accounts.organisation("Onderwijs Publiek", "onderwijs");
        trainer = api().logIn(accounts.user(organisation, Role.TRAINER), TestAccounts.PASSWORD);
        learner = api().logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        facilitator = api().logIn(accounts.user(organisation, Role.TRAINER), TestAccounts.PASSWORD);
        foreignLearner = api().logIn(accounts.user(other, Role.LEARNER), TestAccounts.PASSWORD);
        foreignFacilitator = api().logIn(accounts.user(other, Role.TRAINER), TestAccounts.PASSWORD);
    }

    @Test
    void aPublishedScenarioForEveryoneIsListedAndPlayableAtOnce() {
        Api.Response created = create(Map.of("kind", "SCENARIO", "contentId", "voor-iedereen", "audience", "ALL"));
        assertThat(scenarioIds(null)).doesNotContain("voor-iedereen");

        publish(created, 1, AuthoringFixtures.files(created));

        assertThat(scenarioIds(foreignLearner)).contains("voor-iedereen");
        assertThat(scenarioIds(null)).contains("voor-iedereen");
        assertThat(api().get("/api/scenarios/voor-iedereen?locale=nl", foreignLearner)
                        .text("title"))
                .isEqualTo("Nieuwe casus");
        Api.Response run = api().post("/api/scenarios/voor-iedereen/runs?locale=nl", Map.of(), foreignLearner);
        assertThat(run.status()).as(run.raw().body()).isEqualTo(201);
        assertThat(run.body().get("scenarioVersion").getIntValue()).isEqualTo(1);
    }

    @Test
    void aVariantIsSeenOnlyByItsOwnOrganisation() {
        String shipped = content.scenarios().get(0).id();
        Api.Response created = create(Map.of("kind", "SCENARIO", "contentId", "eigen-variant", "derivedFrom", shipped));
        assertThat(created.text("audience")).isEqualTo("OWN");
        publish(created, 1, AuthoringFixtures.files(created));

        assertThat(scenarioIds(learner)).contains("eigen-variant", shipped);
        assertThat(api().post("/api/scenarios/eigen-variant/runs", Map.of(), learner)
                        .status())
                .isEqualTo(201);

        assertThat(scenarioIds(foreignLearner)).doesNotContain("eigen-variant").contains(shipped);
        assertThat(scenarioIds(null)).doesNotContain("eigen-variant");
        assertThat(api().get("/api/scenarios/eigen-variant", foreignLearner).status())
                .isEqualTo(404);
        assertThat(api().post("/api/scenarios/eigen-variant/runs", Map.of(), foreignLearner)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void runsKeepTheirVersionThroughANewVersionAndUnpublishing() {
        Api.Response created = create(Map.of("kind", "SCENARIO", "contentId", "versies", "audience", "ALL"));
        Map<String, String> first = AuthoringFixtures.files(created);
        AuthoredVersion one = publish(created, 1, first);
        String runId = api().post("/api/scenarios/versies/runs?locale=nl", Map.of(), learner)
                .text("id");

        Map<String, String> second = new HashMap<>(first);
        second.put("scenario.yaml", first.get("scenario.yaml").replace("version: 1", "version: 2"));
        second.put("nl.yaml", first.get("nl.yaml").replace("Nieuwe casus", "Tweede versie"));
        AuthoredVersion two = publish(created, 2, second);

        assertThat(api().get("/api/scenarios/versies?locale=nl", learner).text("title"))
                .isEqualTo("Tweede versie");
        Api.Response old = api().get("/api/runs/" + runId + "?locale=nl", learner);
        assertThat(old.body().get("scenarioVersion").getIntValue()).isEqualTo(1);
        assertThat(old.text("title")).isEqualTo("Nieuwe casus");

        unpublish(one);
        unpublish(two);
        published.refresh();
        assertThat(scenarioIds(learner)).doesNotContain("versies");
        assertThat(api().get("/api/scenarios/versies", learner).status()).isEqualTo(404);

        Api.Response chosen = api().post(
                        "/api/runs/" + runId + "/choices?locale=nl",
                        Map.of("clientChoiceId", UUID.randomUUID().toString(), "choiceId", "doorvragen"),
                        learner);
        assertThat(chosen.status()).as(chosen.raw().body()).isEqualTo(200);
        assertThat(chosen.body().get("run").get("status").getStringValue()).isEqualTo("FINISHED");
    }

    @Test
    void anotherNodesPublicationIsSeenWithinSeconds() {
        Api.Response created = create(Map.of("kind", "SCENARIO", "contentId", "andere-node", "audience", "ALL"));
        published.published();
        // as another node would: the row is written, but this node's refresh() is not called
        versions.save(version(created, 1, AuthoringFixtures.files(created)));
        clock.advance(PublishedScenarios.CHECK_EVERY.plus(Duration.ofSeconds(1)));

        assertThat(scenarioIds(learner)).contains("andere-node");
    }

    @Test
    void facilitatorsSeePublishedCasesOfTheirOrganisation() {
        Api.Response created = create(Map.of(
                "kind",
                "SCENARIO",
                "contentId",
                "live-variant",
                "derivedFrom",
                content.scenarios().get(0).id()));
        publish(created, 1, AuthoringFixtures.files(created));

        assertThat(caseIds(facilitator)).contains("live-variant");
        assertThat(caseIds(foreignFacilitator)).doesNotContain("live-variant");
        Api.Response opened = api().post(
                        "/api/live/sessions",
                        Map.of("kind", "case", "activityId", "live-variant", "locale", "nl"),
                        facilitator);
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        assertThat(api().post(
                                "/api/live/sessions",
                                Map.of("kind", "case", "activityId", "live-variant", "locale", "nl"),
                                foreignFacilitator)
                        .status())
                .isEqualTo(400);
    }

    private Api.Response create(Map<String, String> command) {
        Api.Response created = api().post("/api/authoring/items", command, trainer);
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

    private AuthoredVersion publish(Api.Response item, int number, Map<String, String> files) {
        AuthoredVersion version = versions.save(version(item, number, files));
        published.refresh();
        return version;
    }

    private AuthoredVersion version(Api.Response item, int number, Map<String, String> files) {
        return AuthoringFixtures.version(item, number, files, draftFiles);
    }

    private void unpublish(AuthoredVersion version) {
        versions.update(new AuthoredVersion(
                version.id(),
                version.itemId(),
                version.number(),
                version.files(),
                version.authoredBy(),
                version.publishedBy(),
                version.publishedAt(),
                version.publishedBy(),
                Instant.now()));
    }

    private List<String> scenarioIds(Api.Session session) {
        List<String> ids = new ArrayList<>();
        api().get("/api/scenarios", session)
                .body()
                .values()
                .forEach(s -> ids.add(s.get("id").getStringValue()));
        return ids;
    }

    private List<String> caseIds(Api.Session session) {
        List<String> ids = new ArrayList<>();
        JsonNode activities = api().get("/api/live/activities", session).body();
        activities.get("cases").values().forEach(a -> ids.add(a.get("id").getStringValue()));
        return ids;
    }
}
