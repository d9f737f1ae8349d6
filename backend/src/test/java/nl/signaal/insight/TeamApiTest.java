package nl.signaal.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
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
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class TeamApiTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    Api api;
    UUID organisation;
    UUID other;
    Api.Session coordinator;
    Api.Session otherCoordinator;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        organisation = accounts.organisation("Jeugdzorg Teams", "jeugdhulp");
        coordinator = api.logIn(
                accounts.userNamed(organisation, "Carla Coördinator", Role.COORDINATOR), TestAccounts.PASSWORD);
        other = accounts.organisation("Andere Teams", "onderwijs");
        otherCoordinator = api.logIn(accounts.user(other, Role.COORDINATOR), TestAccounts.PASSWORD);
    }

    private String teams(UUID of) {
        return "/api/organisations/" + of + "/teams";
    }

    private Api.Response create(String name, String sector) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("sector", sector);
        return api.post(teams(organisation), body, coordinator);
    }

    private UUID createTeam(String name) {
        Api.Response created = create(name, "jeugdhulp");
        assertThat(created.status()).isEqualTo(201);
        return UUID.fromString(created.text("id"));
    }

    private Api.Response delete(String path, Api.Session by) {
        return api.send(HttpRequest.DELETE(path), by);
    }

    private String members(UUID team) {
        return teams(organisation) + "/" + team + "/members";
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode node : array.values()) {
            values.add(node.get(field).getStringValue());
        }
        return values;
    }

    private static String fieldError(Api.Response response) {
        return response.body().get("errors").get(0).get("field").getStringValue();
    }

    @Test
    void aCoordinatorCreatesATeamWithATrimmedNameAndSeesItListedByName() {
        Api.Response created = create("  Zuid-Oost  ", "lvb-zorg");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("name")).isEqualTo("Zuid-Oost");
        assertThat(created.text("sector")).isEqualTo("lvb-zorg");
        assertThat(created.body().get("members").getLongValue()).isZero();
        assertThat(created.header("Location")).isEqualTo(teams(organisation) + "/" + created.text("id"));
        createTeam("Aa-team");
        List<String> names = texts(api.get(teams(organisation), coordinator).body(), "name");
        assertThat(names).containsSubsequence("Aa-team", "Zuid-Oost");
    }

    @Test
    void aSecondTeamWithTheSameNameInAnyCaseIsAConflict() {
        createTeam("Dubbel");

        Api.Response again = create("dubbel", "jeugdhulp");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("detail")).contains("already has a team named 'dubbel'");
    }

    @Test
    void anotherOrganisationMayUseTheSameName() {
        createTeam("Overal");

        Api.Response elsewhere =
                api.post(teams(other), Map.of("name", "Overal", "sector", "onderwijs"), otherCoordinator);

        assertThat(elsewhere.status()).isEqualTo(201);
    }

    @Test
    void aBlankOrTooLongNameOrAnUnknownSectorIsRefusedNamingTheField() {
        assertThat(fieldError(create("   ", "jeugdhulp"))).isEqualTo("name");
        assertThat(create("x".repeat(121), "jeugdhulp").status()).isEqualTo(400);
        assertThat(create("x".repeat(120), "jeugdhulp").status()).isEqualTo(201);
        Api.Response sector = create("Sectorloos", "ruimtevaart");
        assertThat(sector.status()).isEqualTo(400);
        assertThat(fieldError(sector)).isEqualTo("sector");
        assertThat(fieldError(create("Zonder sector", null))).isEqualTo("sector");
    }

    @Test
    void aTeamIsRenamedAndMovedToAnotherSectorButNotOntoAnotherTeamsName() {
        UUID team = createTeam("Oude naam");
        createTeam("Bezet");

        Api.Response renamed = api.put(
                teams(organisation) + "/" + team, Map.of("name", "Nieuwe naam", "sector", "buurtteam"), coordinator);
        Api.Response clash =
                api.put(teams(organisation) + "/" + team, Map.of("name", "Bezet", "sector", "buurtteam"), coordinator);
        Api.Response sameName = api.put(
                teams(organisation) + "/" + team, Map.of("name", "Nieuwe naam", "sector", "jeugdhulp"), coordinator);

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.text("name")).isEqualTo("Nieuwe naam");
        assertThat(renamed.text("sector")).isEqualTo("buurtteam");
        assertThat(clash.status()).isEqualTo(409);
        assertThat(sameName.status()).isEqualTo(200);
    }

    @Test
    void membersAreAddedAndRemovedIdempotentlyAndCountedInTheList() {
        UUID team = createTeam("Leden");
        UUID anna = accounts.id(accounts.userNamed(organisation, "Anna Aandacht", Role.ATTENTION_OFFICER));
        UUID bert = accounts.id(accounts.userNamed(organisation, "Bert Leerling", Role.LEARNER));

        assertThat(api.put(members(team) + "/" + bert, Map.of(), coordinator).status())
                .isEqualTo(204);
        assertThat(api.put(members(team) + "/" + anna, Map.of(), coordinator).status())
                .isEqualTo(204);
        assertThat(api.put(members(team) + "/" + anna, Map.of(), coordinator).status())
                .isEqualTo(204);

        Api.Response listed = api.get(members(team), coordinator);
        assertThat(texts(listed.body(), "displayName")).containsExactly("Anna Aandacht", "Bert Leerling");
        assertThat(listed.body().get(0).get("roles").get(0).getStringValue()).isEqualTo("ATTENTION_OFFICER");
        assertThat(listed.body().get(0).get("email").getStringValue()).contains("@");
        assertThat(count(team)).isEqualTo(2);

        assertThat(delete(members(team) + "/" + anna, coordinator).status()).isEqualTo(204);
        assertThat(delete(members(team) + "/" + anna, coordinator).status()).isEqualTo(204);
        assertThat(texts(api.get(members(team), coordinator).body(), "displayName"))
                .containsExactly("Bert Leerling");
        assertThat(count(team)).isEqualTo(1);
    }

    private long count(UUID team) {
        for (JsonNode listed : api.get(teams(organisation), coordinator).body().values()) {
            if (listed.get("id").getStringValue().equals(team.toString())) {
                return listed.get("members").getLongValue();
            }
        }
        throw new AssertionError("team not listed");
    }

    @Test
    void onlyActiveMembersOfTheSameOrganisationCanBeAdded() {
        UUID team = createTeam("Alleen eigen");
        UUID stranger = accounts.id(accounts.user(other, Role.LEARNER));
        String gone = accounts.user(organisation, Role.LEARNER);
        Api.Session admin = api.logIn(accounts.user(organisation, Role.ADMIN), TestAccounts.PASSWORD);
        api.post(
                "/api/organisations/" + organisation + "/members/" + accounts.id(gone) + "/deactivate",
                Map.of(),
                admin);

        assertThat(api.put(members(team) + "/" + stranger, Map.of(), coordinator)
                        .status())
                .isEqualTo(404);
        assertThat(api.put(members(team) + "/" + accounts.id(gone), Map.of(), coordinator)
                        .status())
                .isEqualTo(404);
        assertThat(api.put(members(team) + "/" + UUID.randomUUID(), Map.of(), coordinator)
                        .status())
                .isEqualTo(404);
        assertThat(api.get(members(team), coordinator).body().values()).isEmpty();
    }

    @Test
    void deletingATeamKeepsItsMembersInTheOrganisation() {
        UUID team = createTeam("Tijdelijk");
        String member = accounts.user(organisation, Role.LEARNER);
        api.put(members(team) + "/" + accounts.id(member), Map.of(), coordinator);

        assertThat(delete(teams(organisation) + "/" + team, coordinator).status())
                .isEqualTo(204);

        assertThat(api.get(members(team), coordinator).status()).isEqualTo(404);
        assertThat(texts(api.get(teams(organisation), coordinator).body(), "id"))
                .doesNotContain(team.toString());
        assertThat(api.logIn(member, TestAccounts.PASSWORD)).isNotNull();
    }

    @Test
    void anotherOrganisationsTeamIsNotFoundUnderThisOrganisationsPath() {
        Api.Response theirs =
                api.post(teams(other), Map.of("name", "Van hen", "sector", "onderwijs"), otherCoordinator);
        String path = teams(organisation) + "/" + theirs.text("id");

        assertThat(api.get(path + "/members", coordinator).status()).isEqualTo(404);
        assertThat(api.put(path, Map.of("name", "Gekaapt", "sector", "onderwijs"), coordinator)
                        .status())
                .isEqualTo(404);
        assertThat(delete(path, coordinator).status()).isEqualTo(404);
        assertThat(texts(api.get(teams(other), otherCoordinator).body(), "name"))
                .contains("Van hen");
    }

    @Test
    void learnersAndTrainersCannotManageTeams() {
        Api.Session learner = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        Api.Session trainer = api.logIn(accounts.user(organisation, Role.TRAINER), TestAccounts.PASSWORD);

        assertThat(api.get(teams(organisation), learner).status()).isEqualTo(403);
        assertThat(api.post(teams(organisation), Map.of("name", "Stiekem", "sector", "jeugdhulp"), trainer)
                        .status())
                .isEqualTo(403);
        assertThat(api.get(teams(organisation), otherCoordinator).status()).isEqualTo(403);
    }
}
