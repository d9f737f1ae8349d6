package nl.signaal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
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

/** A logged-in user's own account: password change, profile, sign out everywhere; and the rules at register. */
@MicronautTest(transactional = false)
class AccountApiTest extends DatabaseTest {
    private static final String NEW_PASSWORD = "zeven groene kikkers op de dijk";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    Api api;
    UUID organisation;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        organisation = accounts.organisation("Mijn account", "onderwijs");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsOnlyTheOtherSessions() {
        String email = accounts.user(organisation, Role.LEARNER);
        Api.Session here = api.logIn(email, TestAccounts.PASSWORD);
        Api.Session elsewhere = api.logIn(email, TestAccounts.PASSWORD);

        Api.Response wrong = api.put(
                "/api/me/password", Map.of("currentPassword", "not my password", "newPassword", NEW_PASSWORD), here);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(field(wrong)).isEqualTo("currentPassword");

        Api.Response changed = api.put(
                "/api/me/password",
                Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", NEW_PASSWORD),
                here);
        assertThat(changed.status()).isEqualTo(204);
        assertThat(api.get("/api/me", here).status()).isEqualTo(200);
        assertThat(api.get("/api/me", elsewhere).status()).isEqualTo(204);
        assertThat(api.logIn(email, NEW_PASSWORD)).isNotNull();
    }

    @Test
    void aWeakNewPasswordIsRefusedAtItsField() {
        String email = accounts.user(organisation, Role.LEARNER);
        Api.Session session = api.logIn(email, TestAccounts.PASSWORD);

        Api.Response weak = api.put(
                "/api/me/password", Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", email), session);

        assertThat(weak.status()).isEqualTo(400);
        assertThat(field(weak)).isEqualTo("newPassword");
        assertThat(weak.body().get("errors").get(0).get("message").getStringValue())
                .isEqualTo("must not contain your e-mail address or name");
    }

    @Test
    void theProfileChangesNameAndLanguageNormalised() {
        Api.Session session = api.logIn(accounts.user(organisation, Role.TRAINER), TestAccounts.PASSWORD);

        Api.Response changed = api.put(
                "/api/me/profile",
                Map.of("displayName", "  Ren\u0065\u0301e \u00a0 de Vries ", "locale", "ar"),
                session);

        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
        assertThat(changed.text("displayName")).isEqualTo("Ren\u00e9e de Vries");
        assertThat(changed.text("locale")).isEqualTo("ar");
        assertThat(api.get("/api/me", session).text("displayName")).isEqualTo("Ren\u00e9e de Vries");
    }

    @Test
    void aNameThatHidesOrTurnsTextIsRefused() {
        Api.Session session = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);

        for (String name : new String[] {"\u200b", "Jan\u202eexe.txt", "Jan\nJansen"}) {
            Api.Response refused = api.put("/api/me/profile", Map.of("displayName", name, "locale", "nl"), session);
            assertThat(refused.status()).as(name).isEqualTo(400);
            assertThat(field(refused)).isEqualTo("displayName");
        }
    }

    @Test
    void signingOutEverywhereEndsEverySessionIncludingThisOne() {
        String email = accounts.user(organisation, Role.COORDINATOR);
        Api.Session here = api.logIn(email, TestAccounts.PASSWORD);
        Api.Session elsewhere = api.logIn(email, TestAccounts.PASSWORD);
        Api.Session someoneElse = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);

        Api.Response response = api.send(HttpRequest.DELETE("/api/me/sessions"), here);

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.header("Set-Cookie")).contains("Max-Age=0");
        assertThat(api.get("/api/me", here).status()).isEqualTo(204);
        assertThat(api.get("/api/me", elsewhere).status()).isEqualTo(204);
        assertThat(api.get("/api/me", someoneElse).status()).isEqualTo(200);
    }

    @Test
    void accountEndpointsNeedALogin() {
        assertThat(api.put("/api/me/profile", Map.of("displayName", "X", "locale", "nl"), null)
                        .status())
                .isEqualTo(401);
        assertThat(api.put("/api/me/password", Map.of("currentPassword", "x", "newPassword", "y"), null)
                        .status())
                .isEqualTo(401);
        assertThat(api.send(HttpRequest.DELETE("/api/me/sessions"), null).status())
                .isEqualTo(401);
    }

    @Test
    void registeringChecksThePasswordRulesAndTheName() {
        Api.Session coordinator = api.logIn(accounts.user(organisation, Role.COORDINATOR), TestAccounts.PASSWORD);
        String code = api.post(
                        "/api/organisations/" + organisation + "/invitations",
                        Map.of("role", "LEARNER", "maxUses", 5, "validDays", 14),
                        coordinator)
                .text("code");

        Api.Response emoji = register(code, "😀🐍🎉🚀🌍🔥", "Nieuwe Collega");
        Api.Response spaces = register(code, "\u00a0".repeat(12), "Nieuwe Collega");
        Api.Response invisible = register(code, NEW_PASSWORD, "\u200b");

        assertThat(emoji.status()).isEqualTo(400);
        assertThat(field(emoji)).isEqualTo("password");
        assertThat(field(spaces)).isEqualTo("password");
        assertThat(field(invisible)).isEqualTo("displayName");
        assertThat(register(code, NEW_PASSWORD, " Nieuwe\u00a0 Collega ").text("displayName"))
                .isEqualTo("Nieuwe Collega");
    }

    private Api.Response register(String code, String password, String name) {
        return api.post(
                "/api/auth/register",
                Map.of(
                        "invitationCode",
                        code,
                        "email",
                        "new-" + UUID.randomUUID() + "@example.org",
                        "password",
                        password,
                        "displayName",
                        name),
                null);
    }

    private static String field(Api.Response response) {
        return response.body().get("errors").get(0).get("field").getStringValue();
    }
}
