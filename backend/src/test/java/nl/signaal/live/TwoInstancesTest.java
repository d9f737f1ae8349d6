package nl.signaal.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.signaal.TestDatabase;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's multi-node test: two app instances on one PostgreSQL database, the facilitator on instance A,
 * participants joined on both, screens (Server-Sent Events) open on both; after every vote and facilitator action all
 * screens must show the same step and the same tally. Only LISTEN/NOTIFY connects the instances.
 */
@Tag("db")
class TwoInstancesTest {
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final List<EmbeddedServer> servers = new ArrayList<>();
    private final List<Screen> screens = new CopyOnWriteArrayList<>();
    private JsonMapper json;

    @AfterEach
    void stop() {
        screens.forEach(Screen::close);
        // B first: A created the accounts and stays the reference until the end.
        for (int i = servers.size() - 1; i >= 0; i--) {
            servers.get(i).close();
        }
    }

    @Test
    void everyScreenOnEitherInstanceSeesTheSameTallyAndStep() throws Exception {
        assumeTrue(TestDatabase.postgres(), "instances share state and notifications through one PostgreSQL");
        Map<String, String> database = TestDatabase.properties();
        URI a = start(database);
        URI b = start(database);
        Facilitator facilitator = facilitatorOn(a);
        JsonNode created = openSession(a, facilitator);
        String sessionId = created.get("sessionId").getStringValue();
        String code = created.get("code").getStringValue();

        List<Participant> participants = new ArrayList<>();
        for (URI node : List.of(a, a, a, b, b, b)) {
            participants.add(join(node, code, "Deelnemer " + (participants.size() + 1)));
        }
        String facilitatorEvents = "/api/live/sessions/" + sessionId + "/events";
        screens.add(Screen.open(this, "facilitator control on A", a, facilitatorEvents, facilitator.cookie()));
        screens.add(Screen.open(this, "presenter on B", b, facilitatorEvents, facilitator.cookie()));
        for (Participant participant : participants) {
            screens.add(Screen.open(
                    this,
                    participant.nickname() + (participant.node().equals(a) ? " on A" : " on B"),
                    participant.node(),
                    "/api/live/play/" + sessionId + "/events",
                    participant.cookie()));
        }
        awaitEveryScreen(
                "the lobby with six participants",
                view -> "LOBBY".equals(text(view, "status"))
                        && view.get("participants").getIntValue() == 6);

        act(a, facilitator, sessionId, Map.of("action", "start"));
        awaitEveryScreen("step 0 open for votes", view -> isStep(view, 0, "VOTING"));

        List<String> options = new ArrayList<>();
        screens.get(2).latest().get("step").get("options").values().forEach(o -> options.add(text(o, "id")));
        assertThat(options).as("options of the first decision").hasSizeGreaterThanOrEqualTo(2);
        String majority = options.get(0);
        String minority = options.get(1);
        List<String> choices = List.of(majority, majority, minority, majority, minority, majority);
        for (int i = 0; i < participants.size(); i++) {
            Participant participant = participants.get(i);
            send(
                            participant.node(),
                            "POST",
                            "/api/live/play/" + sessionId + "/votes",
                            Map.of("voteId", UUID.randomUUID().toString(), "step", 0, "optionId", choices.get(i)),
                            Map.of("Cookie", participant.cookie()))
                    .expect(200);
        }
        Map<String, Integer> tally = Map.of(majority, 4, minority, 2);
        awaitEveryScreen(
                "six votes counted", view -> view.get("step").get("votes").getIntValue() == 6);
        awaitEveryScreen(
                "the facilitator's tally (participants see none before the reveal)",
                view -> view.get("roster") == null || tally(view).equals(tally));

        act(a, facilitator, sessionId, Map.of("action", "reveal", "step", 0));
        awaitEveryScreen(
                "the revealed tally",
                view -> isStep(view, 0, "REVEALED") && tally(view).equals(tally));

        // The facilitator switched devices: the next action comes through instance B.
        act(b, facilitator, sessionId, Map.of("action", "decide", "step", 0));
        awaitEveryScreen(
                "the majority's path",
                view -> isStep(view, 0, "DECIDED")
                        && majority.equals(text(view.get("step").get("chosen"), "optionId"))
                        && "MAJORITY".equals(text(view.get("step").get("chosen"), "how")));

        act(a, facilitator, sessionId, Map.of("action", "next", "step", 0));
        awaitEveryScreen(
                "the step after the first decision",
                view -> isStep(view, 1, "VOTING") || "DEBRIEF".equals(text(view, "status")));
        assertThat(screens.stream().map(screen -> where(screen.latest())).distinct())
                .as("status and step of every screen")
                .hasSize(1);

        act(a, facilitator, sessionId, Map.of("action", "end"));
        awaitEveryScreen("the end", view -> "ENDED".equals(text(view, "status")));
    }

