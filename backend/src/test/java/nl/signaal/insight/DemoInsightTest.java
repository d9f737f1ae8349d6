package nl.signaal.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.InsightDemoCreated;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;
import nl.signaal.identity.TestAccounts;
import nl.signaal.refresher.OrganisationPolicy;
import nl.signaal.refresher.RefresherPolicies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The insight demo as DemoData makes it on the embedded demo database, replayed on an ordinary test organisation:
 * the accounts carry the demo's addresses in the event (as RemindersTest does for the first demo).
 */
@MicronautTest(transactional = false)
class DemoInsightTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    ApplicationEventPublisher<InsightDemoCreated> demoEvents;

    @Inject
    RefresherPolicies policies;

    @Inject
    InsightSql sql;

    @Inject
    Content content;

    @Inject
    Clock clock;

    UUID organisation;
    Api.Session coordinator;
    final Map<String, UUID> ids = new HashMap<>();

    @BeforeAll
    void replayTheDemo() {
        organisation = accounts.organisation("Noorderlicht-achtig", "jeugdhulp");
        List<SignedInUser> people = new ArrayList<>();
        String coordinatorEmail = accounts.user(organisation, Role.COORDINATOR);
        people.add(person(coordinatorEmail, InsightDemoCreated.COORDINATOR, Role.COORDINATOR));
        for (String demoEmail : DemoInsight.PEOPLE.keySet()) {
            people.add(person(accounts.user(organisation, Role.LEARNER), demoEmail, Role.LEARNER));
        }
        demoEvents.publishEvent(new InsightDemoCreated(organisation, people));
        coordinator = new Api(client, json).logIn(coordinatorEmail, TestAccounts.PASSWORD);
    }

    private SignedInUser person(String email, String demoEmail, Role role) {
        UUID id = accounts.id(email);
        ids.put(demoEmail, id);
        return new SignedInUser(id, organisation, "jeugdhulp", Set.of(role), "Demo", demoEmail, "nl");
    }

    @Test
    void twoTeamsOneOfThemUnderThePrivacyFloor() {
        JsonNode teams = new Api(client, json)
                .get("/api/organisations/" + organisation + "/teams", coordinator)
                .body();

        assertThat(teams.get(0).get("name").getStringValue()).isEqualTo(DemoInsight.AMBULANT);
        assertThat(teams.get(0).get("sector").getStringValue()).isEqualTo("jeugdhulp");
        assertThat(teams.get(0).get("members").getLongValue()).isEqualTo(7);
        assertThat(teams.get(1).get("name").getStringValue()).isEqualTo(DemoInsight.DE_LINDE);
        assertThat(teams.get(1).get("sector").getStringValue()).isEqualTo("lvb-zorg");
        assertThat(teams.get(1).get("members").getLongValue()).isEqualTo(4);
    }

    @Test
    void theFirstTwoModulesAreChosenAsMandatory() {
        OrganisationPolicy policy = policies.of(organisation);

        assertThat(policy.chosen()).isTrue();
        assertThat(policy.mandatoryModules())
                .containsExactlyElementsOf(content.modules().subList(0, 2).stream()
                        .map(TrainingModule::id)
                        .toList());
    }

    @Test
    void checksWerePassedFromTenToFourHundredDaysAgo() {
        List<Instant> completed = sql.query(
                new SqlPart(
                        "SELECT mc.completed_at FROM module_completion mc JOIN app_user u ON u.id = mc.user_id"
                                + " WHERE u.organisation_id = ? ORDER BY mc.completed_at",
                        List.of(organisation)),
                row -> InsightSql.instant(row, "completed_at"));
        Instant now = clock.instant();

        assertThat(completed).hasSize(9);
        assertThat(Duration.between(completed.get(0), now).toDays()).isEqualTo(400);
        assertThat(Duration.between(completed.get(completed.size() - 1), now).toDays())
                .isEqualTo(10);
        UUID sanne = ids.get("sanne.devries@demo.signaal.nl");
        List<String> sannesModules = sql.query(
                new SqlPart("SELECT module_id FROM module_completion WHERE user_id = ?", List.of(sanne)),
                row -> row.getString("module_id"));
        assertThat(sannesModules).hasSize(2);
    }
}
