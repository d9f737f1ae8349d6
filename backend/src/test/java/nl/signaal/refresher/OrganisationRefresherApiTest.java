package nl.signaal.refresher;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.learning.CheckAnswers;
import org.junit.jupiter.api.Test;

/** The refresher policy and the status overview of an organisation, for its coordinators. */
@MicronautTest(transactional = false)
class OrganisationRefresherApiTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    Content content;

    private Api api() {
        return new Api(client, json);
    }

    private Api.Session logIn(String email) {
        return api().logIn(email, TestAccounts.PASSWORD);
    }

    private static Map<String, Object> policy(double target, int interval, int months, List<String> modules) {
        Map<String, Object> policy = new HashMap<>();
        policy.put("targetRetention", target);
        policy.put("maximumIntervalDays", interval);
        policy.put("fullRefreshMonths", months);
        policy.put("mandatoryModules", modules);
        return policy;
    }

    @Test
    void anOrganisationWithoutPolicyHasTheDefaultsWithEveryModuleMandatory() {
        UUID organisation = accounts.organisation("Standaard", "jeugdhulp");
        Api.Response policy = api().get(
                        "/api/organisations/" + organisation + "/refresher-policy",
                        logIn(accounts.user(organisation, Role.COORDINATOR)));

        assertThat(policy.status()).isEqualTo(200);
        assertThat(policy.body().get("targetRetention").getDoubleValue()).isEqualTo(0.85);
        assertThat(policy.body().get("maximumIntervalDays").getIntValue()).isEqualTo(180);
        assertThat(policy.body().get("fullRefreshMonths").getIntValue()).isEqualTo(12);
        assertThat(policy.body().get("mandatoryModules").size())
                .isEqualTo(content.modules().size());
    }

    @Test
    void aCoordinatorChangesThePolicyAndReadsItBack() {
        UUID organisation = accounts.organisation("Eigen beleid", "jeugdhulp");
        Api.Session coordinator = logIn(accounts.user(organisation, Role.COORDINATOR));
        String path = "/api/organisations/" + organisation + "/refresher-policy";
        String module = content.modules().get(1).id();

        Api.Response saved = api().put(path, policy(0.9, 90, 6, List.of(module, module)), coordinator);
        assertThat(saved.status()).isEqualTo(200);
        Api.Response changedAgain = api().put(path, policy(0.8, 120, 24, List.of(module)), coordinator);
        assertThat(changedAgain.status()).isEqualTo(200);

        JsonNode read = api().get(path, coordinator).body();
        assertThat(read.get("targetRetention").getDoubleValue()).isEqualTo(0.8);
        assertThat(read.get("maximumIntervalDays").getIntValue()).isEqualTo(120);
        assertThat(read.get("fullRefreshMonths").getIntValue()).isEqualTo(24);
        assertThat(read.get("mandatoryModules").size()).isEqualTo(1);
        assertThat(read.get("mandatoryModules").get(0).getStringValue()).isEqualTo(module);
    }

    @Test
    void rejectsAPolicyOutsideItsLimitsFieldByField() {
        UUID organisation = accounts.organisation("Grenzen", "jeugdhulp");
        Api.Session coordinator = logIn(accounts.user(organisation, Role.COORDINATOR));
        String path = "/api/organisations/" + organisation + "/refresher-policy";
        String module = content.modules().get(0).id();

        assertThat(field(api().put(path, policy(0.5, 180, 12, List.of(module)), coordinator)))
                .isEqualTo("targetRetention");
        assertThat(field(api().put(path, policy(0.98, 180, 12, List.of(module)), coordinator)))
                .isEqualTo("targetRetention");
        assertThat(field(api().put(path, policy(0.85, 6, 12, List.of(module)), coordinator)))
                .isEqualTo("maximumIntervalDays");
        assertThat(field(api().put(path, policy(0.85, 731, 12, List.of(module)), coordinator)))
                .isEqualTo("maximumIntervalDays");
        assertThat(field(api().put(path, policy(0.85, 180, 0, List.of(module)), coordinator)))
                .isEqualTo("fullRefreshMonths");
        assertThat(field(api().put(path, policy(0.85, 180, 37, List.of(module)), coordinator)))
                .isEqualTo("fullRefreshMonths");
        assertThat(field(api().put(path, policy(0.85, 180, 12, List.of("no-such-module")), coordinator)))
                .isEqualTo("mandatoryModules");
        assertThat(field(api().put(path, policy(0.85, 180, 12, List.of()), coordinator)))
                .isEqualTo("mandatoryModules");
    }

    private static String field(Api.Response response) {
        assertThat(response.status()).isEqualTo(400);
        return response.body().get("errors").get(0).get("field").getStringValue();
    }

    @Test
    void theStatusShowsEachMembersMandatoryModulesAndTheShareThatKeepsThemCurrent() {
        UUID organisation = accounts.organisation("Overzicht", "jeugdhulp");
        Api.Session coordinator = logIn(accounts.user(organisation, Role.COORDINATOR));
        TrainingModule module = content.modules().get(0);
        api().put(
                        "/api/organisations/" + organisation + "/refresher-policy",
                        policy(0.85, 180, 12, List.of(module.id())),
                        coordinator);
        CheckAnswers.submit(api(), module, true, logIn(accounts.userNamed(organisation, "Anna", Role.LEARNER)));
        accounts.userNamed(organisation, "Bram", Role.LEARNER);

        Api.Response all = api().get("/api/organisations/" + organisation + "/refresher-status", coordinator);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().get("learners").size()).isEqualTo(3);
        assertThat(all.body().get("refreshRate").getDoubleValue()).isEqualTo(1 / 3.0);

        JsonNode learners = api().get(
                        "/api/organisations/" + organisation + "/refresher-status?role=LEARNER", coordinator)
                .body();
        assertThat(learners.get("refreshRate").getDoubleValue()).isEqualTo(0.5);
        List<String> statuses = new ArrayList<>();
        learners.get("learners").values().forEach(learner -> {
            assertThat(learner.get("modules").size()).isEqualTo(1);
            statuses.add(learner.get("displayName").getStringValue() + ":"
                    + learner.get("modules").get(0).get("status").getStringValue());
        });
        assertThat(statuses).containsExactly("Anna:CURRENT", "Bram:NOT_COMPLETED");
        assertThat(api().get("/api/organisations/" + organisation + "/refresher-status?role=BOSS", coordinator)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theStatusCsvHasARowPerMemberAndNeutralisesFormulas() {
        UUID organisation = accounts.organisation("Export", "jeugdhulp");
        Api.Session coordinator = logIn(accounts.user(organisation, Role.COORDINATOR));
        TrainingModule module = content.modules().get(0);
        api().put(
                        "/api/organisations/" + organisation + "/refresher-policy",
                        policy(0.85, 180, 12, List.of(module.id())),
                        coordinator);
        CheckAnswers.submit(
                api(),
                module,
                true,
                logIn(accounts.userNamed(organisation, "=HYPERLINK(\"http://evil\",\"x\")", Role.LEARNER)));
        accounts.userNamed(organisation, "Jansen, Piet", Role.LEARNER);

        Api.Response csv =
                api().get("/api/organisations/" + organisation + "/refresher-status.csv?role=LEARNER", coordinator);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("refresher-status.csv");
        String[] lines = csv.raw().body().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("userId,displayName,roles," + module.id());
        assertThat(lines[1]).contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",LEARNER,CURRENT");
        assertThat(lines[2]).contains(",\"Jansen, Piet\",LEARNER,NOT_COMPLETED");
    }

    @Test
    void onlyTheOrganisationsOwnCoordinatorsSeeItsStatus() {
        UUID organisation = accounts.organisation("Afgeschermd", "jeugdhulp");
        UUID other = accounts.organisation("Buren", "jeugdhulp");
        String path = "/api/organisations/" + organisation + "/refresher-status";

        assertThat(api().get(path, logIn(accounts.user(organisation, Role.ADMIN)))
                        .status())
                .isEqualTo(200);
        assertThat(api().get(path, logIn(accounts.user(other, Role.COORDINATOR)))
                        .status())
                .isEqualTo(403);
        assertThat(api().get(path + ".csv", logIn(accounts.user(other, Role.COORDINATOR)))
                        .status())
                .isEqualTo(403);
        assertThat(api().get(path, logIn(accounts.user(organisation, Role.LEARNER)))
                        .status())
                .isEqualTo(403);
        assertThat(api().get(path + ".csv", null).status()).isEqualTo(401);
    }
}
