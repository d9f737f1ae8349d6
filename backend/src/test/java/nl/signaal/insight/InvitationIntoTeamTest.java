package nl.signaal.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class InvitationIntoTeamTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    Api api;
    UUID organisation;
    Api.Session coordinator;
    UUID team;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        organisation = accounts.organisation("Uitnodigend Team", "jeugdhulp");
        coordinator = api.logIn(accounts.user(organisation, Role.COORDINATOR), TestAccounts.PASSWORD);
        team = UUID.fromString(api.post(teams(), Map.of("name", "Ambulant", "sector", "jeugdhulp"), coordinator)
                .text("id"));
    }

    private String teams() {
        return "/api/organisations/" + organisation + "/teams";
    }

    private Api.Response invite(Object teamId) {
        return api.post(
                "/api/organisations/" + organisation + "/invitations",
                Map.of("role", "LEARNER", "maxUses", 3, "validDays", 7, "teamId", teamId),
                coordinator);
    }

    private Api.Response register(String code, String email) {
        return api.post(
                "/api/auth/register",
                Map.of(
                        "invitationCode",
                        code,
                        "email",
                        email,
                        "password",
                        "a long enough password",
                        "displayName",
                        "Nieuwe Teamgenoot"),
                null);
    }

    @Test
    void whoRegistersWithAnInvitationIntoATeamIsAMemberOfIt() {
        Api.Response invitation = invite(team.toString());
        assertThat(invitation.status()).isEqualTo(201);
        assertThat(invitation.body().get("team").get("name").getStringValue()).isEqualTo("Ambulant");

        String email = "teamgenoot-" + UUID.randomUUID() + "@example.org";
        assertThat(register(invitation.text("code"), email).status()).isEqualTo(201);

        JsonNode members =
                api.get(teams() + "/" + team + "/members", coordinator).body();
        assertThat(members.values())
                .anyMatch(m -> m.get("email").getStringValue().equals(email));
    }

    @Test
    void theInvitationListShowsTheTeamOrNone() {
        String withTeam = invite(team.toString()).text("code");
        String withoutTeam = api.post(
                        "/api/organisations/" + organisation + "/invitations",
                        Map.of("role", "LEARNER", "maxUses", 1, "validDays", 7),
                        coordinator)
                .text("code");

        JsonNode list = api.get("/api/organisations/" + organisation + "/invitations", coordinator)
                .body();

        for (JsonNode invitation : list.values()) {
            String code = invitation.get("code").getStringValue();
            if (code.equals(withTeam)) {
                assertThat(invitation.get("team").get("id").getStringValue()).isEqualTo(team.toString());
            }
            if (code.equals(withoutTeam)) {
                assertThat(invitation.get("team") == null
                                || invitation.get("team").isNull())
                        .isTrue();
            }
        }
    }

    @Test
    void aTeamOfAnotherOrganisationOrAnUnknownTeamIsRefusedNamingTeamId() {
        UUID other = accounts.organisation("Ander Team", "onderwijs");
        Api.Session theirs = api.logIn(accounts.user(other, Role.COORDINATOR), TestAccounts.PASSWORD);
        String theirTeam = api.post(
                        "/api/organisations/" + other + "/teams",
                        Map.of("name", "Hun team", "sector", "onderwijs"),
                        theirs)
                .text("id");

        for (String teamId : new String[] {theirTeam, UUID.randomUUID().toString()}) {
            Api.Response refused = invite(teamId);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").getStringValue())
                    .isEqualTo("teamId");
        }
    }
}
