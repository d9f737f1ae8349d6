package nl.signaal.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.content.Content;
import nl.signaal.content.RefresherItem;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;
import nl.signaal.identity.TestAccounts;
import nl.signaal.learning.CheckAnswers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Statements for wholes (decision 0055): a refresher session completed, a certificate earned, and for every kind that
 * progress, memory, engagement and certificates read exactly what they read before, and that each is written once.
 */
@MicronautTest(transactional = false)
class OccasionStatementsTest extends DatabaseTest {
    private static final String BASE = "https://signaal.nl/xapi/";
    private static final String ACTIVITIES = BASE + "activities/";

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
    LearningRecords learningRecords;

    @Inject
    LearningRecordRepository records;

    @Inject
    Progress progress;

    @Inject
    Practice practice;

    @Inject
    DataSource dataSource;

    Api api;
    UUID organisation;
    TrainingModule module;

    @BeforeAll
    void setUp() {
        api = new Api(client, json);
        organisation = accounts.organisation("Occasions Test", "buurtteam");
        module = content.module("de-aandachtsfunctionaris").orElseThrow();
    }

    private List<JsonNode> statements(Api.Session session) {
        Api.Response response = api.get("/api/xapi/statements?size=500&scope=own", session);
        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        response.body().get("statements").values().forEach(found::add);
        return found;
    }

    private static List<JsonNode> about(List<JsonNode> statements, String activityIri) {
        return statements.stream()
                .filter(s -> activityIri.equals(s.get("object").get("id").getStringValue()))
                .toList();
    }

    private static List<String> ids(JsonNode statement, String kind) {
        List<String> ids = new ArrayList<>();
        JsonNode activities = statement.get("context").get("contextActivities");
        if (activities != null && activities.get(kind) != null) {
            activities.get(kind).values().forEach(a -> ids.add(a.get("id").getStringValue()));
        }
        return ids;
    }

    private static String type(JsonNode statement) {
        return statement.get("object").get("definition").get("type").getStringValue();
    }

    @Test
    void aFinishedRefresherSessionIsCompletedOnceWithItsDurationAndScore() {
        String email = accounts.user(organisation, Role.LEARNER);
        CheckAnswers.submit(api, module, true, api.logIn(email, TestAccounts.PASSWORD));
        clock.advance(Duration.ofDays(60));
        Api.Session learner = api.logIn(email, TestAccounts.PASSWORD);
        UUID me = UUID.fromString(api.get("/api/me", learner).text("id"));
        Api.Response started = api.post("/api/refresher-sessions?locale=en", Map.of(), learner);
        assertThat(started.status()).isEqualTo(201);
        String sessionId = started.text("id");
        List<String> itemIds = new ArrayList<>();
        started.body()
                .get("items")
                .values()
                .forEach(item -> itemIds.add(item.get("id").getStringValue()));
        clock.advance(Duration.ofMinutes(3));
        Map<String, Object> last = null;
        for (String itemId : itemIds) {
            RefresherItem item = content.refresherItems().stream()
                    .filter(i -> i.id().equals(itemId))
                    .findFirst()
                    .orElseThrow();
            last = Map.of(
                    "clientAnswerId", UUID.randomUUID().toString(), "itemId", itemId, "optionIds", item.correct());
            assertThat(api.post("/api/refresher-sessions/" + sessionId + "/answers?locale=en", last, learner)
                            .status())
                    .isEqualTo(200);
        }
        assertThat(api.post("/api/refresher-sessions/" + sessionId + "/answers?locale=en", last, learner)
                        .status())
                .as("a retry of the last answer")
                .isEqualTo(200);

        List<JsonNode> completed = about(statements(learner), ACTIVITIES + "refreshers/sessions/" + sessionId);
        assertThat(completed).hasSize(1);
        JsonNode statement = completed.get(0);
        XapiRules.assertValid(statement);
        assertThat(statement.get("id").getStringValue())
                .isEqualTo(Occasions.statementId("refresher-session-completed", UUID.fromString(sessionId), me)
                        .toString());
        assertThat(statement.get("verb").get("id").getStringValue())
                .isEqualTo("http://adlnet.gov/expapi/verbs/completed");
        assertThat(type(statement)).isEqualTo(BASE + "activity-types/refresher-session");
        assertThat(statement
                        .get("object")
                        .get("definition")
                        .get("name")
                        .get("en")
                        .getStringValue())
                .isEqualTo("Refresher");
        assertThat(Duration.parse(statement.get("result").get("duration").getStringValue()))
                .isBetween(Duration.ofMinutes(3), Duration.ofMinutes(4));
        assertThat(statement.get("result").get("score").get("raw").getIntValue())
                .isEqualTo(itemIds.size());
        assertThat(statement.get("result").get("completion").getBooleanValue()).isTrue();
        assertThat(ids(statement, "parent")).isEmpty();
        assertThat(ids(statement, "category")).containsExactly(BASE + "profiles/signaal");
        assertThat(statement.get("context").get("registration").getStringValue())
                .isEqualTo(sessionId);
    }