    @Test
    void screensCatchUpWithAVoteCastWhileTheInstancesWereNotListening() throws Exception {
        assumeTrue(TestDatabase.postgres(), "terminating backends is a PostgreSQL fault");
        Map<String, String> database = TestDatabase.properties();
        URI a = start(database);
        URI b = start(database);
        Facilitator facilitator = facilitatorOn(a);
        JsonNode created = openSession(a, facilitator);
        String sessionId = created.get("sessionId").getStringValue();
        Participant voter = join(a, created.get("code").getStringValue(), "Stemmer");
        Participant watcher = join(b, created.get("code").getStringValue(), "Kijker");
        screens.add(Screen.open(
                this, "presenter on B", b, "/api/live/sessions/" + sessionId + "/events", facilitator.cookie()));
        screens.add(
                Screen.open(this, "participant on B", b, "/api/live/play/" + sessionId + "/events", watcher.cookie()));
        screens.add(
                Screen.open(this, "participant on A", a, "/api/live/play/" + sessionId + "/events", voter.cookie()));
        act(a, facilitator, sessionId, Map.of("action", "start"));
        awaitEveryScreen("step 0 open for votes", view -> isStep(view, 0, "VOTING"));
        String option = screens.get(0)
                .latest()
                .get("step")
                .get("options")
                .get(0)
                .get("id")
                .getStringValue();

        // Both instances lose their listening connection; the vote's notification reaches neither (they listen
        // again after 200 ms): only the catch-up after listening again (LiveBus.EVERY_SESSION) brings it.
        terminateListeners(database);
        send(
                        a,
                        "POST",
                        "/api/live/play/" + sessionId + "/votes",
                        Map.of("voteId", UUID.randomUUID().toString(), "step", 0, "optionId", option),
                        Map.of("Cookie", voter.cookie()))
                .expect(200);

        awaitEveryScreen("the vote", view -> view.get("step").get("votes").getIntValue() == 1);
    }

    private Facilitator facilitatorOn(URI node) throws Exception {
        json = servers.get(0).getApplicationContext().getBean(JsonMapper.class);
        TestAccounts accounts = servers.get(0).getApplicationContext().getBean(TestAccounts.class);
        UUID organisation = accounts.organisation("Twee knooppunten", "jeugdhulp");
        return logIn(node, accounts.user(organisation, Role.ATTENTION_OFFICER));
    }

    /** A new session of the first case, in the lobby: the facilitator's view. */
    private JsonNode openSession(URI node, Facilitator facilitator) throws Exception {
        JsonNode activities = send(node, "GET", "/api/live/activities?locale=nl", null, facilitator.headers())
                .expect(200);
        String caseId = activities.get("cases").get(0).get("id").getStringValue();
        return send(
                        node,
                        "POST",
                        "/api/live/sessions",
                        Map.of("kind", "case", "activityId", caseId, "locale", "nl"),
                        facilitator.headers())
                .expect(201);
    }

