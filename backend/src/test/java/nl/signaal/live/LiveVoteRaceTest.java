package nl.signaal.live;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Votes run side by side (one of 16 gate rows each, not the one session row), yet a reveal racing a burst still
 * freezes an exact tally: every vote answered 200 is stored and counted, none lands after the reveal.
 */
@MicronautTest(transactional = false)
class LiveVoteRaceTest extends DatabaseTest {
    static final int PHONES = 200;

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
    LiveVotes votes;

    @Test
    void aRevealRacingABurstLeavesTheTallyOfTheStoredVotes() throws Exception {
        Api api = new Api(client, json);
        LiveClient live = new LiveClient(api);
        UUID organisation = accounts.organisation("Team Storm", "jeugdhulp");
        Api.Session facilitator = api.logIn(accounts.user(organisation, Role.ATTENTION_OFFICER), TestAccounts.PASSWORD);
        JsonNode opened =
                live.open(facilitator, "case", content.scenarios().get(0).id());
        String sessionId = opened.get("sessionId").getStringValue();
        String code = opened.get("code").getStringValue();
        List<LiveClient.Phone> phones = new ArrayList<>();
        for (int i = 0; i < PHONES; i++) {
            phones.add(live.joined(code, "Stem " + i));
        }
        List<String> options = LiveClient.optionIds(live.acted(facilitator, sessionId, "start", null));

        ExecutorService threads = Executors.newFixedThreadPool(40);
        CountDownLatch answered = new CountDownLatch(PHONES / 3);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < PHONES; i++) {
                LiveClient.Phone phone = phones.get(i);
                String option = options.get(i % options.size());
                statuses.add(threads.submit(() -> {
                    int status = live.vote(phone, UUID.randomUUID(), 0, option).status();
                    answered.countDown();
                    return status;
                }));
            }
            assertThat(answered.await(60, TimeUnit.SECONDS)).isTrue();
            JsonNode revealed = live.acted(facilitator, sessionId, "reveal", 0);
            int accepted = 0;
            int refused = 0;
            for (Future<Integer> status : statuses) {
                int answer = status.get(60, TimeUnit.SECONDS);
                assertThat(answer).isIn(200, 409);
                if (answer == 200) {
                    accepted++;
                } else {
                    refused++;
                }
            }
            assertThat(accepted + refused).isEqualTo(PHONES);
            assertThat(accepted).isGreaterThanOrEqualTo(PHONES / 3);

            Map<String, Integer> stored = votes.tally(UUID.fromString(sessionId), 0);
            int storedVotes =
                    stored.values().stream().mapToInt(Integer::intValue).sum();
            assertThat(storedVotes).as("every vote answered 200 is stored").isEqualTo(accepted);
            assertThat(tally(revealed))
                    .as("the reveal's own view already has the final tally")
                    .isEqualTo(stored);
            JsonNode after =
                    api.get("/api/live/sessions/" + sessionId, facilitator).body();
            assertThat(tally(after)).isEqualTo(stored);
            assertThat(after.get("step").get("votes").getIntValue()).isEqualTo(accepted);
            assertThat(live.vote(phones.get(0), UUID.randomUUID(), 0, options.get(0))
                            .status())
                    .isEqualTo(409);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void everyVoteOfABurstLandsAndEachChangesTheEventId() throws Exception {
        Api api = new Api(client, json);
        LiveClient live = new LiveClient(api);
        UUID organisation = accounts.organisation("Team Bui", "jeugdhulp");
        Api.Session facilitator = api.logIn(accounts.user(organisation, Role.ATTENTION_OFFICER), TestAccounts.PASSWORD);
        JsonNode opened =
                live.open(facilitator, "case", content.scenarios().get(0).id());
        String sessionId = opened.get("sessionId").getStringValue();
        String code = opened.get("code").getStringValue();
        List<LiveClient.Phone> phones = new ArrayList<>();
        for (int i = 0; i < PHONES; i++) {
            phones.add(live.joined(code, "Bui " + i));
        }
        JsonNode started = live.acted(facilitator, sessionId, "start", null);
        List<String> options = LiveClient.optionIds(started);
        ExecutorService threads = Executors.newFixedThreadPool(40);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < PHONES; i++) {
                LiveClient.Phone phone = phones.get(i);
                String option = options.get(i % options.size());
                statuses.add(threads.submit(
                        () -> live.vote(phone, UUID.randomUUID(), 0, option).status()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            threads.shutdownNow();
        }
        JsonNode after = api.get("/api/live/sessions/" + sessionId, facilitator).body();
        assertThat(after.get("step").get("votes").getIntValue()).isEqualTo(PHONES);
        String[] before = started.get("eventId").getStringValue().split("\\.");
        String[] now = after.get("eventId").getStringValue().split("\\.");
        assertThat(now[0]).isEqualTo(before[0]); // no facilitator action
        assertThat(Long.parseLong(now[1]) - Long.parseLong(before[1])).isEqualTo(PHONES);
    }

    private static Map<String, Integer> tally(JsonNode view) {
        Map<String, Integer> tally = new java.util.HashMap<>();
        JsonNode counted = view.get("step").get("tally");
        for (Map.Entry<String, JsonNode> entry : counted.entries()) {
            if (entry.getValue().getIntValue() > 0) {
                tally.put(entry.getKey(), entry.getValue().getIntValue());
            }
        }
        return tally;
    }
}
