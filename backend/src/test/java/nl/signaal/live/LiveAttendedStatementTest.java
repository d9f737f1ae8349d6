package nl.signaal.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.progress.Occasions;
import nl.signaal.progress.XapiRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ending a live session gives each participant who joined as themselves one attended statement (decision 0055). */
@MicronautTest(transactional = false)
class LiveAttendedStatementTest extends DatabaseTest {
    private static final String ACTIVITIES = "https://signaal.nl/xapi/activities/";

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
    LiveClient live;
    UUID organisation;
    Api.Session facilitator;
    String checkId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("signaal.live.joins-per-minute", "10000");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        live = new LiveClient(api);
        organisation = accounts.organisation("Live Statements", "buurtteam");
        facilitator = api.logIn(accounts.user(organisation, Role.TRAINER), TestAccounts.PASSWORD);
        checkId = api.get("/api/live/activities?locale=en", facilitator)
                .body()
                .get("checks")
                .get(0)
                .get("id")
                .getStringValue();
    }

    private List<JsonNode> attended(Api.Session session, String sessionId) {
        List<JsonNode> found = new ArrayList<>();
        api.get("/api/xapi/statements?size=500&scope=own", session)
                .body()
                .get("statements")
                .values()
                .forEach(s -> {
                    if ((ACTIVITIES + "live-sessions/" + sessionId)
                            .equals(s.get("object").get("id").getStringValue())) {
                        found.add(s);
                    }
                });
        return found;
    }

    @Test
    void endingGivesEachSignedInParticipantOneAttendedStatementUnderTheCheck() {
        JsonNode opened = live.open(facilitator, "check", checkId);
        String sessionId = opened.get("sessionId").getStringValue();
        String code = opened.get("code").getStringValue();
        Api.Session learner = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        UUID me = UUID.fromString(api.get("/api/me", learner).text("id"));
        live.joinedAsSelf(code, learner);
        live.joined(code, "Anoniem");
        live.acted(facilitator, sessionId, "start", null);
        clock.advance(Duration.ofMinutes(10));
        live.acted(facilitator, sessionId, "end", null);
        live.acted(facilitator, sessionId, "end", null);

        List<JsonNode> statements = attended(learner, sessionId);
        assertThat(statements).as("ended twice: one statement").hasSize(1);
        JsonNode statement = statements.get(0);
        XapiRules.assertValid(statement);
        assertThat(statement.get("id").getStringValue())
                .isEqualTo(Occasions.statementId("live-session-attended", UUID.fromString(sessionId), me)
                        .toString());
        assertThat(statement.get("verb").get("id").getStringValue())
                .isEqualTo("http://adlnet.gov/expapi/verbs/attended");
        assertThat(statement.get("object").get("definition").get("type").getStringValue())
                .isEqualTo("http://adlnet.gov/expapi/activities/meeting");
        assertThat(Duration.parse(statement.get("result").get("duration").getStringValue()))
                .isBetween(Duration.ofMinutes(10), Duration.ofMinutes(11));
        assertThat(statement
                        .get("context")
                        .get("contextActivities")
                        .get("grouping")
                        .get(0)
                        .get("id")
                        .getStringValue())
                .isEqualTo(ACTIVITIES + "modules/" + checkId + "/check");
        assertThat(statement.get("context").get("contextActivities").get("parent"))
                .isNull();
    }

    @Test
    void aSessionEndedInTheLobbyHasNoAttendance() {
        JsonNode opened = live.open(facilitator, "check", checkId);
        String sessionId = opened.get("sessionId").getStringValue();
        String code = opened.get("code").getStringValue();
        Api.Session learner = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        live.joinedAsSelf(code, learner);
        live.acted(facilitator, sessionId, "end", null);

        assertThat(attended(learner, sessionId)).isEmpty();
    }
}
