package nl.signaal.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.content.Content;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.live.LiveClient.Phone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sessions end after two hours without a facilitator action or a vote: on access, and by the sweep. */
@MicronautTest(transactional = false)
class LiveExpiryTest extends DatabaseTest {
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
    MovableClock clock;

    @Inject
    IdleSweep sweep;

    @Inject
    LiveSessionRepository sessions;

    LiveClient live;
    Api api;
    Api.Session facilitator;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        live = new LiveClient(api);
        UUID organisation = accounts.organisation("Team Tijd", "jeugdhulp");
        facilitator = api.logIn(accounts.user(organisation, Role.ATTENTION_OFFICER), TestAccounts.PASSWORD);
    }

    private JsonNode open() {
        return live.open(facilitator, "case", content.scenarios().get(0).id());
    }

    @Test
    void anIdleSessionEndsWhenSomeoneComesBack() {
        JsonNode opened = open();
        String id = opened.get("sessionId").getStringValue();
        String code = opened.get("code").getStringValue();
        Phone phone = live.joined(code, "Geduld");
        JsonNode started = live.acted(facilitator, id, "start", null);
        String option = LiveClient.optionIds(started).get(0);
        clock.advance(Duration.ofMinutes(119));
        assertThat(live.vote(phone, UUID.randomUUID(), 0, option).status())
                .as("a vote keeps it alive")
                .isEqualTo(200);
        clock.advance(Duration.ofMinutes(119));
        assertThat(api.get("/api/live/sessions/" + id, facilitator).text("status"))
                .isEqualTo("RUNNING");
        clock.advance(Duration.ofMinutes(2));
        JsonNode view = api.get("/api/live/sessions/" + id, facilitator).body();
        assertThat(view.get("status").getStringValue()).isEqualTo("ENDED");
        assertThat(view.get("code").isNull()).isTrue();
        assertThat(live.join(code, "Te laat", null).status()).isEqualTo(404);
        assertThat(live.vote(phone, UUID.randomUUID(), 0, option).status()).isEqualTo(409);
    }

    @Test
    void theSweepEndsIdleSessionsNobodyLooksAt() {
        JsonNode opened = open();
        String id = opened.get("sessionId").getStringValue();
        clock.advance(Duration.ofHours(2).plusMinutes(1));
        sweep.sweep();
        assertThat(sessions.findById(UUID.fromString(id)).orElseThrow().status())
                .isEqualTo("ENDED");
        assertThat(sessions.findById(UUID.fromString(id)).orElseThrow().openCode())
                .isNull();
        JsonNode active = open();
        sweep.sweep();
        assertThat(sessions.findById(UUID.fromString(active.get("sessionId").getStringValue()))
                        .orElseThrow()
                        .status())
                .isEqualTo("LOBBY");
    }
}
