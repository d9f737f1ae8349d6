package nl.signaal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class MemberApiTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    UserAccountRepository users;

    Api api;
    UUID team;
    Api.Session admin;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        team = accounts.organisation("Buurtteam Test", "buurtteam");
        admin = api.logIn(accounts.userNamed(team, "Anna Admin", Role.ADMIN), TestAccounts.PASSWORD);
    }

    private String members() {
        return "/api/organisations/" + team + "/members";
    }

    private JsonNode member(Api.Response list, String email) {
        for (JsonNode member : list.body().values()) {
            if (member.get("email").getStringValue().equals(email)) {
                return member;
            }
        }
        throw new AssertionError(email + " is not listed");
    }

    private Api.Response changeRole(Api.Session by, String email, Role role) {
        return api.put(members() + "/" + accounts.id(email) + "/role", Map.of("role", role.name()), by);
    }

    private Api.Response deactivate(Api.Session by, String email) {
        return api.post(members() + "/" + accounts.id(email) + "/deactivate", Map.of(), by);
    }

    @Test
    void anAdministratorSeesEveryMemberWithRoleActivityAndLastLogin() {
        String loggedIn = accounts.userNamed(team, "Bram Trainer", Role.TRAINER);
        api.logIn(loggedIn, TestAccounts.PASSWORD);
        String never = accounts.userNamed(team, "Cas Nooit", Role.LEARNER, Role.ATTENTION_OFFICER);

        Api.Response list = api.get(members(), admin);

        assertThat(list.status()).isEqualTo(200);
        JsonNode trainer = member(list, loggedIn);
        assertThat(trainer.get("displayName").getStringValue()).isEqualTo("Bram Trainer");
        assertThat(trainer.get("role").getStringValue()).isEqualTo("TRAINER");
        assertThat(trainer.get("active").getBooleanValue()).isTrue();
        assertThat(trainer.get("lastLoginAt").isNull()).isFalse();
        JsonNode neverLoggedIn = member(list, never);
        assertThat(neverLoggedIn.get("role").getStringValue())
                .as("the highest of the roles")
                .isEqualTo("ATTENTION_OFFICER");
        assertThat(neverLoggedIn.get("lastLoginAt") == null
                        || neverLoggedIn.get("lastLoginAt").isNull())
                .isTrue();
    }

    @Test
    void aCoordinatorSeesTheMembersButChangesNothing() {
        Api.Session coordinator = api.logIn(accounts.user(team, Role.COORDINATOR), TestAccounts.PASSWORD);
        String learner = accounts.user(team, Role.LEARNER);

        assertThat(api.get(members(), coordinator).status()).isEqualTo(200);
        assertThat(changeRole(coordinator, learner, Role.TRAINER).status()).isEqualTo(403);
        assertThat(deactivate(coordinator, learner).status()).isEqualTo(403);
        assertThat(member(api.get(members(), admin), learner).get("role").getStringValue())
                .isEqualTo("LEARNER");
    }

    @Test
    void anotherOrganisationAndItsMembersAreOutOfReach() {
        UUID other = accounts.organisation("Ander Team", "jeugdhulp");
        Api.Session otherAdmin = api.logIn(accounts.user(other, Role.ADMIN), TestAccounts.PASSWORD);
        String stranger = accounts.user(other, Role.LEARNER);
        String ours = accounts.user(team, Role.LEARNER);

        assertThat(api.get(members(), otherAdmin).status()).isEqualTo(403);
        assertThat(changeRole(otherAdmin, ours, Role.ADMIN).status()).isEqualTo(403);
        assertThat(deactivate(otherAdmin, ours).status()).isEqualTo(403);
        assertThat(changeRole(admin, stranger, Role.ADMIN).status())
                .as("a member of another organisation")
                .isEqualTo(404);
        assertThat(deactivate(admin, stranger).status()).isEqualTo(404);
    }

    @Test
    void aNewRoleHoldsFromTheMembersNextRequest() {
        String email = accounts.user(team, Role.LEARNER);
        Api.Session member = api.logIn(email, TestAccounts.PASSWORD);
        assertThat(api.get("/api/organisations/" + team + "/invitations", member)
                        .status())
                .isEqualTo(403);

        Api.Response changed = changeRole(admin, email, Role.COORDINATOR);

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.text("role")).isEqualTo("COORDINATOR");
        assertThat(api.get("/api/me", member).body().get("roles").get(0).getStringValue())
                .isEqualTo("COORDINATOR");
        assertThat(api.get("/api/organisations/" + team + "/invitations", member)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aDeactivatedMemberIsLoggedOutAtOnceAndCannotLogInUntilReactivated() {
        String email = accounts.user(team, Role.TRAINER);
        Api.Session member = api.logIn(email, TestAccounts.PASSWORD);

        Api.Response deactivated = deactivate(admin, email);

        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.body().get("active").getBooleanValue()).isFalse();
        assertThat(api.get("/api/me", member).status())
                .as("the open session no longer counts: anonymous")
                .isEqualTo(204);
        Api.Response login =
                api.post("/api/auth/login", Map.of("email", email, "password", TestAccounts.PASSWORD), null);
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.text("detail")).contains("deactivated");
        assertThat(api.post("/api/auth/login", Map.of("email", email, "password", "a wrong password"), null)
                        .status())
                .as("a wrong password says nothing about the account")
                .isEqualTo(401);
        assertThat(deactivate(admin, email).status())
                .as("again: nothing changes")
                .isEqualTo(200);

        Api.Response reactivated = api.post(members() + "/" + accounts.id(email) + "/reactivate", Map.of(), admin);

        assertThat(reactivated.status()).isEqualTo(200);
        assertThat(reactivated.body().get("active").getBooleanValue()).isTrue();
        assertThat(api.get("/api/me", api.logIn(email, TestAccounts.PASSWORD)).status())
                .isEqualTo(200);
    }

    @Test
    void theLastActiveAdministratorCanNeitherBeDemotedNorDeactivated() {
        UUID alone = accounts.organisation("Eenmansbedrijf", "onderwijs");
        String email = accounts.user(alone, Role.ADMIN);
        Api.Session only = api.logIn(email, TestAccounts.PASSWORD);
        String path = "/api/organisations/" + alone + "/members/" + accounts.id(email);

        Api.Response demoted = api.put(path + "/role", Map.of("role", "COORDINATOR"), only);
        Api.Response deactivated = api.post(path + "/deactivate", Map.of(), only);

        assertThat(demoted.status()).isEqualTo(409);
        assertThat(demoted.text("detail")).contains("last active administrator");
        assertThat(deactivated.status()).isEqualTo(409);
        assertThat(api.get("/api/me", only).body().get("roles").get(0).getStringValue())
                .isEqualTo("ADMIN");
    }

    @Test
    void aDeactivatedAdministratorDoesNotCountAsTheOneThatRemains() {
        UUID organisation = accounts.organisation("Twee Beheerders", "onderwijs");
        String first = accounts.user(organisation, Role.ADMIN);
        String second = accounts.user(organisation, Role.ADMIN);
        Api.Session firstSession = api.logIn(first, TestAccounts.PASSWORD);
        String path = "/api/organisations/" + organisation + "/members/";

        assertThat(api.post(path + accounts.id(second) + "/deactivate", Map.of(), firstSession)
                        .status())
                .isEqualTo(200);

        assertThat(api.put(path + accounts.id(first) + "/role", Map.of("role", "LEARNER"), firstSession)
                        .status())
                .isEqualTo(409);
    }

    /**
     * Two administrators each demote (or deactivate) the other, or themselves, at the same moment, many
     * times over: one of each pair wins and the organisation keeps an active administrator.
     */
    @Test
    void administratorsActingAtOnceNeverLeaveTheOrganisationWithoutOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 12; round++) {
                UUID organisation = accounts.organisation("Race " + round, "onderwijs");
                String a = accounts.user(organisation, Role.ADMIN);
                String b = accounts.user(organisation, Role.ADMIN);
                Api.Session sessionA = api.logIn(a, TestAccounts.PASSWORD);
                Api.Session sessionB = api.logIn(b, TestAccounts.PASSWORD);
                String path = "/api/organisations/" + organisation + "/members/";
                boolean each = round % 2 == 0;
                Function<String, String> target = self -> each ? (self.equals(a) ? b : a) : self;
                boolean deactivating = round % 4 >= 2;
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Integer>> calls = new ArrayList<>();
                for (var caller : List.of(Map.entry(a, sessionA), Map.entry(b, sessionB))) {
                    String member = path + accounts.id(target.apply(caller.getKey()));
                    calls.add(pool.submit(() -> {
                        start.await();
                        return deactivating
                                ? api.post(member + "/deactivate", Map.of(), caller.getValue())
                                        .status()
                                : api.put(member + "/role", Map.of("role", "LEARNER"), caller.getValue())
                                        .status();
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> call : calls) {
                    statuses.add(call.get());
                }

                assertThat(statuses)
                        .as("round " + round + (each ? " each other" : " themselves")
                                + (deactivating ? " deactivating" : " demoting"))
                        .containsOnlyOnce(200);
                assertThat(statuses)
                        .allMatch(status -> status == 200 || status == 403 || status == 409 || status == 401);
                long activeAdministrators = users.countActiveAdministrators(organisation);
                assertThat(activeAdministrators).as("round " + round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