    @Test
    void passingACheckEarnsTheModulesCertificateAsAStatementUnderTheModule() {
        Api.Session learner = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        CheckAnswers.submit(api, module, true, learner);

        List<JsonNode> earned = statements(learner).stream()
                .filter(s -> s.get("verb").get("id").getStringValue().equals("http://id.tincanapi.com/verb/earned"))
                .toList();
        assertThat(earned).hasSize(1);
        JsonNode statement = earned.get(0);
        XapiRules.assertValid(statement);
        assertThat(type(statement)).isEqualTo("http://id.tincanapi.com/activitytype/certificate");
        String certificate = api.get("/api/me/certificates", learner)
                .body()
                .values()
                .iterator()
                .next()
                .get("id")
                .getStringValue();
        assertThat(statement.get("object").get("id").getStringValue())
                .isEqualTo(ACTIVITIES + "certificates/" + certificate);
        assertThat(ids(statement, "parent")).containsExactly(ACTIVITIES + "modules/" + module.id());
        assertThat(statement.get("context").get("extensions").get(BASE + "extensions/valid-until"))
                .as("modules do not expire")
                .isNull();
        assertThat(statement
                        .get("object")
                        .get("definition")
                        .get("name")
                        .get("nl")
                        .getStringValue())
                .isEqualTo(module.title().in("nl").text());
    }

    @Test
    void wholesChangeNoProgressPracticeMemoryEngagementOrCertificates() throws SQLException {
        String email = accounts.user(organisation, Role.LEARNER);
        Api.Session session = api.logIn(email, TestAccounts.PASSWORD);
        CheckAnswers.submit(api, module, true, session);
        UUID me = UUID.fromString(api.get("/api/me", session).text("id"));
        Progress.ModuleShape shape = new Progress.ModuleShape(
                module.id(), module.lessons().stream().map(l -> l.id()).toList());
        Snapshot before = snapshot(me, shape);
        int statementsBefore = statements(session).size();

        SignedInUser learner = new SignedInUser(me, organisation, null, Set.of(), "", "", "en");
        Instant start = clock.instant().minus(Duration.ofMinutes(30));
        Instant end = clock.instant();
        UUID certificate = UUID.randomUUID();
        List<LearningEvent> wholes = List.of(
                Occasions.refresherSessionCompleted(UUID.randomUUID(), start, end, 3, 5, "en"),
                Occasions.liveSessionAttended(
                        UUID.randomUUID(),
                        Map.of("en", "A live check"),
                        "modules/" + module.id() + "/check",
                        0,
                        start,
                        end,
                        "en"),
                Occasions.webinarAttended(UUID.randomUUID(), Map.of("en", "A webinar"), 0, start, end, "en"),
                Occasions.trackCompleted("basis", Map.of("nl", "Basis", "en", "Basics"), 1, "nl"),
                Occasions.certificateEarned(
                        certificate, "tracks/basis", Map.of("en", "Basics"), 1, end.plus(Duration.ofDays(730)), "en"));
        for (LearningEvent whole : wholes) {
            UUID id = UUID.randomUUID();
            assertThat(learningRecords.recordOnce(learner, whole, id)).isPresent();
            assertThat(learningRecords.recordOnce(learner, whole, id))
                    .as("the same id again writes nothing")
                    .isEmpty();
        }

        assertThat(snapshot(me, shape)).isEqualTo(before);
        List<JsonNode> all = statements(session);
        assertThat(all).hasSize(statementsBefore + wholes.size());
        all.forEach(XapiRules::assertValid);
        JsonNode earned = about(all, ACTIVITIES + "certificates/" + certificate).get(0);
        assertThat(earned.get("context")
                        .get("extensions")
                        .get(BASE + "extensions/valid-until")
                        .getStringValue())
                .isEqualTo(end.plus(Duration.ofDays(730)).toString());
        assertThat(ids(earned, "parent")).containsExactly(ACTIVITIES + "tracks/basis");
        JsonNode track = about(all, ACTIVITIES + "tracks/basis").get(0);
        assertThat(type(track)).isEqualTo("http://adlnet.gov/expapi/activities/course");
        assertThat(track.get("result").get("duration")).isNull();
    }

    /** Everything a whole must not move: derived progress, the practice memory is read from, the kept tables. */
    private record Snapshot(
            List<ModuleProgress> progress,
            List<Practice.Practised> practice,
            List<List<String>> moduleMemory,
            List<List<String>> engagement,
            List<List<String>> competencyMemory,
            List<List<String>> certificates,
            List<List<String>> completions) {}

    private Snapshot snapshot(UUID learner, Progress.ModuleShape shape) throws SQLException {
        return new Snapshot(
                progress.of(learner, List.of(shape)),
                practice.of(learner),
                rows("SELECT * FROM module_memory WHERE user_id = ? ORDER BY module_id", learner),
                rows("SELECT * FROM module_engagement WHERE user_id = ? ORDER BY module_id", learner),
                rows("SELECT * FROM competency_memory WHERE user_id = ? ORDER BY competency", learner),
                rows("SELECT id, subject_kind, subject_id FROM certificate WHERE user_id = ? ORDER BY id", learner),
                rows("SELECT * FROM module_completion WHERE user_id = ? ORDER BY module_id", learner));
    }

    private List<List<String>> rows(String sql, UUID learner) throws SQLException {
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, learner);
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(String.valueOf(result.getObject(i)));
                    }
                    rows.add(row);
                }
            }
            assertThat(rows).as(sql).isNotNull();
            return rows;
        }
    }
}
