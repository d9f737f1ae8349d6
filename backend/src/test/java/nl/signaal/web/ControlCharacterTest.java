package nl.signaal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
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
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Control characters (NUL above all: PostgreSQL refuses it in text and answered 500) are refused at the edge with
 * a 400 that names the field, parameter or path variable, before any feature sees them.
 */
@MicronautTest(transactional = false)
class ControlCharacterTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    Api api;
    UUID organisation;
    Api.Session learner;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        organisation = accounts.organisation("Stuurtekens", "jeugdhulp");
        learner = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
    }

    @Test
    void aNulInTheLoginEmailIsABadRequestOnEmail() {
        Api.Response response = api.post(
                "/api/auth/login", Map.of("email", "a\u0000b@example.org", "password", TestAccounts.PASSWORD), null);

        assertRefused(response, "email");
    }

    @Test
    void aNulInAnInvitationCodeInThePathIsABadRequestOnCode() {
        assertRefused(api.get("/api/invitations/AB%00CD", null), "code");
    }

    @Test
    void aNulInAQueryValueIsABadRequestOnThatParameter() {
        assertRefused(api.get("/api/runs?scenarioId=a%00b", learner), "scenarioId");
    }

    @Test
    void everyFieldOfARegistrationWithControlCharactersIsNamed() {
        Api.Response response = api.post(
                "/api/auth/register",
                Map.of(
                        "invitationCode",
                        "AB\u0000CD",
                        "email",
                        "new@example.org",
                        "password",
                        "a long enough password",
                        "displayName",
                        "Name\u0007\u001b[31m",
                        "locale",
                        "nl"),
                null);

        assertRefused(response, "invitationCode", "displayName");
    }

    @Test
    void anEscapedNulInRawJsonIsRefusedToo() {
        Api.Response response = api.send(
                HttpRequest.POST("/api/auth/login", "{\"email\":\"x\\u0000@example.org\",\"password\":\"p\"}")
                        .contentType("application/json"),
                null);

        assertRefused(response, "email");
    }

    @Test
    void aNestedFieldIsNamedByItsPath() {
        Api.Response response = api.send(
                HttpRequest.POST(
                                "/api/auth/login",
                                "{\"email\":\"x@example.org\",\"password\":\"p\",\"extra\":{\"list\":[\"ok\",\"b\\u0085d\"]}}")
                        .contentType("application/json"),
                null);

        assertRefused(response, "extra.list");
    }

    @Test
    void aLineBreakInASingleLineFieldIsRefused() {
        Api.Response response = api.post(
                "/api/auth/login",
                Map.of("email", "a@example.org\r\nBcc: b@example.org", "password", TestAccounts.PASSWORD),
                null);

        assertRefused(response, "email");
    }

    @Test
    void ordinaryTextInEveryScriptPasses() {
        Api.Response response = api.post(
                "/api/auth/login",
                Map.of("email", "nobody@example.org", "password", "wachtwoord ĳ ğ ł العربية 😀"),
                null);

        assertThat(response.status()).isEqualTo(401);
    }

    private static void assertRefused(Api.Response response, String... fields) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> named = new ArrayList<>();
        for (JsonNode error : response.body().get("errors").values()) {
            named.add(error.get("field").getStringValue());
            assertThat(error.get("message").getStringValue()).contains("control character");
        }
        assertThat(named).containsExactlyInAnyOrder(fields);
    }
}
