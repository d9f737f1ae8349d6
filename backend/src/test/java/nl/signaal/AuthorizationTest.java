package nl.signaal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.stream.Stream;
import nl.signaal.content.Content;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.refresher.link.TestLinks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint, called by someone logged out, by a learner of the organisation, and by a
 * coordinator of another organisation. The organisation and the run in the paths are the learner's.
 */
@MicronautTest(transactional = false)
class AuthorizationTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    Content content;

    @Inject
    TestLinks links;

    Api api;
    UUID organisation;
    Api.Session learner;
    Api.Session otherCoordinator;
    String module;
    String lesson;
    String scenario;
    String run;
    String refresherSession;
    String snoozeLink;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        organisation = accounts.organisation("Jeugdreclassering Test", "politie-jeugdreclassering");
        learner = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        UUID other = accounts.organisation("Andere organisatie", "jeugdhulp");
        otherCoordinator = api.logIn(accounts.user(other, Role.COORDINATOR), TestAccounts.PASSWORD);
        module = content.modules().get(0).id();
        lesson = content.modules().get(0).lessons().get(0).id();
        scenario = content.scenarios().get(0).definition().id();
        run = api.post("/api/scenarios/" + scenario + "/runs", java.util.Map.of(), learner)
                .text("id");
        refresherSession =
                api.post("/api/refresher-sessions", java.util.Map.of(), learner).text("id");
        snoozeLink = links.sign(UUID.fromString(api.get("/api/me", learner).text("id")), "SNOOZE");
    }

    static Stream<Arguments> endpoints() {
        return Stream.of(
                // method, path, body, anonymous, learner, coordinator of another organisation
                Arguments.of("GET", "/api/me", null, 204, 200, 200),
                Arguments.of("PUT", "/api/me/locale", "{\"locale\": \"nl\"}", 401, 200, 200),
                Arguments.of("GET", "/api/me/progress", null, 401, 200, 200),
                Arguments.of("GET", "/api/modules", null, 200, 200, 200),
                Arguments.of("GET", "/api/modules/{module}", null, 200, 200, 200),
                Arguments.of("GET", "/api/modules/{module}/flyer", null, 200, 200, 200),
                Arguments.of("GET", "/api/modules/{module}/lessons/{lesson}", null, 401, 200, 200),
                Arguments.of("POST", "/api/modules/{module}/lessons/{lesson}/views", "{}", 401, 204, 204),
                Arguments.of("GET", "/api/modules/{module}/check", null, 401, 200, 200),
                Arguments.of("POST", "/api/modules/{module}/check/attempts", "{\"answers\": {}}", 401, 400, 400),
                Arguments.of("GET", "/api/xapi/statements", null, 401, 200, 200),
                Arguments.of("GET", "/api/xapi/statements?scope=organisation", null, 401, 403, 200),
                Arguments.of("GET", "/api/organisations/{organisation}/invitations", null, 401, 403, 403),
                Arguments.of(
                        "POST",
                        "/api/organisations/{organisation}/invitations",
                        "{\"role\": \"LEARNER\", \"maxUses\": 1, \"validDays\": 1}",
                        401,
                        403,
                        403),
                Arguments.of("GET", "/api/scenarios", null, 200, 200, 200),
                Arguments.of("GET", "/api/scenarios/{scenario}", null, 200, 200, 200),
                Arguments.of("POST", "/api/scenarios/{scenario}/runs", "{}", 401, 201, 201),
                Arguments.of("GET", "/api/runs", null, 401, 200, 200),
                Arguments.of("GET", "/api/runs/{run}", null, 401, 200, 404),
                Arguments.of(
                        "POST",
                        "/api/runs/{run}/choices",
                        "{\"clientChoiceId\": \"00000000-0000-0000-0000-000000000001\", \"choiceId\": \"none\"}",
                        401,
                        409,
                        404),
                Arguments.of("GET", "/api/runs/{run}/debrief", null, 401, 409, 404),
                Arguments.of("POST", "/api/runs/{run}/replays", "{\"fromStep\": 0}", 401, 201, 404),
                Arguments.of("GET", "/api/me/refreshers", null, 401, 200, 200),
                Arguments.of("POST", "/api/refresher-sessions", "{}", 401, 201, 201),
                Arguments.of("GET", "/api/refresher-sessions/{refresherSession}", null, 401, 200, 404),
                Arguments.of(
                        "POST",
                        "/api/refresher-sessions/{refresherSession}/answers",
                        "{\"clientAnswerId\": \"00000000-0000-0000-0000-000000000002\", \"itemId\": \"none\", "
                                + "\"optionIds\": [\"a\"]}",
                        401,
                        400,
                        404),
                Arguments.of("GET", "/api/organisations/{organisation}/refresher-policy", null, 401, 403, 403),
                Arguments.of(
                        "PUT",
                        "/api/organisations/{organisation}/refresher-policy",
                        "{\"targetRetention\": 0.85, \"maximumIntervalDays\": 180, \"fullRefreshMonths\": 12, "
                                + "\"mandatoryModules\": [\"{module}\"]}",
                        401,
                        403,
                        403),
                Arguments.of("GET", "/api/me/reminder-preference", null, 401, 200, 200),
                Arguments.of("PUT", "/api/me/reminder-preference", "{\"choice\": \"ON\"}", 401, 200, 200),
                // Signed links: the signature is the authorisation, whoever sends it; a repeat is harmless.
                Arguments.of("GET", "/api/reminder-links/{snoozeLink}", null, 200, 200, 200),
                Arguments.of("POST", "/api/reminder-links/{snoozeLink}", "{}", 200, 200, 200),
                Arguments.of("GET", "/api/reminder-links/forged.link", null, 400, 400, 400),
                Arguments.of("POST", "/api/reminder-links/forged.link", "{}", 400, 400, 400),
                Arguments.of("GET", "/api/organisations/{organisation}/reminder-outbox", null, 401, 403, 403),
                Arguments.of(
                        "POST",
                        "/api/organisations/{organisation}/reminder-outbox/"
                                + "00000000-0000-0000-0000-000000000003/retry",
                        "{}",
                        401,
                        403,
                        403),
                Arguments.of("GET", "/api/me/notices", null, 401, 200, 200),
                Arguments.of("GET", "/api/me/data", null, 401, 200, 200),
                Arguments.of(
                        "POST",
                        "/api/organisations/{organisation}/members/" + "00000000-0000-0000-0000-000000000004/erase",
                        "{}",
                        401,
                        403,
                        403),
                Arguments.of("GET", "/api/setup", null, 200, 200, 200),
                Arguments.of("GET", "/health", null, 200, 200, 200));
    }

    @ParameterizedTest(name = "{0} {1}: anonymous {3}, learner {4}, other organisation's coordinator {5}")
    @MethodSource("endpoints")
    void answersEachCallerAsAllowed(
            String method, String path, String body, int anonymous, int asLearner, int asOtherCoordinator) {
        assertThat(call(method, path, body, null)).as("anonymous").isEqualTo(anonymous);
        assertThat(call(method, path, body, learner)).as("learner").isEqualTo(asLearner);
        assertThat(call(method, path, body, otherCoordinator))
                .as("coordinator of another organisation")
                .isEqualTo(asOtherCoordinator);
    }

    private int call(String method, String template, String body, Api.Session session) {
        String path = template.replace("{module}", module)
                .replace("{lesson}", lesson)
                .replace("{scenario}", scenario)
                .replace("{run}", run)
                .replace("{refresherSession}", refresherSession)
                .replace("{snoozeLink}", snoozeLink)
                .replace("{organisation}", organisation.toString());
        String content = body == null ? null : body.replace("{module}", module);
        MutableHttpRequest<?> request = switch (method) {
            case "GET" -> HttpRequest.GET(path);
            case "POST" -> HttpRequest.POST(path, content).contentType("application/json");
            case "PUT" -> HttpRequest.PUT(path, content).contentType("application/json");
            default -> throw new IllegalArgumentException(method);
        };
        Api.Response response = api.send(request, session);
        if (response.status() >= 400) {
            assertThat(response.contentType())
                    .as(method + " " + path + " error body")
                    .startsWith("application/problem+json");
        }
        return response.status();
    }
}
