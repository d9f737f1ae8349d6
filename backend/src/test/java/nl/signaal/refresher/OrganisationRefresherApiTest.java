package nl.signaal.refresher;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.Test;

/** The refresher policy of an organisation, for its coordinators: settings, limits and whether it was chosen. */
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

    @Inject
    RefresherPolicyRepository storedPolicies;

    @Inject
    RefresherPolicies refresherPolicies;

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
        assertThat(policy.body().get("chosen").getBooleanValue()).isFalse();
    }

    @Test
    void aCoordinatorChangesThePolicyAndReadsItBack() {
        UUID organisation = accounts.organisation("Eigen beleid", "jeugdhulp");
        Api.Session coordinator = logIn(accounts.user(organisation, Role.COORDINATOR));
        String path = "/api/organisations/" + organisation + "/refresher-policy";
        String module = content.modules().get(1).id();

        Api.Response saved = api().put(path, policy(0.9, 90, 6, List.of(module, module)), coordinator);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().get("chosen").getBooleanValue()).isTrue();
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
    void anOrganisationThatNeverChoseIsNotChosenAndAPolicyRowWithoutModulesNeitherUntilSaved() {
        UUID organisation = accounts.organisation("Nog niet gekozen", "jeugdhulp");
        Api.Session coordinator = logIn(accounts.user(organisation, Role.COORDINATOR));
        String path = "/api/organisations/" + organisation + "/refresher-policy";
        assertThat(api().get(path, coordinator).body().get("chosen").getBooleanValue())
                .isFalse();

        // A row with settings but mandatory_modules NULL (saved before the choice existed): still not chosen.
        storedPolicies.save(new RefresherPolicy(organisation, 0.9, 90, 6, null, java.time.Instant.now(), null));
        JsonNode unchosen = api().get(path, coordinator).body();
        assertThat(unchosen.get("chosen").getBooleanValue()).isFalse();
        assertThat(unchosen.get("targetRetention").getDoubleValue()).isEqualTo(0.9);
        assertThat(unchosen.get("mandatoryModules").size())
                .isEqualTo(content.modules().size());

        String first = content.modules().get(0).id();
        String second = content.modules().get(1).id();
        JsonNode saved = api().put(path, policy(0.9, 90, 6, List.of(first, second)), coordinator)
                .body();
        assertThat(saved.get("chosen").getBooleanValue()).isTrue();
        JsonNode read = api().get(path, coordinator).body();
        assertThat(read.get("chosen").getBooleanValue()).isTrue();
        assertThat(read.get("mandatoryModules").values())
                .extracting(JsonNode::getStringValue)
                .containsExactly(first, second);
        assertThat(refresherPolicies.of(organisation).chosen()).isTrue();
    }

    @Test
    void choosingNoMandatoryModuleIsRefusedInPlainWordsAndLeavesThePolicyUnchosen() {
        UUID organisation = accounts.organisation("Niets verplicht", "jeugdhulp");
        Api.Session coordinator = logIn(accounts.user(organisation, Role.COORDINATOR));
        String path = "/api/organisations/" + organisation + "/refresher-policy";

        Api.Response refused = api().put(path, policy(0.85, 180, 12, List.of()), coordinator);

        assertThat(field(refused)).isEqualTo("mandatoryModules");
        assertThat(refused.body().get("errors").get(0).get("message").getStringValue())
                .isEqualTo("choose at least one module that everyone must keep current");
        assertThat(api().get(path, coordinator).body().get("chosen").getBooleanValue())
                .isFalse();
    }

    @Test
    void onlyTheOrganisationsOwnCoordinatorsAndAdminsSeeItsPolicy() {
        UUID organisation = accounts.organisation("Afgeschermd", "jeugdhulp");
        UUID other = accounts.organisation("Buren", "jeugdhulp");
        String path = "/api/organisations/" + organisation + "/refresher-policy";

        assertThat(api().get(path, logIn(accounts.user(organisation, Role.ADMIN)))
                        .status())
                .isEqualTo(200);
        assertThat(api().get(path, logIn(accounts.user(other, Role.COORDINATOR)))
                        .status())
                .isEqualTo(403);
        assertThat(api().get(path, logIn(accounts.user(organisation, Role.LEARNER)))
                        .status())
                .isEqualTo(403);
        assertThat(api().get(path, null).status()).isEqualTo(401);
    }
}
