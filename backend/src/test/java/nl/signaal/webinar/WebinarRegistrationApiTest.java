package nl.signaal.webinar;

import static nl.signaal.webinar.WebinarFixture.online;
import static nl.signaal.webinar.WebinarFixture.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Places and the waiting list over HTTP, on H2 and PostgreSQL. */
@MicronautTest(transactional = false)
class WebinarRegistrationApiTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    MovableClock clock;

    Api api;
    Api.Session trainer;
    List<Api.Session> learners = new ArrayList<>();
    List<String> emails = new ArrayList<>();

    @BeforeAll
    void accounts() {
        api = new Api(client, json);
        UUID organisation = accounts.organisation("Inschrijven", "buurtteam");
        trainer = api.logIn(accounts.userNamed(organisation, "Tim Trainer", Role.TRAINER), TestAccounts.PASSWORD);
        for (String name : List.of("Anna", "Bram", "Cees", "Dewi")) {
            String email = accounts.userNamed(organisation, name, Role.LEARNER);
            emails.add(email);
            learners.add(api.logIn(email, TestAccounts.PASSWORD));
        }
    }

    private String schedule(int capacity) {
        Api.Response created = api.post("/api/webinars", online(capacity, clock.instant()), trainer);
        assertThat(created.status()).isEqualTo(201);
        return created.text("id");
    }

    private Api.Response register(String id, int learner) {
        return api.post("/api/webinars/" + id + "/registration", Map.of(), learners.get(learner));
    }

    private Api.Response cancel(String id, int learner) {
        return api.send(HttpRequest.DELETE("/api/webinars/" + id + "/registration"), learners.get(learner));
    }

    private JsonNode detail(String id, int learner) {
        return api.get("/api/webinars/" + id, learners.get(learner)).body();
    }

    @Test
    void placesGoFirstAndThenTheWaitingListInOrder() {
        String id = schedule(2);

        Api.Response anna = register(id, 0);
        Api.Response bram = register(id, 1);
        Api.Response cees = register(id, 2);
        Api.Response dewi = register(id, 3);

        assertThat(anna.text("status")).isEqualTo("REGISTERED");
        assertThat(bram.text("status")).isEqualTo("REGISTERED");
        assertThat(cees.text("status")).isEqualTo("WAITING");
        assertThat(cees.body().get("waitingPosition").getIntValue()).isEqualTo(1);
        assertThat(dewi.body().get("waitingPosition").getIntValue()).isEqualTo(2);
        JsonNode seen = detail(id, 3);
        assertThat(seen.get("placesLeft").getLongValue()).isZero();
        assertThat(seen.get("waitingCount").getLongValue()).isEqualTo(2);
        assertThat(seen.get("myStatus").getStringValue()).isEqualTo("WAITING");
        assertThat(seen.get("myWaitingPosition").getIntValue()).isEqualTo(2);
    }

    @Test
    void registeringAgainGivesTheSameAnswerAndTakesNoSecondPlace() {
        String id = schedule(1);
        register(id, 0);

        Api.Response again = register(id, 0);
        Api.Response other = register(id, 1);
        Api.Response otherAgain = register(id, 1);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("status")).isEqualTo("REGISTERED");
        assertThat(other.text("status")).isEqualTo("WAITING");
        assertThat(otherAgain.text("status")).isEqualTo("WAITING");
        assertThat(otherAgain.body().get("waitingPosition").getIntValue()).isEqualTo(1);
        assertThat(api.get("/api/webinars/" + id + "/registrations", trainer)
                        .body()
                        .size())
                .isEqualTo(2);
    }

    @Test
    void givingBackAPlaceMovesUpExactlyTheFirstInLine() {
        String id = schedule(1);
        register(id, 0);
        register(id, 1);
        register(id, 2);

        Api.Response cancelled = cancel(id, 0);
        Api.Response again = cancel(id, 0);

        assertThat(cancelled.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(204);
        assertThat(detail(id, 1).get("myStatus").getStringValue()).isEqualTo("REGISTERED");
        assertThat(detail(id, 2).get("myStatus").getStringValue()).isEqualTo("WAITING");
        assertThat(detail(id, 2).get("myWaitingPosition").getIntValue()).isEqualTo(1);
        assertThat(detail(id, 0).get("myStatus").isNull()).isTrue();
    }

    @Test
    void leavingTheQueueFreesNoPlaceAndRegisteringAgainGoesToTheBack() {
        String id = schedule(1);
        register(id, 0);
        register(id, 1);
        register(id, 2);

        cancel(id, 1);
        assertThat(detail(id, 2).get("myWaitingPosition").getIntValue()).isEqualTo(1);
        Api.Response back = register(id, 1);

        assertThat(back.text("status")).isEqualTo("WAITING");
        assertThat(back.body().get("waitingPosition").getIntValue()).isEqualTo(2);
        List<String> rows = new ArrayList<>();
        api.get("/api/webinars/" + id + "/registrations", trainer)
                .body()
                .values()
                .forEach(r -> rows.add(r.get("status").getStringValue()));
        assertThat(rows).containsExactly("REGISTERED", "WAITING", "WAITING");
    }

    @Test
    void raisingTheCapacityMovesPeopleUpAndLoweringItTakesNoPlaceAway() {
        String id = schedule(1);
        register(id, 0);
        register(id, 1);
        register(id, 2);

        Api.Response raised = api.put("/api/webinars/" + id, with(online(2, clock.instant()), "version", 0), trainer);
        assertThat(raised.body().get("registered").getLongValue()).isEqualTo(2);
        assertThat(detail(id, 1).get("myStatus").getStringValue()).isEqualTo("REGISTERED");
        assertThat(detail(id, 2).get("myStatus").getStringValue()).isEqualTo("WAITING");

        Api.Response lowered = api.put("/api/webinars/" + id, with(online(1, clock.instant()), "version", 1), trainer);
        assertThat(lowered.body().get("registered").getLongValue()).isEqualTo(2);
        cancel(id, 0);
        assertThat(detail(id, 2).get("myStatus").getStringValue()).isEqualTo("WAITING");
    }

    @Test
    void theOrganiserSeesWhoRegisteredWithNameAndAddress() {
        String id = schedule(5);
        register(id, 3);

        JsonNode rows =
                api.get("/api/webinars/" + id + "/registrations", trainer).body();

        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.get(0).get("name").getStringValue()).isEqualTo("Dewi");
        assertThat(rows.get(0).get("email").getStringValue()).isEqualTo(emails.get(3));
        assertThat(rows.get(0).get("organisation").getStringValue()).isEqualTo("Inschrijven");
        assertThat(rows.get(0).get("status").getStringValue()).isEqualTo("REGISTERED");
    }

    @Test
    void theListShowsMyStatusAndAfterwardsThePastOnesIHadAPlaceFor() {
        String id = schedule(1);
        register(id, 0);
        register(id, 1);

        JsonNode mine = rowOf(api.get("/api/webinars", learners.get(1)).body(), id);
        assertThat(mine.get("myStatus").getStringValue()).isEqualTo("WAITING");
        assertThat(mine.get("myWaitingPosition").getIntValue()).isEqualTo(1);
        assertThat(mine.get("over").getBooleanValue()).isFalse();

        // The organiser moves it to yesterday (as one corrects a wrongly entered date): it is over.
        Instant yesterday = clock.instant().minus(Duration.ofDays(1));
        Api.Response moved = api.put(
                "/api/webinars/" + id,
                with(
                        online(1, clock.instant()),
                        "version",
                        0,
                        "startsAt",
                        yesterday.toString(),
                        "endsAt",
                        yesterday.plus(Duration.ofHours(1)).toString()),
                trainer);
        assertThat(moved.status()).isEqualTo(200);
        assertThat(rowOf(api.get("/api/webinars", learners.get(0)).body(), id)).isNull();
        assertThat(rowOf(api.get("/api/webinars?past=true", learners.get(0)).body(), id))
                .isNotNull();
        assertThat(rowOf(api.get("/api/webinars?past=true", learners.get(1)).body(), id))
                .isNull();
        Api.Response late = register(id, 2);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("type")).isEqualTo("webinar-over");
        JsonNode after = detail(id, 0);
        assertThat(after.get("over").getBooleanValue()).isTrue();
        assertThat(after.get("recordingUrl").getStringValue()).isEqualTo("https://example.org/opname");
    }

    private static JsonNode rowOf(JsonNode list, String id) {
        for (JsonNode row : list.values()) {
            if (row.get("id").getStringValue().equals(id)) {
                return row;
            }
        }
        return null;
    }
}
