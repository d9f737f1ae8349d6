package nl.signaal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriMatchVariable;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import nl.signaal.Api;
import nl.signaal.TestDatabase;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;

/**
 * Arbitrary path variables, query values and JSON bodies at every route of the route table, as an anonymous
 * visitor, a learner and a coordinator: never a 5xx, never a stack trace or a Java type in the answer. Tagged "db",
 * so it runs on H2 and on PostgreSQL (where a NUL in text used to be a 500).
 */
@Tag("db")
class ArbitraryApiProperties {
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}?]+?)(:[^}]*)?}");
    private static final List<String> LEAKS = List.of(
            "Exception",
            "nl.signaal.",
            "java.lang",
            "java.util",
            "io.micronaut",
            "\tat ",
            "deserialize",
            "Failed to convert");

    private static ApplicationContext context;
    private static EmbeddedServer server;
    private static HttpClient client;
    private static List<Route> routes;
    private static List<Api.Session> sessions;
    private static UUID organisation;

    record Route(HttpMethod method, String template, List<String> queryNames) {
        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    @BeforeContainer
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, new LinkedHashMap<>(TestDatabase.properties()));
        context = server.getApplicationContext();
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setExceptionOnErrorStatus(false);
        configuration.setFollowRedirects(false);
        client = HttpClient.create(server.getURL(), configuration);
        routes = context.getBean(Router.class)
                .uriRoutes()
                .filter(route -> route.getUriMatchTemplate().toString().startsWith("/api"))
                // logging out would end the learner's session for every later try
                .filter(route -> !route.getUriMatchTemplate().toString().equals("/api/auth/logout"))
                .map(ArbitraryApiProperties::route)
                .distinct()
                .toList();
        TestAccounts accounts = context.getBean(TestAccounts.class);
        organisation = accounts.organisation("Willekeurig", "jeugdhulp");
        Api api = new Api(client, context.getBean(JsonMapper.class));
        sessions = new ArrayList<>();
        sessions.add(null);
        sessions.add(api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD));
        sessions.add(api.logIn(accounts.user(organisation, Role.COORDINATOR), TestAccounts.PASSWORD));
    }

    @AfterContainer
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Example
    void wrongTypesInABodyAreNamedInUserWords() {
        // From the issue: 141 of 1,870 messages named Java types such as nl.signaal...$Choice.
        for (String[] call : new String[][] {
            {"PUT", "/api/me/reminder-preference", "{\"choice\":\"MAYBE\"}", "choice"},
            {
                "POST",
                "/api/runs/" + UUID.randomUUID() + "/choices",
                "{\"clientChoiceId\":\"x\",\"choiceId\":\"a\"}",
                "clientChoiceId"
            },
            {
                "POST",
                "/api/runs/" + UUID.randomUUID() + "/choices",
                "{\"clientChoiceId\":\"" + UUID.randomUUID() + "\",\"choiceId\":{}}",
                "choiceId"
            },
            {"PUT", "/api/me/locale", "{\"locale\":[]}", "locale"}
        }) {
            Call sent = new Call(new Route(HttpMethod.parse(call[0]), call[1], List.of()), call[1], call[2], 1);
            HttpResponse<?> response = send(sent);
            String body = response.getBody(String.class).orElse("");
            assertThat(response.code()).as(sent + ": " + body).isEqualTo(400);
            assertThat(body).as(sent.toString()).containsAnyOf("\"field\":\"" + call[3] + "\"", "\"field\":\"body\"");
            LEAKS.forEach(leak -> assertThat(body).as(sent.toString()).doesNotContain(leak));
        }
    }

    @Property(tries = 400)
    void noInputMakesTheServerFailOrTalkJava(@ForAll("requests") Call call) {
        HttpResponse<?> response = send(call);
        String body = response.getBody(String.class).orElse("");
        assertThat(response.code()).as(call + " answered " + body).isLessThan(500);
        if (response.code() >= 400) {
            for (String leak : LEAKS) {
                assertThat(body).as(call.toString()).doesNotContain(leak);
            }
        }
    }

    private static HttpResponse<?> send(Call call) {
        MutableHttpRequest<?> request = HttpRequest.create(call.route().method(), call.uri());
        if (call.body() != null) {
            request.body(call.body()).contentType("application/json");
        }
        Api.Session session = sessions.get(call.user());
        if (session != null) {
            request.header("Cookie", "SIGNAAL_SESSION=" + session.cookie());
            request.header("X-CSRF-Token", session.csrfToken());
        }

        try {
            return client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }

    record Call(Route route, String uri, String body, int user) {
        @Override
        public String toString() {
            return route.method() + " " + uri + " as "
                    + List.of("anonymous", "learner", "coordinator").get(user) + (body == null ? "" : " with " + body);
        }
    }

    @Provide
    Arbitrary<Call> requests() {
        return Arbitraries.of(routes).flatMap(route -> {
            int variables = pathVariables(route.template()).size();
            Arbitrary<List<String>> values = value().list().ofSize(variables);
            Arbitrary<Map<String, String>> query = Arbitraries.subsetOf(route.queryNames())
                    .flatMap(names -> Combinators.combine(
                                    names.stream().map(name -> value()).toList())
                            .as(list -> {
                                Map<String, String> map = new LinkedHashMap<>();
                                int i = 0;
                                for (String name : names) {
                                    map.put(name, list.get(i++));
                                }
                                return map;
                            }));
            Arbitrary<String> body = route.method() == HttpMethod.GET ? Arbitraries.just(null) : json();
            return Combinators.combine(
                            values, query, body, Arbitraries.integers().between(0, 2))
                    .as((vars, params, json, user) -> new Call(route, uri(route.template(), vars, params), json, user));
        });
    }

    /** Strings that matter: ids of real things, broken ids, control characters, scripts, huge and empty. */
    private Arbitrary<String> value() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().ofMaxLength(20)),
                Tuple.of(
                        2,
                        Arbitraries.strings()
                                .withChars("\u0000\u0001\n\t%/\\.'\"<>{}[]$;:&?#+ éü😀\u202e")
                                .ofMaxLength(12)),
                Tuple.of(2, Arbitraries.create(() -> UUID.randomUUID().toString())),
                Tuple.of(1, Arbitraries.just(organisation == null ? "x" : organisation.toString())),
                Tuple.of(
                        2,
                        Arbitraries.of(
                                "",
                                "0",
                                "-1",
                                "99999999999999999999",
                                "1e400",
                                "true",
                                "null",
                                "nl",
                                "wat-is-criminele-uitbuiting",
                                "tikkies",
                                "LEARNER",
                                "ADMIN",
                                "..",
                                "%",
                                "a/b",
                                "x".repeat(5000))));
    }

    private Arbitrary<String> json() {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                value().map(ArbitraryApiProperties::quoted),
                Arbitraries.of(
                        "0", "-1", "1.5", "1e999", "true", "false", "null", "[]", "{}", "12345678901234567890123"));
        Arbitrary<String> field = Arbitraries.of(
                "email",
                "password",
                "displayName",
                "invitationCode",
                "locale",
                "token",
                "organisationName",
                "sector",
                "role",
                "maxUses",
                "validDays",
                "attemptId",
                "answers",
                "clientChoiceId",
                "choiceId",
                "fromStep",
                "clientAnswerId",
                "itemId",
                "optionIds",
                "choice",
                "targetRetention",
                "x");
        Arbitrary<String> object = Combinators.combine(field, scalar)
                .as((k, v) -> "\"" + k + "\":" + v)
                .list()
                .ofMaxSize(6)
                .map(fields -> "{" + String.join(",", fields) + "}");
        return Arbitraries.frequencyOf(
                Tuple.of(6, object),
                Tuple.of(1, scalar),
                Tuple.of(1, Arbitraries.of("{", "[[[[", "{\"a\":", "\u0000", "", "{\"email\":{\"$ne\":1}}")),
                Tuple.of(1, scalar.list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]")));
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static Route route(UriRouteInfo<?, ?> info) {
        List<String> query = info.getUriMatchTemplate().getVariables().stream()
                .filter(UriMatchVariable::isQuery)
                .map(UriMatchVariable::getName)
                .toList();
        String template = info.getUriMatchTemplate().toString().replaceAll("\\{[?&][^}]*}", "");
        List<String> queryNames = new ArrayList<>(query);
        queryNames.addAll(List.of("locale", "page", "size", "scope", "role", "scenarioId"));
        return new Route(
                info.getHttpMethod(), template, queryNames.stream().distinct().toList());
    }

    private static List<String> pathVariables(String template) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PATH_VARIABLE.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String uri(String template, List<String> values, Map<String, String> query) {
        Matcher matcher = PATH_VARIABLE.matcher(template);
        StringBuilder uri = new StringBuilder();
        int i = 0;
        while (matcher.find()) {
            String value = values.get(i++);
            matcher.appendReplacement(uri, Matcher.quoteReplacement(value.isEmpty() ? "x" : encode(value)));
        }
        matcher.appendTail(uri);
        String separator = "?";
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            uri.append(separator).append(parameter.getKey()).append('=').append(encode(parameter.getValue()));
            separator = "&";
        }
        return uri.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
