package nl.signaal.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.live.LiveClient.Phone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Server-Sent Event streams, read as a browser's EventSource would over plain HTTP. */
@MicronautTest(transactional = false)
class LiveStreamTest extends DatabaseTest {
    private static final long WAIT_SECONDS = 10;

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
    EmbeddedServer server;

    LiveClient live;
    Api api;
    Api.Session facilitator;
    final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    final List<Stream> open = new java.util.ArrayList<>();

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        live = new LiveClient(api);
        UUID organisation = accounts.organisation("Team Stroom", "jeugdhulp");
        facilitator = api.logIn(accounts.user(organisation, Role.TRAINER), TestAccounts.PASSWORD);
    }

    @AfterEach
    void close() {
        open.forEach(Stream::close);
        open.clear();
    }

    /** One SSE event as received. */
    record Received(@Nullable String name, @Nullable String id, String data) {}

    /** A connected stream: its events arrive in a queue; END marks the end of the stream. */
    final class Stream {
        static final Received END = new Received("end", null, "");
        final BlockingQueue<Received> events = new LinkedBlockingQueue<>();
        final int status;
        final InputStream body;

        Stream(String path, String cookie, @Nullable String lastEventId) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                    .header("Accept", "text/event-stream")
                    .header("Cookie", cookie);
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<InputStream> response =
                    http.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            body = response.body();
            open.add(this);
            if (status == 200) {
                Thread reader = new Thread(this::read, "sse-test-reader");
                reader.setDaemon(true);
                reader.start();
            }
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String name = null;
                String id = null;
                StringBuilder data = new StringBuilder();
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (name != null || id != null || data.length() > 0) {
                            events.add(new Received(name, id, data.toString())); // as EventSource: no empty events
                        }
                        name = null;
                        id = null;
                        data.setLength(0);
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    }
                }
            } catch (IOException closed) {
                // the test closed it
            }
            events.add(END);
        }

        /** The next view (or removed, or the end), skipping pings; fails after a wait. */
        Received next() throws InterruptedException {
            while (true) {
                Received event = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
                assertThat(event).as("an event within " + WAIT_SECONDS + " s").isNotNull();
                if (!"ping".equals(event.name())) {
                    return event;
                }
            }
        }

        /** Nothing but pings arrives within the time. */
        boolean quietFor(Duration duration) throws InterruptedException {
            long until = System.nanoTime() + duration.toNanos();
            while (System.nanoTime() < until) {
                Received event = events.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (event != null && !"ping".equals(event.name())) {
                    return false;
                }
            }
            return true;
        }

        JsonNode view() throws Exception {
            Received event = next();
            assertThat(event.name()).as(event.toString()).isEqualTo("view");
            JsonNode view = json.readValue(event.data(), JsonNode.class);
            assertThat(view.get("eventId").getStringValue()).isEqualTo(event.id());
            return view;
        }

        void close() {
            try {
                body.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    private Stream facilitatorStream(String sessionId, @Nullable String lastEventId) throws Exception {
        return new Stream(
                "/api/live/sessions/" + sessionId + "/events", "SIGNAAL_SESSION=" + facilitator.cookie(), lastEventId);
    }

    private Stream participantStream(Phone phone, @Nullable String lastEventId) throws Exception {
        return new Stream("/api/live/play/" + phone.sessionId() + "/events", phone.cookie(), lastEventId);
    }

    private record Session(String id, String code) {}

    private Session open() {
        JsonNode opened =
                live.open(facilitator, "case", content.scenarios().get(0).id());
        return new Session(
                opened.get("sessionId").getStringValue(), opened.get("code").getStringValue());
    }

    @Test
    void sendsTheCurrentViewAtOnceThenEveryChange() throws Exception {
        Session session = open();
        Stream screen = facilitatorStream(session.id(), null);
        assertThat(screen.status).isEqualTo(200);
        assertThat(screen.view().get("status").getStringValue()).isEqualTo("LOBBY");
        Phone phone = live.joined(session.code(), "Kim");
        assertThat(screen.view().get("participants").getIntValue()).isEqualTo(1);
        Stream phoneScreen = participantStream(phone, null);
        assertThat(phoneScreen.view().get("participants").getIntValue()).isEqualTo(1);

        live.acted(facilitator, session.id(), "start", null);
        JsonNode started = screen.view();
        assertThat(started.get("status").getStringValue()).isEqualTo("RUNNING");
        assertThat(phoneScreen.view().get("step").get("phase").getStringValue()).isEqualTo("VOTING");

        String option = LiveClient.optionIds(started).get(0);
        assertThat(live.vote(phone, UUID.randomUUID(), 0, option).status()).isEqualTo(200);
        JsonNode counted = screen.view();
        assertThat(counted.get("step").get("votes").getIntValue()).isEqualTo(1);
        assertThat(counted.get("step").get("tally").get(option).getIntValue()).isEqualTo(1);
        JsonNode seen = phoneScreen.view();
        assertThat(seen.get("step").get("votes").getIntValue()).isEqualTo(1);
        assertThat(seen.get("step").get("tally").isNull())
                .as("hidden until the reveal")
                .isTrue();
        assertThat(seen.get("roster") != null)
                .as("the facilitator's fields stay off phones")
                .isFalse();
    }

    @Test
    void resumingWithTheCurrentEventIdSendsNothingUntilAChange() throws Exception {
        Session session = open();
        String eventId =
                api.get("/api/live/sessions/" + session.id(), facilitator).text("eventId");
        Stream screen = facilitatorStream(session.id(), eventId);
        assertThat(screen.quietFor(Duration.ofMillis(700))).isTrue();
        live.acted(facilitator, session.id(), "start", null);
        JsonNode changed = screen.view();
        assertThat(changed.get("eventId").getStringValue()).isNotEqualTo(eventId);
        assertThat(changed.get("status").getStringValue()).isEqualTo("RUNNING");
    }

    @Test
    void resumingWithAnOlderEventIdSendsTheCurrentView() throws Exception {
        Session session = open();
        String old = api.get("/api/live/sessions/" + session.id(), facilitator).text("eventId");
        live.acted(facilitator, session.id(), "start", null);
        Stream screen = facilitatorStream(session.id(), old);
        assertThat(screen.view().get("status").getStringValue()).isEqualTo("RUNNING");
    }

    @Test
    void aRemovedParticipantIsToldAndTheStreamEnds() throws Exception {
        Session session = open();
        Phone phone = live.joined(session.code(), "Weg");
        Stream phoneScreen = participantStream(phone, null);
        phoneScreen.view();
        assertThat(api.post(
                                "/api/live/sessions/" + session.id() + "/participants/" + phone.participantId()
                                        + "/remove",
                                Map.of(),
                                facilitator)
                        .status())
                .isEqualTo(204);
        assertThat(phoneScreen.next().name()).isEqualTo("removed");
        assertThat(phoneScreen.next()).isEqualTo(Stream.END);
        assertThat(participantStream(phone, null).status).isEqualTo(403);
    }

    @Test
    void afterTheEndTheFinalViewComesAndTheStreamsClose() throws Exception {
        Session session = open();
        Phone phone = live.joined(session.code(), "Tot ziens");
        Stream screen = facilitatorStream(session.id(), null);
        Stream phoneScreen = participantStream(phone, null);
        screen.view();
        phoneScreen.view();
        live.acted(facilitator, session.id(), "end", null);
        assertThat(screen.view().get("status").getStringValue()).isEqualTo("ENDED");
        assertThat(screen.next()).isEqualTo(Stream.END);
        assertThat(phoneScreen.view().get("status").getStringValue()).isEqualTo("ENDED");
        assertThat(phoneScreen.next()).isEqualTo(Stream.END);
    }

    @Test
    void aBurstOfVotesIsCoalescedIntoFewViews() throws Exception {
        Session session = open();
        List<Phone> phones = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            phones.add(live.joined(session.code(), "P" + i));
        }
        JsonNode started = live.acted(facilitator, session.id(), "start", null);
        Stream screen = facilitatorStream(session.id(), started.get("eventId").getStringValue());
        String option = LiveClient.optionIds(started).get(0);
        long begin = System.nanoTime();
        for (Phone phone : phones) {
            live.vote(phone, UUID.randomUUID(), 0, option);
        }
        long tookMillis = (System.nanoTime() - begin) / 1_000_000;
        int views = 0;
        int votes = 0;
        while (votes < 20) {
            votes = screen.view().get("step").get("votes").getIntValue();
            views++;
        }
        // at most one view per 100 ms, plus the first at once and the trailing one
        assertThat(views).isLessThanOrEqualTo((int) (tookMillis / 100) + 2);
    }

    @Test
    void aStreamNeedsTheSessionsCookie() throws Exception {
        Session session = open();
        Session other = open();
        Phone phone = live.joined(other.code(), "Elders");
        Phone wrong = new Phone(session.id(), phone.participantId(), phone.cookie(), null);
        assertThat(participantStream(wrong, null).status).isEqualTo(404);
        assertThat(new Stream("/api/live/sessions/" + session.id() + "/events", "", null).status)
                .isEqualTo(401);
    }
}
