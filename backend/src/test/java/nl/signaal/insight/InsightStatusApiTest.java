package nl.signaal.insight;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;
import nl.signaal.identity.TestAccounts;
import nl.signaal.progress.LearningEvent;
import nl.signaal.progress.LearningEvent.ActivityType;
import nl.signaal.progress.LearningEvent.Verb;
import nl.signaal.progress.LearningRecords;
import org.junit.jupiter.api.Test;

/**
 * The status endpoint's scope: the privacy floor, the team, role and sector filters and their refusals, and the
 * engagement projection behind "not started" and "in progress". The numbers themselves are checked against the records
 * in refresher.InsightStatusAgreesWithRecordsTest.
 */
@MicronautTest(transactional = false)
class InsightStatusApiTest extends DatabaseTest {
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
    LearningRecords records;

    @Inject
    TeamRepository teams;

    @Inject
    TeamMemberRepository teamMembers;

    @Inject
    PeopleRows peopleRows;

    @Inject
    KeepingEngagement keeping;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Test
    void fourPeopleAreHiddenAndFiveAreShown() {
        UUID organisation = accounts.organisation("Vier of vijf", "jeugdhulp");
        String coordinator = accounts.user(organisation, Role.COORDINATOR);
        for (int i = 0; i < 3; i++) {
            accounts.user(organisation, Role.LEARNER);
        }
        Api api = api();
        Api.Session session = api.logIn(coordinator, TestAccounts.PASSWORD);

        JsonNode hidden = status(api, organisation, "", session);
        assertThat(hidden.get("scope").get("hidden").getBooleanValue()).isTrue();
        assertThat(hidden.get("scope").get("people"))
                .as("a hidden group does not say how small it is")
                .isNull();
        assertThat(hidden.get("refreshRate").isNull()).isTrue();
        assertThat(hidden.get("modules").size()).isGreaterThan(0);
        for (JsonNode module : hidden.get("modules").values()) {
            assertThat(module.get("hidden").getBooleanValue()).isTrue();
            assertThat(module.get("counts").isNull()).isTrue();
            assertThat(module.get("title").getStringValue()).isNotBlank();
        }
        for (JsonNode track : hidden.get("tracks").values()) {
            assertThat(track.get("hidden").getBooleanValue()).isTrue();
            assertThat(track.get("counts").isNull()).isTrue();
        }

        accounts.user(organisation, Role.LEARNER);
        JsonNode shown = status(api, organisation, "", session);
        assertThat(shown.get("scope").get("hidden").getBooleanValue()).isFalse();
        assertThat(shown.get("scope").get("people").getLongValue()).isEqualTo(5);
        assertThat(shown.get("setupNeeded").getBooleanValue())
                .as("the organisation never chose its mandatory modules")
                .isTrue();
        assertThat(shown.get("modules").size()).isEqualTo(content.modules().size());
        JsonNode first = shown.get("modules").get(0);
        assertThat(first.get("hidden").getBooleanValue()).isFalse();
        assertThat(first.get("counts").get("notStarted").getLongValue()).isEqualTo(5);
        assertThat(shown.get("refreshRate").getDoubleValue()).isZero();
        for (JsonNode track : shown.get("tracks").values()) {
            assertThat(track.get("counts").get("notStarted").getLongValue()).isEqualTo(5);
        }
    }

    @Test
    void teamRoleAndSectorNarrowTheScope() {
        UUID organisation = accounts.organisation("Teams tellen", "jeugdhulp");
        String coordinator = accounts.user(organisation, Role.COORDINATOR);
        Team ambulant = teams.save(new Team(UUID.randomUUID(), organisation, "Ambulant", "jeugdhulp", clock.instant()));
        Team school = teams.save(new Team(UUID.randomUUID(), organisation, "School", "onderwijs", clock.instant()));
        TrainingModule module = content.modules().get(0);
        List<UUID> inAmbulant = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String email = accounts.userNamed(organisation, "Lid " + i, Role.LEARNER);
            UUID id = accounts.id(email);
            inAmbulant.add(id);
            join(ambulant, id);
            if (i < 2) {
                viewLesson(
                        new SignedInUser(id, organisation, "jeugdhulp", Set.of(Role.LEARNER), "Lid", email, "nl"),
                        module);
            }
        }
        for (int i = 0; i < 5; i++) {
            join(school, accounts.id(accounts.user(organisation, Role.ATTENTION_OFFICER)));
        }
        join(school, inAmbulant.get(0));
        Api api = api();
        Api.Session session = api.logIn(coordinator, TestAccounts.PASSWORD);

