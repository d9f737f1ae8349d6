package nl.signaal.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class StatementApiTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    Content content;

    Api api;
    TrainingModule module;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        module = content.modules().get(0);
    }

    private void viewLessons(Api.Session learner, int count) {
        nl.signaal.LessonViews.view(api, module, learner, count);
    }

    @Test
    void aLessonViewIsStoredAsAnXapiStatement() {
        UUID organisation = accounts.organisation("Verslavingszorg Test", "verslavingszorg");
        String email = accounts.user(organisation, Role.LEARNER);
        Api.Session learner = api.logIn(email, TestAccounts.PASSWORD);
        viewLessons(learner, 1);

        JsonNode statement = api.get("/api/xapi/statements", learner)
                .body()
                .get("statements")
                .get(0);

        assertThat(UUID.fromString(statement.get("id").getStringValue())).isNotNull();
        assertThat(statement.get("version").getStringValue()).isEqualTo("1.0.3");
        assertThat(statement.get("verb").get("id").getStringValue())
                .isEqualTo("http://adlnet.gov/expapi/verbs/experienced");
        assertThat(statement.get("object").get("id").getStringValue())
                .isEqualTo("https://signaal.nl/xapi/activities/modules/" + module.id() + "/lessons/"
                        + module.lessons().get(0).id());
        assertThat(statement.get("object").get("definition").get("type").getStringValue())
                .isEqualTo("http://adlnet.gov/expapi/activities/lesson");
        assertThat(statement.get("actor").get("account").get("name").getStringValue())
                .isEqualTo(api.get("/api/me", learner).text("id"));
        assertThat(statement
                        .get("context")
                        .get("extensions")
                        .get("https://signaal.nl/xapi/extensions/content-version")
                        .getIntValue())
                .isEqualTo(module.version());
        assertThat(statement.get("context").get("language").getStringValue()).isEqualTo("en");
        assertThat(statement.get("timestamp").getStringValue()).isNotBlank();
    }

    @Test
    void checkStatementsShareTheAttemptAsRegistrationAndCarryTheScore() {
        UUID organisation = accounts.organisation("LVB Test", "lvb-zorg");
        Api.Session learner = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        UUID attempt = UUID.randomUUID();
        api.post(
                "/api/modules/" + module.id() + "/check/attempts",
                Map.of("attemptId", attempt.toString(), "answers", nl.signaal.learning.CheckAnswers.of(module, true)),
                learner);

        Set<String> verbs = new HashSet<>();
        for (JsonNode statement : api.get("/api/xapi/statements?size=100", learner)
                .body()
                .get("statements")
                .values()) {
            verbs.add(statement.get("verb").get("id").getStringValue());
            if (statement.get("verb").get("id").getStringValue().endsWith("/earned")) {
                continue; // the module's certificate: a whole of its own, no attempt's (decision 0055)
            }
            assertThat(statement.get("context").get("registration").getStringValue())
                    .isEqualTo(attempt.toString());
            if (statement.get("verb").get("id").getStringValue().endsWith("/passed")) {
                assertThat(statement.get("result").get("score").get("scaled").getDoubleValue())
                        .isEqualTo(1.0);
                assertThat(statement.get("result").get("success").getBooleanValue())
                        .isTrue();
            }
        }
        assertThat(verbs)
                .containsExactlyInAnyOrder(
                        "http://adlnet.gov/expapi/verbs/answered",
                        "http://adlnet.gov/expapi/verbs/passed",
                        "http://adlnet.gov/expapi/verbs/completed",
                        "http://id.tincanapi.com/verb/earned");
    }

    @Test
    void statementsArePagedNewestFirstWithALinkToMore() {
        UUID organisation = accounts.organisation("Opvang Test", "maatschappelijke-opvang");
        Api.Session learner = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        viewLessons(learner, 5);

        JsonNode first = api.get("/api/xapi/statements?limit=2", learner).body();
        assertThat(first.get("statements").size()).isEqualTo(2);
        assertThat(first.get("more").getStringValue()).startsWith("/api/xapi/statements?limit=2&cursor=");
        JsonNode second = api.get(first.get("more").getStringValue(), learner).body();
        JsonNode last = api.get(second.get("more").getStringValue(), learner).body();
        assertThat(last.get("statements").size()).isEqualTo(1);
        assertThat(last.get("more").getStringValue()).isEmpty();
        String newest = first.get("statements").get(0).get("stored").getStringValue();
        String older = first.get("statements").get(1).get("stored").getStringValue();
        assertThat(newest.compareTo(older)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aCoordinatorSeesTheOrganisationsRecordsAndNoOtherOrganisations() {
        UUID forensic = accounts.organisation("Forensisch Test", "forensische-zorg");
        UUID police = accounts.organisation("Politie Test", "politie-jeugdreclassering");
        Api.Session colleague = api.logIn(accounts.user(forensic, Role.LEARNER), TestAccounts.PASSWORD);
        Api.Session outsider = api.logIn(accounts.user(police, Role.LEARNER), TestAccounts.PASSWORD);
        viewLessons(colleague, 2);
        viewLessons(outsider, 3);
        Api.Session coordinator = api.logIn(accounts.user(forensic, Role.COORDINATOR), TestAccounts.PASSWORD);

        JsonNode seen = api.get("/api/xapi/statements?scope=organisation", coordinator)
                .body()
                .get("statements");
        assertThat(seen.size()).isEqualTo(2);
        String colleagueId = api.get("/api/me", colleague).text("id");
        seen.values()
                .forEach(s -> assertThat(
                                s.get("actor").get("account").get("name").getStringValue())
                        .isEqualTo(colleagueId));

        assertThat(api.get("/api/xapi/statements?scope=organisation", colleague).status())
                .isEqualTo(403);
        assertThat(api.get("/api/xapi/statements", outsider)
                        .body()
                        .get("statements")
                        .size())
                .isEqualTo(3);
        assertThat(api.get("/api/xapi/statements", null).status()).isEqualTo(401);
    }
}
