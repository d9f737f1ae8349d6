package nl.signaal.trainerkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.Test;

/** Trainer kits over HTTP on H2 and PostgreSQL, with the shipped content: facilitator roles read them, learners not. */
@MicronautTest(transactional = false)
class TrainerKitApiTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    private Api api() {
        return new Api(client, json);
    }

    private Api.Session as(Role role) {
        UUID organisation = accounts.organisation("Kits " + UUID.randomUUID(), "jeugdhulp");
        return api().logIn(accounts.user(organisation, role), TestAccounts.PASSWORD);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.values().forEach(items::add);
        return items;
    }

    @Test
    void listsTheCasesWithAKitForAnAttentionOfficer() {
        Api.Response response = api().get("/api/trainer-kits?locale=nl", as(Role.ATTENTION_OFFICER));
        assertThat(response.status()).isEqualTo(200);
        List<String> ids = list(response.body()).stream()
                .map(kit -> kit.get("scenarioId").getStringValue())
                .toList();
        assertThat(ids).contains("jeugdhulp-signalen", "team-signalen-samenbrengen", "lvb-zorg-vriendschap");
    }

    @Test
    void givesAKitWithACardPerDecisionSceneAndTheCasesOwnDiscussionPrompt() {
        Api.Response response = api().get("/api/trainer-kits/team-signalen-samenbrengen?locale=en", as(Role.TRAINER));
        assertThat(response.status()).isEqualTo(200);
        JsonNode kit = response.body();
        assertThat(kit.get("locale").getStringValue()).isEqualTo("en");
        assertThat(kit.get("untranslated").getBooleanValue()).isFalse();
        assertThat(list(kit.get("timing")).stream()
                        .map(plan -> plan.get("minutes").getIntValue()))
                .containsExactly(30, 60);
        List<JsonNode> scenes = list(kit.get("scenes"));
        JsonNode first = scenes.get(0);
        assertThat(first.get("id").getStringValue()).isEqualTo("mentor-belt");
        assertThat(first.get("discussionHtml").getStringValue()).contains("<strong>");
        assertThat(list(first.get("questions")).get(0).getStringValue())
                .isEqualTo("What would you ask Mirjam before hanging up?");
        assertThat(list(first.get("choices"))).hasSize(2);
        assertThat(first.get("summary").getStringValue()).doesNotContain("<");
        assertThat(scenes).noneMatch(scene -> scene.get("id").getStringValue().contains("afloop"));
    }

    @Test
    void fallsBackToDutchAndSaysSoInALocaleWithoutAKit() {
        Api.Response response = api().get("/api/trainer-kits/jeugdhulp-signalen?locale=pl", as(Role.COORDINATOR));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("untranslated").getBooleanValue()).isTrue();
        assertThat(list(response.body().get("aims")).get(0).getStringValue()).startsWith("Deelnemers herkennen");
    }

    @Test
    void refusesALearner() {
        assertThat(api().get("/api/trainer-kits", as(Role.LEARNER)).status()).isEqualTo(403);
        assertThat(api().get("/api/trainer-kits/jeugdhulp-signalen", as(Role.LEARNER))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void answersNotFoundForACaseWithoutAKit() {
        assertThat(api().get("/api/trainer-kits/no-such-case", as(Role.ADMIN)).status())
                .isEqualTo(404);
    }
}
