package nl.signaal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.signaal.content.Content;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.learning.CheckAnswers;
import nl.signaal.refresher.link.TestLinks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The authorisation matrix, generated from the route table of the running app: every route the
 * {@link Router} knows × anonymous and each {@link Role} × the caller's own organisation's data and a
 * foreign organisation's. What each cell should answer comes from one table,
 * {@code src/test/resources/authorization-matrix.txt}; a route without a row fails
 * {@link #everyRouteHasARow()}, and a row whose route is gone fails {@link #everyRowIsARoute()}.
 *
 * <p><b>Adding an endpoint</b> is one line in that file, for example
 * {@code GET /api/organisations/{organisationId}/members org:COORDINATOR,ADMIN} or
 * {@code GET /api/me/data signed-in}; the file's header lists the access kinds. A path variable this
 * test has never seen needs a value in {@link #value}: the failure names it.
 *
 * <p>"Allowed" means the request passed authorisation: any 2xx, or 400/404/409/422 (the body is a
 * minimal one, and a resource may be gone because another caller deleted it). Denials must be exactly
 * 401 (anonymous), 403 (wrong role or organisation) or 404 (someone else's own resource), always as
 * problem+json. The table once caught micronaut-security's {@code /token_info}, on by default and now off.
 *
 * <p>It runs on H2 and, tagged "db", on PostgreSQL.
 */
@MicronautTest(transactional = false)
class AuthorizationMatrixTest extends DatabaseTest {
    private static final String TABLE = "authorization-matrix.txt";
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}?&]+)}");
    private static final Set<Integer> PASSED = Set.of(400, 404, 409, 422);
    private static final UUID NO_SUCH_REMINDER = UUID.fromString("00000000-0000-0000-0000-000000000003");
    private static final UUID NO_SUCH_LIVE_THING = UUID.fromString("00000000-0000-0000-0000-000000000004");

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

    @Inject
    Router router;

    Api api;
    /** The callers, all of the own organisation; the foreign organisation's data is {@link #foreign}. */
    final Map<Role, Api.Session> callers = new EnumMap<>(Role.class);

    final Map<Role, String> callerEmails = new EnumMap<>(Role.class);
    Side own;
    Side foreign;

    enum Access {
        ANYONE,
        SIGNED_IN,
        OWNER,
        ORGANISATION,
        ROLE,
        /** Those roles of the organisation that owns the region in the path; another organisation's region 404. */
        REGION
    }

    record Row(String method, String path, Access access, Set<Role> roles, boolean endsSession, String body) {
        String route() {
            return method + " " + path;
        }
    }

    /** One organisation's data that paths point at; its learner owns the run, the refresher session, the certificate. */
    record Side(
            UUID organisation,
            String invitation,
            UUID member,
            String run,
            String refresherSession,
            String snoozeLink,
            String certificate,
            String region) {}

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        UUID organisation = accounts.organisation("Eigen organisatie", "jeugdhulp");
        for (Role role : Role.values()) {
            String email = accounts.user(organisation, role);
            callerEmails.put(role, email);
            callers.put(role, api.logIn(email, TestAccounts.PASSWORD));
        }
        own = side(organisation, callers.get(Role.LEARNER), callers.get(Role.ADMIN), callerEmails.get(Role.LEARNER));
        UUID other = accounts.organisation("Vreemde organisatie", "onderwijs");
        String otherLearner = accounts.user(other, Role.LEARNER);
        foreign = side(
                other,
                api.logIn(otherLearner, TestAccounts.PASSWORD),
                api.logIn(accounts.user(other, Role.ADMIN), TestAccounts.PASSWORD),
                otherLearner);
    }

    private Side side(UUID organisation, Api.Session learner, Api.Session admin, String learnerEmail) {
        String scenario = content.scenarios().get(0).definition().id();
        String invitation = api.post(
                        "/api/organisations/" + organisation + "/invitations",
                        Map.of("role", "LEARNER", "maxUses", 5, "validDays", 7),
                        admin)
                .text("code");
        UUID member = accounts.id(accounts.user(organisation, Role.LEARNER));
        CheckAnswers.submit(api, content.modules().get(0), true, learner);
        String certificate =
                api.get("/api/me/certificates", learner).body().get(0).get("id").getStringValue();
        return new Side(
                organisation,
                invitation,
                member,
                api.post("/api/scenarios/" + scenario + "/runs", Map.of(), learner)
                        .text("id"),
                api.post("/api/refresher-sessions", Map.of(), learner).text("id"),
                links.sign(accounts.id(learnerEmail), "SNOOZE"),
                certificate,
                api.post("/api/organisations/" + organisation + "/regions", Map.of("name", "Regio"), admin)
                        .text("id"));
    }

    /** The value of a path variable; {@code segment} is the path segment before it. */
    private String value(String variable, String segment, Side side) {
        return switch (variable) {
            case "organisationId" -> side.organisation().toString();
            case "code" -> side.invitation();
            case "memberId" -> side.member().toString();
            case "reminderId" -> NO_SUCH_REMINDER.toString();
            case "runId" -> side.run();
            case "sessionId" -> side.refresherSession();
            case "certificateId" -> side.certificate();
            case "token" -> side.snoozeLink();
            case "lessonId" -> content.modules().get(0).lessons().get(0).id();
            case "name" ->
                content.module(module()).orElseThrow().images().keySet().stream()
                        .sorted()
                        .findFirst()
                        .orElse("no-such-image.svg");
            case "scenarioId" -> content.trainerKits().get(0).scenarioId();
            case "participantId" -> NO_SUCH_LIVE_THING.toString();
            case "trackId" ->
                content.tracks().isEmpty()
                        ? "no-such-track"
                        : content.tracks().get(0).id();
            case "reflectionId" -> NO_SUCH_LIVE_THING.toString();
            case "credentialId" -> NO_SUCH_LIVE_THING.toString();
            case "registrationId" -> NO_SUCH_LIVE_THING.toString();
            case "teamId" -> NO_SUCH_LIVE_THING.toString();
            case "regionId" -> side.region();
            case "id" ->
                switch (segment) {
                    case "modules" -> module();
                    case "scenarios" -> content.scenarios().get(0).definition().id();
                    case "sessions" -> NO_SUCH_LIVE_THING.toString();
                    case "webinars" -> NO_SUCH_LIVE_THING.toString();
                    case "items" -> NO_SUCH_LIVE_THING.toString();
                    default ->
                        throw new AssertionError("no value for {id} after /" + segment + "/: add one in value()");
                };
            default ->
                throw new AssertionError("no value for the path variable {" + variable
                        + "}: add one in AuthorizationMatrixTest.value()");
        };
    }

    private String module() {
        return content.modules().get(0).id();
    }

    @Test
    void everyRouteHasARow() {
        Set<String> listed = rows().stream().map(Row::route).collect(Collectors.toSet());
        List<String> missing =
                routes().stream().filter(route -> !listed.contains(route)).toList();
        assertThat(missing)
                .as("routes without a row in src/test/resources/" + TABLE + "; add one line per route, "
                        + "e.g. \"GET /api/organisations/{organisationId}/things org:COORDINATOR,ADMIN\" "
                        + "(access kinds: see the file's header)")
                .isEmpty();
    }

    @Test
    void everyRowIsARoute() {
        Set<String> routes = routes();
        List<String> stale = rows().stream()
                .map(Row::route)
                .filter(route -> !routes.contains(route))
                .toList();
        assertThat(stale)
                .as("rows in src/test/resources/" + TABLE + " for routes that no longer exist: remove them")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsWhatTheTableSays() {
        List<Row> rows = rows();
        List<Role> callerRoles = Arrays.asList(Role.values());
        int cells = rows.size() * (callerRoles.size() + 1) * 2;
        System.out.printf(
                "Authorisation matrix: %d routes x %d callers (anonymous + %d roles) x 2 organisations"
                        + " = %d calls%n",
                rows.size(), callerRoles.size() + 1, callerRoles.size(), cells);
        return rows.stream()
                .map(row -> DynamicTest.dynamicTest(
                        row.route() + " " + row.access() + (row.roles().isEmpty() ? "" : " " + row.roles()), () -> {
                            List<String> wrong = new ArrayList<>();
                            for (Side side : List.of(own, foreign)) {
                                boolean isOwn = side == own;
                                check(row, null, side, isOwn, wrong);
                                for (Role role : callerRoles) {
                                    check(row, role, side, isOwn, wrong);
                                }
                            }
                            assertThat(wrong).as(row.route()).isEmpty();
                        }));
    }

    private void check(Row row, @Nullable Role role, Side side, boolean isOwn, List<String> wrong) {
        Api.Session session = role == null
                ? null
                : row.endsSession() ? api.logIn(callerEmails.get(role), TestAccounts.PASSWORD) : callers.get(role);
        String path = path(row.path(), side);
        Api.Response response = api.send(request(row, path), session);
        if (row.endsSession() && role != null) {
            // "Sign out everywhere" ends the caller's other sessions too: the rows after this one need a live one.
            callers.put(role, api.logIn(callerEmails.get(role), TestAccounts.PASSWORD));
        }
        int expected = expected(row, role, isOwn);
        int status = response.status();
        boolean ok = expected == 0 ? (status >= 200 && status < 300) || PASSED.contains(status) : status == expected;
        String who = (role == null ? "anonymous" : role.name()) + (isOwn ? " on own" : " on foreign") + " data";
        if (!ok) {
            wrong.add(who + ": " + status + ", expected " + (expected == 0 ? "allowed" : expected) + " (" + row.method()
                    + " " + path + ")");
        }
        if (status >= 400 && !response.contentType().startsWith("application/problem+json")) {
            wrong.add(who + ": " + status + " without a problem+json body");
        }
    }

    /** 0 for allowed, else the status of the denial. */
    private static int expected(Row row, @Nullable Role role, boolean isOwn) {
        if (row.access() == Access.ANYONE) {
            return 0;
        }
        if (role == null) {
            return 401;
        }
        return switch (row.access()) {
            case SIGNED_IN -> 0;
            case OWNER -> isOwn && role == Role.LEARNER ? 0 : 404;
            case ORGANISATION -> isOwn && row.roles().contains(role) ? 0 : 403;
            case ROLE -> row.roles().contains(role) ? 0 : 403;
            case REGION -> !row.roles().contains(role) ? 403 : isOwn ? 0 : 404;
            case ANYONE -> 0;
        };
    }

    private String path(String template, Side side) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String before = template.substring(0, matcher.start() - 1);
            String segment = before.substring(before.lastIndexOf('/') + 1);
            matcher.appendReplacement(path, Matcher.quoteReplacement(value(matcher.group(1), segment, side)));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private MutableHttpRequest<?> request(Row row, String path) {
        HttpMethod method = HttpMethod.parse(row.method());
        MutableHttpRequest<Object> request = HttpRequest.create(method, path);
        if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
            request.body(row.body().replace("{module}", module())).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return request;
    }

    /**
     * Every route of the running app as "METHOD /path/{variable}", query variables left out. The router
     * adds a HEAD route to every GET; it runs the same method under the same rules, so the GET row covers it.
     */
    private Set<String> routes() {
        Set<String> all = router.uriRoutes()
                .map(route -> route.getHttpMethodName() + " "
                        + route.getUriMatchTemplate().toString().replaceAll("\\{[?&][^}]*}", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        all.removeIf(route -> route.startsWith("HEAD ") && all.contains("GET " + route.substring(5)));
        return all;
    }

    static List<Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : lines()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            // The body starts at the first " {": path variables always follow a slash.
            int bodyStart = trimmed.indexOf(" {");
            String[] words = (bodyStart < 0 ? trimmed : trimmed.substring(0, bodyStart))
                    .strip()
                    .split("\\s+");
            String body = bodyStart < 0 ? "{}" : trimmed.substring(bodyStart).strip();
            if (words.length < 3) {
                throw new AssertionError(TABLE + ": \"" + line + "\" needs METHOD PATH ACCESS");
            }
            Row row = new Row(
                    words[0],
                    words[1],
                    access(words[2], line),
                    roles(words[2]),
                    words.length > 3 && words[3].equals("ends-session"),
                    body);
            if (rows.put(row.route(), row) != null) {
                throw new AssertionError(TABLE + " lists " + row.route() + " twice");
            }
        }
        return List.copyOf(rows.values());
    }

    private static Access access(String word, String line) {
        if (word.startsWith("org:")) {
            return Access.ORGANISATION;
        }
        if (word.startsWith("role:")) {
            return Access.ROLE;
        }
        if (word.startsWith("region:")) {
            return Access.REGION;
        }
        return switch (word) {
            case "anyone" -> Access.ANYONE;
            case "signed-in" -> Access.SIGNED_IN;
            case "owner" -> Access.OWNER;
            default -> throw new AssertionError(TABLE + ": unknown access \"" + word + "\" in \"" + line + "\"");
        };
    }

    private static Set<Role> roles(String word) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (word.startsWith("org:") || word.startsWith("role:") || word.startsWith("region:")) {
            Arrays.stream(word.substring(word.indexOf(':') + 1).split(","))
                    .map(Role::valueOf)
                    .forEach(roles::add);
        }
        return roles;
    }

    private static List<String> lines() {
        try (InputStream in = AuthorizationMatrixTest.class.getClassLoader().getResourceAsStream(TABLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new AssertionError("cannot read " + TABLE, e);
        }
    }
}
