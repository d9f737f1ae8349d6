package nl.signaal.webinar;

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
import java.util.Set;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;
import nl.signaal.identity.TestAccounts;
import nl.signaal.progress.Occasions;
import nl.signaal.progress.XapiRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A place holder marked present gets one attended statement of the webinar, lasting the webinar (decision 0055). */
@MicronautTest(transactional = false)
class WebinarAttendedStatementTest extends DatabaseTest {
    private static final String ACTIVITIES = "https://signaal.nl/xapi/activities/";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    WebinarLiveFixture fixture;

    @Inject
    WebinarAttendance attendance;

    @Inject
    AttendanceCertificates certificates;

    Api api;
    UUID organisation;
    SignedInUser organiser;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("signaal.reminders.enabled", "false");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        organisation = accounts.organisation("Webinar Statements", "jeugdhulp");
        String email = accounts.user(organisation, Role.TRAINER);
        organiser = new SignedInUser(
                accounts.id(email), organisation, "jeugdhulp", Set.of(Role.TRAINER), "Trainer", email, "en");
    }

    private List<JsonNode> statements(Api.Session session, String activityIri) {
        List<JsonNode> found = new ArrayList<>();
        api.get("/api/xapi/statements?size=500&scope=own", session)
                .body()
                .get("statements")
                .values()
                .forEach(s -> {
                    if (activityIri.equals(s.get("object").get("id").getStringValue())) {
                        found.add(s);
                    }
                });
        return found;
    }

    @Test
    void markedPresentGivesOneAttendedStatementWithTheWebinarsDuration() {
        Webinar webinar = fixture.webinar(organisation, organiser.id(), Duration.ofMinutes(-90), "");
        String email = accounts.user(organisation, Role.LEARNER);
        UUID learner = accounts.id(email);
        WebinarRegistration place = fixture.place(webinar, learner, organisation);

        attendance.correct(organiser, webinar, place.id(), true);
        certificates.settleAll(webinar.id());
        attendance.correct(organiser, webinar, place.id(), false);
        attendance.correct(organiser, webinar, place.id(), true);

        Api.Session session = api.logIn(email, TestAccounts.PASSWORD);
        List<JsonNode> attended = statements(session, ACTIVITIES + "webinars/" + webinar.id());
        assertThat(attended)
                .as("settled three times, marked present twice: one statement")
                .hasSize(1);
        JsonNode statement = attended.get(0);
        XapiRules.assertValid(statement);
        assertThat(statement.get("id").getStringValue())
                .isEqualTo(Occasions.statementId("webinar-attended", webinar.id(), learner)
                        .toString());
        assertThat(statement.get("verb").get("id").getStringValue())
                .isEqualTo("http://adlnet.gov/expapi/verbs/attended");
        assertThat(statement.get("object").get("definition").get("type").getStringValue())
                .isEqualTo("http://adlnet.gov/expapi/activities/meeting");
        assertThat(statement
                        .get("object")
                        .get("definition")
                        .get("name")
                        .get("en")
                        .getStringValue())
                .isEqualTo("Signals in the neighbourhood");
        assertThat(statement.get("result").get("duration").getStringValue()).isEqualTo("PT1H");
        JsonNode parents = statement.get("context").get("contextActivities").get("parent");
        assertThat(parents == null || parents.size() == 0).isTrue();

        List<JsonNode> earned = new ArrayList<>();
        api.get("/api/xapi/statements?size=500&scope=own", session)
                .body()
                .get("statements")
                .values()
                .forEach(s -> {
                    if (s.get("verb").get("id").getStringValue().endsWith("/earned")) {
                        earned.add(s);
                    }
                });
        assertThat(earned).isNotEmpty();
        earned.forEach(XapiRules::assertValid);
        assertThat(earned.get(0)
                        .get("context")
                        .get("contextActivities")
                        .get("parent")
                        .get(0)
                        .get("id")
                        .getStringValue())
                .isEqualTo(ACTIVITIES + "webinars/" + webinar.id());
    }

    @Test
    void aPlaceHolderNotMarkedPresentGetsNone() {
        Webinar webinar = fixture.webinar(organisation, organiser.id(), Duration.ofMinutes(-90), "");
        String email = accounts.user(organisation, Role.LEARNER);
        fixture.place(webinar, accounts.id(email), organisation);
        certificates.settleAll(webinar.id());

        assertThat(statements(api.logIn(email, TestAccounts.PASSWORD), ACTIVITIES + "webinars/" + webinar.id()))
                .isEmpty();
    }
}
