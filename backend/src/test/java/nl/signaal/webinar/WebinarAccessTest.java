package nl.signaal.webinar;

import static nl.signaal.webinar.WebinarFixture.online;
import static nl.signaal.webinar.WebinarFixture.with;
import static nl.signaal.webinar.WebinarFixture.withAudience;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who sees what of a webinar, on H2 and PostgreSQL: another organisation's people and other sectors get 404, learners
 * cannot schedule, an attention officer schedules for their own organisation only, and the meeting link, materials and
 * recording stay with the place holders.
 */
@MicronautTest(transactional = false)
class WebinarAccessTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    Api api;
    UUID home;
    UUID neighbour;
    Api.Session trainer;
    Api.Session officer;
    Api.Session placed;
    Api.Session waiting;
    Api.Session colleague;
    Api.Session outsider;
    Api.Session outsiderOfficer;
    Api.Session schoolLearner;

    @BeforeAll
    void accounts() {
        api = new Api(client, json);
        home = accounts.organisation("Thuis", "jeugdhulp");
        neighbour = accounts.organisation("Buurman", "jeugdhulp");
        UUID school = accounts.organisation("School", "onderwijs");
        trainer = logIn(accounts.user(home, Role.TRAINER));
        officer = logIn(accounts.user(home, Role.ATTENTION_OFFICER));
        placed = logIn(accounts.user(home, Role.LEARNER));
        waiting = logIn(accounts.user(home, Role.LEARNER));
        colleague = logIn(accounts.user(home, Role.LEARNER));
        outsider = logIn(accounts.user(neighbour, Role.LEARNER));
        outsiderOfficer = logIn(accounts.user(neighbour, Role.ATTENTION_OFFICER));
        schoolLearner = logIn(accounts.user(school, Role.LEARNER));
    }

    private Api.Session logIn(String email) {
        return api.logIn(email, TestAccounts.PASSWORD);
    }

    private String schedule(Map<String, Object> body) {
        Api.Response created = api.post("/api/webinars", body, trainer);
        assertThat(created.status()).isEqualTo(201);
        return created.text("id");
    }

    @Test
    void anotherOrganisationsPeopleFindNothing() {
        String id = schedule(online(10));

        assertThat(api.get("/api/webinars/" + id, outsider).status()).isEqualTo(404);
        assertThat(api.post("/api/webinars/" + id + "/registration", Map.of(), outsider)
                        .status())
                .isEqualTo(404);
        assertThat(api.send(HttpRequest.DELETE("/api/webinars/" + id + "/registration"), outsider)
                        .status())
                .isEqualTo(404);
        assertThat(ids(api.get("/api/webinars", outsider).body())).doesNotContain(id);
        assertThat(api.get("/api/webinars/" + id + "/organiser", outsiderOfficer)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/webinars/" + id + "/registrations", outsiderOfficer)
                        .status())
                .isEqualTo(404);
        assertThat(api.put("/api/webinars/" + id, with(online(10), "version", 0), outsiderOfficer)
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/webinars/" + id + "/cancel", Map.of(), outsiderOfficer)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aRegionalWebinarIsOpenToTheInvitedOrganisationForItsSectorOnly() {
        String forYouth = schedule(with(withAudience(online(10), neighbour), "targetGroups", List.of("jeugdhulp")));
        String forSchools = schedule(with(online(10), "targetGroups", List.of("onderwijs")));

        assertThat(api.get("/api/webinars/" + forYouth, outsider).status()).isEqualTo(200);
        assertThat(api.post("/api/webinars/" + forYouth + "/registration", Map.of(), outsider)
                        .text("status"))
                .isEqualTo("REGISTERED");
        assertThat(api.get("/api/webinars/" + forSchools, colleague).status()).isEqualTo(404);
        assertThat(api.post("/api/webinars/" + forSchools + "/registration", Map.of(), colleague)
                        .status())
                .isEqualTo(404);
        assertThat(ids(api.get("/api/webinars", colleague).body()))
                .contains(forYouth)
                .doesNotContain(forSchools);
        assertThat(api.get("/api/webinars/" + forYouth, schoolLearner).status()).isEqualTo(404);
        // The organiser of the other organisation does not manage it: it is not theirs.
        assertThat(api.get("/api/webinars/" + forYouth + "/organiser", outsiderOfficer)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aLearnerCannotScheduleEditOrSeeRegistrations() {
        String id = schedule(online(10));

        assertThat(api.post("/api/webinars", online(10), placed).status()).isEqualTo(403);
        assertThat(api.put("/api/webinars/" + id, with(online(10), "version", 0), placed)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/webinars/" + id + "/registrations", placed).status())
                .isEqualTo(403);
        assertThat(api.get("/api/webinars/organised", placed).status()).isEqualTo(403);
    }

    @Test
    void anAttentionOfficerCannotAddAnotherOrganisation() {
        Api.Response response = api.post("/api/webinars", withAudience(online(10), neighbour), officer);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("audience");
    }

    @Test
    void theMeetingLinkAndMaterialsAreForPlaceHoldersOnly() {
        String id = schedule(online(1));
        api.post("/api/webinars/" + id + "/registration", Map.of(), placed);
        api.post("/api/webinars/" + id + "/registration", Map.of(), waiting);

        JsonNode holder = api.get("/api/webinars/" + id, placed).body();
        JsonNode queued = api.get("/api/webinars/" + id, waiting).body();
        JsonNode stranger = api.get("/api/webinars/" + id, colleague).body();

        assertThat(holder.get("meetingUrl").getStringValue()).isEqualTo(WebinarFixture.MEETING);
        assertThat(holder.get("materials").size()).isEqualTo(1);
        assertThat(holder.get("recordingUrl").isNull())
                .as("the recording comes once it is over")
                .isTrue();
        for (JsonNode other : List.of(queued, stranger)) {
            assertThat(other.get("meetingUrl").isNull()).isTrue();
            assertThat(other.get("materials").size()).isZero();
            assertThat(other.get("recordingUrl").isNull()).isTrue();
        }
        for (JsonNode row : api.get("/api/webinars", colleague).body().values()) {
            assertThat(row.get("meetingUrl")).isNull();
        }
        assertThat(api.get("/api/webinars/" + id + "/organiser", officer).text("meetingUrl"))
                .isEqualTo(WebinarFixture.MEETING);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new java.util.ArrayList<>();
        list.values().forEach(row -> ids.add(row.get("id").getStringValue()));
        return ids;
    }
}