        assertThat(people(status(api, organisation, "", session))).isEqualTo(12);
        JsonNode team = status(api, organisation, "?team=" + ambulant.id(), session);
        assertThat(people(team)).isEqualTo(6);
        assertThat(team.get("scope").get("team").get("name").getStringValue()).isEqualTo("Ambulant");
        JsonNode counts = moduleCounts(team, module.id());
        assertThat(List.of(
                        counts.get("notStarted").getLongValue(),
                        counts.get("inProgress").getLongValue()))
                .isEqualTo(List.of(4L, 2L));
        assertThat(people(status(api, organisation, "?role=LEARNER", session))).isEqualTo(6);
        assertThat(people(status(api, organisation, "?role=ATTENTION_OFFICER", session)))
                .isEqualTo(5);
        JsonNode sector = status(api, organisation, "?sector=onderwijs", session);
        assertThat(people(sector)).isEqualTo(6);
        assertThat(moduleCounts(sector, module.id()).get("inProgress").getLongValue())
                .isEqualTo(1);
        JsonNode narrow = status(api, organisation, "?team=" + school.id() + "&role=LEARNER", session);
        assertThat(narrow.get("scope").get("hidden").getBooleanValue()).isTrue();
        assertThat(narrow.get("scope").get("role").getStringValue()).isEqualTo("LEARNER");

        // The people rows (the people list and the exports) say the same per person.
        InsightScope scope = new InsightScope(organisation, ambulant.ref(), null, null);
        List<PersonRow> rows = peopleRows.rows(scope, null, null);
        assertThat(rows).hasSize(6);
        assertThat(rows.get(0).displayName()).isEqualTo("Lid 0");
        assertThat(rows.get(0).teams()).containsExactly("Ambulant", "School");
        assertThat(rows.get(0).modules())
                .hasSize(peopleRows.mandatoryModules(scope).size());
        assertThat(rows.get(0).modules().get(0).status()).isEqualTo("IN_PROGRESS");
        assertThat(rows.get(5).modules().get(0).status()).isEqualTo("NOT_STARTED");
        assertThat(peopleRows.rows(scope, module.id(), "IN_PROGRESS"))
                .extracting(PersonRow::displayName)
                .containsExactly("Lid 0", "Lid 1");
        assertThat(peopleRows.rows(scope, null, "LAPSED")).isEmpty();
    }

    @Test
    void anotherOrganisationsTeamIsNotFoundAndABadRoleNamesTheField() {
        UUID organisation = accounts.organisation("Eigen", "jeugdhulp");
        UUID other = accounts.organisation("Ander", "jeugdhulp");
        Team foreign = teams.save(new Team(UUID.randomUUID(), other, "Vreemd", "jeugdhulp", clock.instant()));
        Api api = api();
        Api.Session session = api.logIn(accounts.user(organisation, Role.ADMIN), TestAccounts.PASSWORD);
        String path = "/api/organisations/" + organisation + "/insight/status";

        assertThat(api.get(path + "?team=" + foreign.id(), session).status()).isEqualTo(404);
        Api.Response badRole = api.get(path + "?role=BAAS", session);
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("role");
        Api.Response badSector = api.get(path + "?sector=ruimtevaart", session);
        assertThat(badSector.status()).isEqualTo(400);
        assertThat(badSector.body().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("sector");
        assertThat(api.get("/api/organisations/" + other + "/insight/status", session)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anEmptyEngagementTableIsBuiltFromTheStoredRecordsAtStart() throws SQLException {
        UUID organisation = accounts.organisation("Opnieuw opbouwen", "jeugdhulp");
        String email = accounts.user(organisation, Role.LEARNER);
        SignedInUser learner =
                new SignedInUser(accounts.id(email), organisation, "jeugdhulp", Set.of(Role.LEARNER), "L", email, "nl");
        viewLesson(learner, content.modules().get(0));
        viewLesson(learner, content.modules().get(1));
        viewLesson(learner, content.modules().get(0));
        List<String> before = engagement();
        assertThat(before).isNotEmpty();

        execute("DELETE FROM module_engagement");
        keeping.onStartup(null);

        assertThat(engagement()).isEqualTo(before);
    }

    private void viewLesson(SignedInUser learner, TrainingModule module) {
        records.record(
                learner,
                new LearningEvent(
                        Verb.EXPERIENCED,
                        ActivityType.LESSON,
                        "modules/" + module.id() + "/lessons/"
                                + module.lessons().get(0).id(),
                        "les",
                        module.id(),
                        module.version(),
                        null,
                        null,
                        "nl"));
    }

    private void join(Team team, UUID member) {
        teamMembers.save(new TeamMember(UUID.randomUUID(), team.id(), member, clock.instant()));
    }

    private Api api() {
        return new Api(client, json);
    }

    private static JsonNode status(Api api, UUID organisation, String query, Api.Session session) {
        Api.Response response = api.get("/api/organisations/" + organisation + "/insight/status" + query, session);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private static long people(JsonNode status) {
        return status.get("scope").get("people").getLongValue();
    }

    private static JsonNode moduleCounts(JsonNode status, String moduleId) {
        for (JsonNode module : status.get("modules").values()) {
            if (module.get("moduleId").getStringValue().equals(moduleId)) {
                return module.get("counts");
            }
        }
        throw new AssertionError("no module " + moduleId);
    }

    private List<String> engagement() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT user_id, module_id, organisation_id, started_at, completed_at, last_completed_at"
                                + " FROM module_engagement ORDER BY user_id, module_id");
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getString(3) + " "
                        + result.getObject(4, java.time.OffsetDateTime.class).toInstant() + " "
                        + result.getObject(5, java.time.OffsetDateTime.class) + " "
                        + result.getObject(6, java.time.OffsetDateTime.class));
            }
        }
        return rows;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
