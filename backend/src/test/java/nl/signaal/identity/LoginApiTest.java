package nl.signaal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class LoginApiTest extends DatabaseTest {
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
    UUID organisation;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        organisation = accounts.organisation("Jeugdhulp Test", "jeugdhulp");
    }

    @Test
    void loginSetsHttpOnlySessionCookieAndAnswersWhoIAm() {
        String email = accounts.user(organisation, Role.LEARNER);
        Api.Response response = api.post(
                "/api/auth/login", Map.of("email", email.toUpperCase(), "password", TestAccounts.PASSWORD), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Set-Cookie"))
                .contains("SIGNAAL_SESSION=")
                .containsIgnoringCase("HttpOnly")
                .contains("SameSite=Strict");
        assertThat(response.text("email")).isEqualTo(email);
        assertThat(response.body().get("roles").get(0).getStringValue()).isEqualTo("LEARNER");
        assertThat(response.body().get("organisation").get("sector").getStringValue())
                .isEqualTo("jeugdhulp");
        assertThat(response.text("csrfToken")).isNotBlank();
    }

    @Test
    void storesPasswordsAsArgon2idHashes() {
        String email = accounts.user(organisation, Role.LEARNER);
        String hash = users.findByEmail(email).orElseThrow().passwordHash();
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(TestAccounts.PASSWORD);
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSame401Problem() {
        String email = accounts.user(organisation, Role.LEARNER);
        Api.Response wrong = api.post("/api/auth/login", Map.of("email", email, "password", "not the password"), null);
        Api.Response unknown =
                api.post("/api/auth/login", Map.of("email", "nobody@example.org", "password", "x"), null);

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.text("detail")).isEqualTo(wrong.text("detail"));
    }

    @Test
    void forwardedForIsIgnoredUnlessConfiguredSoOneClientCannotPoseAsMany() {
        String email = accounts.user(organisation, Role.LEARNER);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            statuses.add(api.send(
                            HttpRequest.POST("/api/auth/login", Map.of("email", email, "password", "wrong " + i))
                                    .header("X-Forwarded-For", "198.51.100." + i),
                            null)
                    .status());
        }
        assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429);
    }

    @Test
    void logoutEndsTheSessionOnTheServer() {
        Api.Session session = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        assertThat(api.get("/api/me", session).status()).isEqualTo(200);

        Api.Response logout = api.post("/api/auth/logout", Map.of(), session);

        assertThat(logout.status()).isEqualTo(204);
        assertThat(logout.header("Set-Cookie")).contains("SIGNAAL_SESSION=").contains("Max-Age=0");
        assertThat(api.get("/api/me", session).status()).as("anonymous again").isEqualTo(204);
        assertThat(api.get("/api/me/progress", session).status()).isEqualTo(401);
    }

    @Test
    void meWithoutSessionIsNoContentNotAnError() {
        Api.Response response = api.get("/api/me", null);
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.raw().body()).isNullOrEmpty();
    }

    @Test
    void writeWithSessionCookieButWithoutCsrfTokenIsRefused() {
        Api.Session session = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        Api.Session withoutToken = new Api.Session(session.cookie(), "forged");

        Api.Response refused = api.put("/api/me/locale", Map.of("locale", "en"), withoutToken);
        Api.Response accepted = api.put("/api/me/locale", Map.of("locale", "en"), session);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("detail")).contains("X-CSRF-Token");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.text("locale")).isEqualTo("en");
    }

    @Test
    void unknownLocaleIsAFieldError() {
        Api.Session session = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        Api.Response response = api.put("/api/me/locale", Map.of("locale", "xx"), session);

        assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
        assertThat(response.body().get("errors")).as(response.raw().body()).isNotNull();
        assertThat(response.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("locale");
    }
}
