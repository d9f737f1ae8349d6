package nl.signaal.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.live.LiveClient.Phone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A signal-pooling exercise (the test fixture nl.signaal.PoolingFixture): fragments dealt on join, needs revealed. */
@MicronautTest(transactional = false)
class LivePoolingTest extends DatabaseTest {
    static final String EXERCISE = "test-pooling";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    LiveClient live;
    Api api;
    Api.Session facilitator;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("signaal.test.pooling-fixture", "true");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        live = new LiveClient(api);
        UUID organisation = accounts.organisation("Team Samen", "jeugdhulp");
        facilitator = api.logIn(accounts.user(organisation, Role.COORDINATOR), TestAccounts.PASSWORD);
    }

    @Test
    void listsTheExercise() {
        JsonNode pooling =
                api.get("/api/live/activities?locale=nl", facilitator).body().get("pooling");
        assertThat(pooling.size()).isEqualTo(1);
        assertThat(pooling.get(0).get("id").getStringValue()).isEqualTo(EXERCISE);
        assertThat(pooling.get(0).get("steps").getIntValue()).isEqualTo(2);
    }

    @Test
    void fragmentsAreDealtRoundRobinAndTheRevealNamesTheNeededOnes() {
        JsonNode opened = live.open(facilitator, "pooling", EXERCISE);
        String id = opened.get("sessionId").getStringValue();
        String code = opened.get("code").getStringValue();
        assertThat(opened.get("introHtml").getStringValue()).contains("stukje");
        List<Phone> phones = new ArrayList<>();
        List<String> fragments = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Phone phone = live.joined(code, "P" + i);
            phones.add(phone);
            JsonNode me = live.play(phone).body().get("me");
            fragments.add(me.get("fragment").get("id").getStringValue());
        }
        assertThat(fragments).containsExactly("teacher", "youth-worker", "neighbour", "teacher");
        assertThat(live.play(phones.get(1))
                        .body()
                        .get("me")
                        .get("fragment")
                        .get("html")
                        .getStringValue())
                .contains("schoenen");

        JsonNode view = live.acted(facilitator, id, "start", null);
        assertThat(view.get("step").get("total").getIntValue()).isEqualTo(2);
        assertThat(view.get("step").get("neededFragments").isNull()).isTrue();
        for (Phone phone : phones) {
            live.vote(phone, UUID.randomUUID(), 0, "a");
        }
        live.acted(facilitator, id, "reveal", 0);
        JsonNode decided = live.acted(facilitator, id, "decide", 0).get("step");
        assertThat(decided.get("chosen").get("optionId").getStringValue()).isEqualTo("a");
        assertThat(decided.get("chosen").get("how").getStringValue()).isEqualTo("ANSWER");
        List<String> needed = new ArrayList<>();
        decided.get("neededFragments")
                .values()
                .forEach(f -> needed.add(f.get("id").getStringValue()));
        assertThat(needed).containsExactlyInAnyOrder("teacher", "youth-worker");
        JsonNode seen = live.play(phones.get(0)).body().get("view").get("step");
        assertThat(seen.get("neededFragments").get(0).get("holder").getStringValue())
                .isNotBlank();
        assertThat(seen.get("feedbackHtml").getStringValue()).contains("patroon");

        live.acted(facilitator, id, "next", 0);
        live.vote(phones.get(2), UUID.randomUUID(), 1, "a");
        live.acted(facilitator, id, "reveal", 1);
        assertThat(live.acted(facilitator, id, "decide", 1)
                        .get("step")
                        .get("chosen")
                        .get("optionId")
                        .getStringValue())
                .isEqualTo("b");
        JsonNode debrief = live.acted(facilitator, id, "next", 1);
        assertThat(debrief.get("status").getStringValue()).isEqualTo("DEBRIEF");
        assertThat(debrief.get("debrief").get("total").getIntValue()).isEqualTo(2);
        assertThat(debrief.get("debrief").get("followedRecommended").getIntValue())
                .isEqualTo(2);
    }
}
