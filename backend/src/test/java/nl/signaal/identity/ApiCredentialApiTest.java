package nl.signaal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Organisation API credentials, and HTTP Basic with them on the xAPI endpoints only (decision 0041). */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiCredentialApiTest extends DatabaseTest {
    private static final String CREDENTIALS = "/api/organisation/xapi-credentials";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    Content content;

    Api api;
    UUID orgA;
    UUID orgB;
    Api.Session adminA;
    Api.Session adminB;
    Api.Session learnerA;
    Api.Session learnerB;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        orgA = accounts.organisation("Organisatie A", "jeugdhulp");
        orgB = accounts.organisation("Organisatie B", "onderwijs");
        adminA = api.logIn(accounts.user(orgA, Role.ADMIN), TestAccounts.PASSWORD);
        adminB = api.logIn(accounts.user(orgB, Role.ADMIN), TestAccounts.PASSWORD);
        learnerA = api.logIn(accounts.user(orgA, Role.LEARNER), TestAccounts.PASSWORD);
        learnerB = api.logIn(accounts.user(orgB, Role.LEARNER), TestAccounts.PASSWORD);
        viewLessons(learnerA, 3);
        viewLessons(learnerB, 2);
    }

    private void viewLessons(Api.Session who, int count) {
        nl.signaal.LessonViews.view(api, content.modules().get(0), who, count);
    }

    private record Credential(String id, String keyId, String secret) {}

    private Credential create(Api.Session admin, String name) {
        Api.Response created = api.post(CREDENTIALS, Map.of("name", name), admin);
        assertThat(created.status()).isEqualTo(201);
        return new Credential(created.text("id"), created.text("keyId"), created.text("secret"));
    }

    private Api.Response basic(String path, String keyId, String secret) {
        String token = Base64.getEncoder().encodeToString((keyId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        MutableHttpRequest<?> request = HttpRequest.GET(path)
                .header("Authorization", "Basic " + token)
                .header("X-Experience-API-Version", "1.0.3");
        return api.send(request, null);
    }

    private Set<String> actors(Api.Response response) {
        Set<String> actors = new HashSet<>();
        response.body()
                .get("statements")
                .values()
                .forEach(s ->
                        actors.add(s.get("actor").get("account").get("name").getStringValue()));
        return actors;
    }

    @Test
    @Order(1)
    void anAdministratorMakesACredentialWhoseSecretIsShownOnce() {
        Api.Response created = api.post(CREDENTIALS, Map.of("name", "Ons LRS"), adminA);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("secret")).hasSizeGreaterThanOrEqualTo(43);
        assertThat(created.text("keyId")).startsWith("sx_");
        assertThat(created.header("Location")).endsWith(created.text("id"));
        assertThat(created.header("Cache-Control")).isEqualTo("no-store");

        Api.Response list = api.get(CREDENTIALS, adminA);
        assertThat(list.status()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode row : list.body().values()) {
            assertThat(row.get("secret")).isNull();
            assertThat(row.get("secretHash")).isNull();
            if (row.get("id").getStringValue().equals(created.text("id"))) {
                mine = row;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("name").getStringValue()).isEqualTo("Ons LRS");
        assertThat(list.raw().body()).doesNotContain(created.text("secret"));
        assertThat(api.get(CREDENTIALS, adminB).raw().body()).doesNotContain(created.text("id"));
    }

    @Test
    @Order(2)
    void onlyAdministratorsManageCredentialsAndANameIsNeeded() {
        Api.Session coordinator = api.logIn(accounts.user(orgA, Role.COORDINATOR), TestAccounts.PASSWORD);
        assertThat(api.post(CREDENTIALS, Map.of("name", "x"), coordinator).status())
                .isEqualTo(403);
        assertThat(api.get(CREDENTIALS, coordinator).status()).isEqualTo(403);
        assertThat(api.post(CREDENTIALS, Map.of("name", "x"), learnerA).status())
                .isEqualTo(403);
        assertThat(api.get(CREDENTIALS, null).status()).isEqualTo(401);
        Api.Response blank = api.post(CREDENTIALS, Map.of("name", " "), adminA);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("name");
    }

    @Test
    @Order(3)
    void aValidCredentialReadsItsOrganisationsStatementsAndNeverAnotherOrganisations() {
        Credential a = create(adminA, "LRS A");
        Api.Response response = basic("/api/xapi/statements?limit=0", a.keyId(), a.secret());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-Experience-API-Version")).isEqualTo("1.0.3");
        assertThat(actors(response))
                .containsExactly(api.get("/api/me", learnerA).text("id"));
        assertThat(response.body().get("statements").size()).isEqualTo(3);

        String statementOfB = api.get("/api/xapi/statements", learnerB)
                .body()
                .get("statements")
                .get(0)
                .get("id")
                .getStringValue();
        assertThat(basic("/api/xapi/statements?statementId=" + statementOfB, a.keyId(), a.secret())
                        .status())
                .isEqualTo(404);
        String learnerBId = api.get("/api/me", learnerB).text("id");
        String agentB = "{\"account\":{\"homePage\":\"http://localhost:8080\",\"name\":\"" + learnerBId + "\"}}";
        assertThat(basic(
                                "/api/xapi/statements?agent="
                                        + java.net.URLEncoder.encode(agentB, StandardCharsets.UTF_8),
                                a.keyId(),
                                a.secret())
                        .body()
                        .get("statements")
                        .size())
                .isZero();
        assertThat(basic("/api/xapi/statements?scope=own", a.keyId(), a.secret())
                        .status())
                .isEqualTo(400);
    }

    @Test
    @Order(4)
    void aCredentialOpensNothingButReadingTheXapiEndpoints() {
        Credential a = create(adminA, "LRS A, narrow");
        assertThat(basic("/api/organisation/xapi-credentials", a.keyId(), a.secret())
                        .status())
                .isEqualTo(401);
        assertThat(basic("/api/me/progress", a.keyId(), a.secret()).status()).isEqualTo(401);
        assertThat(basic("/api/organisations/" + orgA + "/members", a.keyId(), a.secret())
                        .status())
                .isEqualTo(401);
    }

    @Test
    @Order(5)
    void aWrongOrRevokedCredentialIsAskedForBasicAgain() {
        Credential a = create(adminA, "LRS A, soon revoked");
        Api.Response wrong = basic("/api/xapi/statements", a.keyId(), a.secret() + "x");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("WWW-Authenticate")).startsWith("Basic ");
        assertThat(wrong.header("X-Experience-API-Version")).isEqualTo("1.0.3");
        assertThat(basic("/api/xapi/statements", "sx_unknown", a.secret()).status())
                .isEqualTo(401);

        assertThat(api.send(HttpRequest.DELETE(CREDENTIALS + "/" + a.id()), adminB)
                        .status())
                .isEqualTo(404);
        assertThat(basic("/api/xapi/statements", a.keyId(), a.secret()).status())
                .isEqualTo(200);
        Api.Response revoked = api.send(HttpRequest.DELETE(CREDENTIALS + "/" + a.id()), adminA);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.text("revokedAt")).isNotBlank();
        assertThat(basic("/api/xapi/statements", a.keyId(), a.secret()).status())
                .isEqualTo(401);
        assertThat(api.send(HttpRequest.DELETE(CREDENTIALS + "/" + a.id()), adminA)
                        .text("revokedAt"))
                .isEqualTo(revoked.text("revokedAt"));
    }

    @Test
    @Order(6)
    void aboutNeedsNoCredential() {
        assertThat(basic("/api/xapi/about", "sx_nobody", "nothing").status()).isEqualTo(200);
    }

    /** Last: it leaves this test client's address throttled. */
    @Test
    @Order(100)
    void guessingIsThrottledPerAddress() {
        Credential a = create(adminA, "LRS A, guessed at");
        int status = 0;
        int attempts = 0;
        while (status != 429 && attempts < 40) {
            status = basic("/api/xapi/statements", a.keyId(), "guess-" + attempts)
                    .status();
            attempts++;
        }
        assertThat(status).isEqualTo(429);
        assertThat(attempts).isLessThanOrEqualTo(21);
        Api.Response refused = basic("/api/xapi/statements", a.keyId(), a.secret());
        assertThat(refused.status()).as("even the right secret waits").isEqualTo(429);
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
        assertThat(api.get("/api/xapi/statements", learnerA).status())
                .as("a signed-in browser is not held back")
                .isEqualTo(200);
    }
}