    private static void terminateListeners(Map<String, String> database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        database.get("datasources.default.url"),
                        database.get("datasources.default.username"),
                        database.get("datasources.default.password"));
                Statement statement = connection.createStatement();
                ResultSet result =
                        statement.executeQuery("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                + " WHERE datname = current_database() AND application_name = '"
                                + PostgresLiveBus.LISTENER_NAME + "'")) {
            result.next();
            assertThat(result.getInt(1)).as("listening connections ended").isEqualTo(2);
        }
    }

    private URI start(Map<String, String> database) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("micronaut.server.port", -1);
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
        servers.add(server);
        return server.getURI();
    }

    private record Facilitator(String cookie, String csrfToken) {
        Map<String, String> headers() {
            return Map.of("Cookie", cookie, "X-CSRF-Token", csrfToken);
        }
    }

    private record Participant(URI node, String nickname, String cookie) {}

    private record Reply(int status, String body, HttpResponse<String> raw, JsonMapper json) {
        JsonNode expect(int expected) {
            assertThat(status)
                    .as(
                            "%s %s answered %s",
                            raw.request().method(), raw.request().uri(), body)
                    .isEqualTo(expected);
            try {
                return json.readValue(body, JsonNode.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String cookie(String namePrefix) {
            return raw.headers().allValues("Set-Cookie").stream()
                    .filter(header -> header.startsWith(namePrefix))
                    .map(header -> header.substring(0, header.indexOf(';') < 0 ? header.length() : header.indexOf(';')))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no cookie " + namePrefix + "… in " + raw.headers()));
        }
    }

    private Facilitator logIn(URI node, String email) throws Exception {
        Reply reply = send(
                node, "POST", "/api/auth/login", Map.of("email", email, "password", TestAccounts.PASSWORD), Map.of());
        JsonNode body = reply.expect(200);
        return new Facilitator(reply.cookie("SIGNAAL_SESSION="), text(body, "csrfToken"));
    }

    private Participant join(URI node, String code, String nickname) throws Exception {
        Reply reply = send(node, "POST", "/api/live/join", Map.of("code", code, "nickname", nickname), Map.of());
        JsonNode body = reply.expect(200);
        return new Participant(node, text(body, "nickname"), reply.cookie("signaal_live_"));
    }

    private void act(URI node, Facilitator facilitator, String sessionId, Map<String, Object> action) throws Exception {
        send(node, "POST", "/api/live/sessions/" + sessionId + "/actions", action, facilitator.headers())
                .expect(200);
    }

    private Reply send(URI node, String method, String path, Object body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response, json);
    }

    private void awaitEveryScreen(String what, Predicate<JsonNode> shows) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (screens.stream().allMatch(screen -> screen.latest() != null && shows.test(screen.latest()))) {
                return;
            }
            Thread.sleep(20);
        }
        StringBuilder state = new StringBuilder();
        for (Screen screen : screens) {
            state.append("\n  ")
                    .append(screen.name())
                    .append(": ")
                    .append(screen.latest() == null ? "no view" : where(screen.latest()) + " " + screen.problem());
        }
        fail("not every screen shows " + what + " within " + PATIENCE + ":" + state);
    }

    private static boolean isStep(JsonNode view, int index, String phase) {
        JsonNode step = view.get("step");
        return step != null
                && !step.isNull()
                && step.get("index").getIntValue() == index
                && phase.equals(text(step, "phase"));
    }

    /** The tally without options nobody chose (whether those are listed with 0 is not what this test is about). */
    private static Map<String, Integer> tally(JsonNode view) {
        JsonNode tally = view.get("step").get("tally");
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (tally != null && !tally.isNull()) {
            tally.entries().forEach(entry -> {
                if (entry.getValue().getIntValue() > 0) {
                    counts.put(entry.getKey(), entry.getValue().getIntValue());
                }
            });
        }
        return counts;
    }

    private static String where(JsonNode view) {
        JsonNode step = view.get("step");
        if (step == null || step.isNull()) {
            return text(view, "status");
        }
        return text(view, "status") + " step " + step.get("index").getIntValue() + " " + text(step, "phase") + " votes "
                + step.get("votes").getIntValue() + " tally " + tally(view);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null || node.isNull() ? null : node.get(field);
        return value == null || value.isNull() ? null : value.getStringValue();
    }

    /** One open event stream, read on its own thread; keeps the latest view. */
    private static final class Screen {
        private final String name;
        private final Thread reader;
        private volatile JsonNode latest;
        private volatile String problem = "";
        private volatile Stream<String> lines;

        private Screen(String name, Thread reader) {
            this.name = name;
            this.reader = reader;
        }

        static Screen open(TwoInstancesTest test, String name, URI node, String path, String cookie) {
            HttpRequest request = HttpRequest.newBuilder(node.resolve(path))
                    .header("Accept", "text/event-stream")
                    .header("Cookie", cookie)
                    .build();
            Screen[] screen = new Screen[1];
            Thread reader = new Thread(() -> screen[0].read(test, request), "screen " + name);
            reader.setDaemon(true);
            screen[0] = new Screen(name, reader);
            reader.start();
            return screen[0];
        }

        private void read(TwoInstancesTest test, HttpRequest request) {
            try {
                HttpResponse<Stream<String>> response = test.http.send(request, HttpResponse.BodyHandlers.ofLines());
                if (response.statusCode() != 200) {
                    problem = "stream answered " + response.statusCode();
                    return;
                }
                lines = response.body();
                String event = "message";
                StringBuilder data = new StringBuilder();
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.isEmpty()) {
                        if ("view".equals(event) && data.length() > 0) {
                            latest = test.json.readValue(data.toString(), JsonNode.class);
                        }
                        event = "message";
                        data.setLength(0);
                    } else if (line.startsWith("event:")) {
                        event = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(data.length() > 0 ? "\n" : "")
                                .append(line.substring(5).stripLeading());
                    }
                }
            } catch (IOException | RuntimeException e) {
                problem = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        String name() {
            return name;
        }

        JsonNode latest() {
            return latest;
        }

        String problem() {
            return problem;
        }

        void close() {
            Stream<String> open = lines;
            if (open != null) {
                open.close();
            }
            reader.interrupt();
        }
    }
}
