package nl.signaal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class InvitationApiTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    Api api;
    UUID school;
    Api.Session coordinator;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        school = accounts.organisation("School Test", "onderwijs");
        coordinator = api.logIn(accounts.user(school, Role.COORDINATOR), TestAccounts.PASSWORD);
    }

    private String invite(Role role, int maxUses) {
        Api.Response created = api.post(
                "/api/organisations/" + school + "/invitations",
                Map.of("role", role.name(), "maxUses", maxUses, "validDays", 14),
                coordinator);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/invitations/" + created.text("code"));
        return created.text("code");
    }

    private Api.Response register(String code, String email, String password) {
        return api.post(
                "/api/auth/register",
                Map.of(
                        "invitationCode",
                        code,
                        "email",
                        email,
                        "password",
                        password,
                        "displayName",
                        "Nieuwe Collega",
                        "locale",
                        "en"),
                null);
    }

    @Test
    void aProfessionalJoinsTheOrganisationWithAnInvitationAndIsLoggedIn() {
        String code = invite(Role.ATTENTION_OFFICER, 5);
        Api.Response preview = api.get("/api/invitations/" + code.toLowerCase(), null);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.text("organisationName")).isEqualTo("School Test");

        Api.Response registered = register(code, "New.Colleague@Example.org", "a long enough password");

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.text("email")).isEqualTo("new.colleague@example.org");
        assertThat(registered.body().get("roles").get(0).getStringValue()).isEqualTo("ATTENTION_OFFICER");
        assertThat(registered.body().get("organisation").get("id").getStringValue())
                .isEqualTo(school.toString());
        assertThat(registered.text("locale")).isEqualTo("en");
        String cookie =
                registered.raw().getCookie("SIGNAAL_SESSION").orElseThrow().getValue();
        Api.Response me = api.get("/api/me", new Api.Session(cookie, registered.text("csrfToken")));
        assertThat(me.status()).isEqualTo(200);
    }

    @Test
    void anInvitationCannotBeUsedMoreOftenThanAllowed() {
        String code = invite(Role.LEARNER, 1);
        assertThat(register(code, "first-" + UUID.randomUUID() + "@example.org", "a long enough password")
                        .status())
                .isEqualTo(201);

        Api.Response second = register(code, "second-" + UUID.randomUUID() + "@example.org", "a long enough password");

        assertThat(second.status()).isEqualTo(404);
        assertThat(second.text("detail")).contains("unknown, expired or used up");
        assertThat(api.get("/api/invitations/" + code, null).status()).isEqualTo(404);
    }

    @Test
    void aTakenEmailIsAConflictAndDoesNotUseTheInvitation() {
        String code = invite(Role.LEARNER, 1);
        String existing = accounts.user(school, Role.LEARNER);

        Api.Response taken = register(code, existing, "a long enough password");

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("email");
        assertThat(register(code, "free-" + UUID.randomUUID() + "@example.org", "a long enough password")
                        .status())
                .as("the failed registration must not have used up the code")
                .isEqualTo(201);
    }

    @Test
    void registrationNamesEveryInvalidField() {
        Api.Response response = api.post(
                "/api/auth/register",
                Map.of("invitationCode", "X", "email", "not-an-email", "password", "short", "displayName", ""),
                null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var fields = new java.util.ArrayList<String>();
        response.body()
                .get("errors")
                .values()
                .forEach(e -> fields.add(e.get("field").getStringValue()));
        assertThat(fields).contains("email", "password", "displayName");
    }

    @Test
    void aCoordinatorCannotInviteAnAdministrator() {
        Api.Response response = api.post(
                "/api/organisations/" + school + "/invitations",
                Map.of("role", "ADMIN", "maxUses", 1, "validDays", 1),
                coordinator);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("role");
    }

    @Test
    void aCoordinatorNeverSeesAnInvitationForARoleAboveTheirOwn() {
        Api.Session admin = api.logIn(accounts.user(school, Role.ADMIN), TestAccounts.PASSWORD);
        Api.Response adminInvitation = api.post(
                "/api/organisations/" + school + "/invitations",
                Map.of("role", "ADMIN", "maxUses", 1, "validDays", 1),
                admin);
        assertThat(adminInvitation.status()).isEqualTo(201);
        String adminCode = adminInvitation.text("code");
        String coordinatorCode = invite(Role.COORDINATOR, 1);

        var listed = new java.util.ArrayList<String>();
        api.get("/api/organisations/" + school + "/invitations", coordinator)
                .body()
                .values()
                .forEach(invitation -> listed.add(invitation.get("code").getStringValue()));

        assertThat(listed).contains(coordinatorCode).doesNotContain(adminCode);
        var listedToAdmin = new java.util.ArrayList<String>();
        api.get("/api/organisations/" + school + "/invitations", admin)
                .body()
                .values()
                .forEach(invitation -> listedToAdmin.add(invitation.get("code").getStringValue()));
        assertThat(listedToAdmin).contains(adminCode, coordinatorCode);
    }

    @Test
    void anInvitationIsRevokedOnlyBySomeoneWhoMayMakeIt() {
        Api.Session admin = api.logIn(accounts.user(school, Role.ADMIN), TestAccounts.PASSWORD);
        String adminCode = api.post(
                        "/api/organisations/" + school + "/invitations",
                        Map.of("role", "ADMIN", "maxUses", 1, "validDays", 1),
                        admin)
                .text("code");
        String learnerCode = invite(Role.LEARNER, 1);

        assertThat(api.send(
                                io.micronaut.http.HttpRequest.DELETE(
                                        "/api/organisations/" + school + "/invitations/" + adminCode),
                                coordinator)
                        .status())
                .as("a coordinator revoking an admin invitation")
                .isEqualTo(404);
        assertThat(api.get("/api/invitations/" + adminCode, null).status()).isEqualTo(200);

        assertThat(api.send(
                                io.micronaut.http.HttpRequest.DELETE(
                                        "/api/organisations/" + school + "/invitations/" + learnerCode),
                                coordinator)
                        .status())
                .isEqualTo(204);
        assertThat(api.get("/api/invitations/" + learnerCode, null).status()).isEqualTo(404);
        assertThat(register(learnerCode, "revoked-" + UUID.randomUUID() + "@example.org", "a long enough password")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void invitationsAreListedForTheOwnOrganisationOnly() {
        invite(Role.LEARNER, 3);
        UUID other = accounts.organisation("Other", "politie-jeugdreclassering");
        Api.Session otherCoordinator = api.logIn(accounts.user(other, Role.COORDINATOR), TestAccounts.PASSWORD);
        Api.Session learner = api.logIn(accounts.user(school, Role.LEARNER), TestAccounts.PASSWORD);

        assertThat(api.get("/api/organisations/" + school + "/invitations", coordinator)
                        .body()
                        .size())
                .isPositive();
        assertThat(api.get("/api/organisations/" + school + "/invitations", otherCoordinator)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/organisations/" + school + "/invitations", learner)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/organisations/" + school + "/invitations", null)
                        .status())
                .isEqualTo(401);
    }
}
