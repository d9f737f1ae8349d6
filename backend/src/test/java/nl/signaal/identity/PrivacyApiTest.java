package nl.signaal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.content.Content;
import nl.signaal.learning.CheckAnswers;
import nl.signaal.progress.LearningEvent.Verb;
import nl.signaal.progress.Practice;
import nl.signaal.progress.Practice.Practised;
import org.junit.jupiter.api.Test;

/** A learner's download of everything kept about them, and an administrator erasing an account (GDPR). */
@MicronautTest(transactional = false)
class PrivacyApiTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    Members members;

    @Inject
    Content content;

    @Inject
    Practice practice;

    @Value("${datasources.default.url}")
    String url;

    @Value("${datasources.default.username}")
    String user;

    @Value("${datasources.default.password}")
    String password;

    private Api api() {
        return new Api(client, json);
    }

    /** A learner who passed a check, played a scene, started a refresher, turned reminders off and got one. */
    private Api.Session activeLearner(String email, UUID organisation) {
        Api api = api();
        Api.Session session = api.logIn(email, TestAccounts.PASSWORD);
        CheckAnswers.submit(api, content.modules().get(0), true, session);
        assertThat(api.post("/api/scenarios/" + content.scenarios().get(0).id() + "/runs", Map.of(), session)
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/api/refresher-sessions", Map.of(), session).status())
                .isEqualTo(201);
        assertThat(api.put("/api/me/reminder-preference", Map.of("choice", "OFF"), session)
                        .status())
                .isEqualTo(200);
        update(
                "INSERT INTO reminder_outbox (id, user_id, organisation_id, week, kind, mail_key, recipient, subject,"
                        + " body, locale, status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, '2026-W01',"
                        + " 'WEEKLY', '2026-W01', ?, 'Onderwerp',"
                        + " 'Hallo, tijd voor een opfrisser', 'nl', 'SENT', 0, ?, ?)",
                UUID.randomUUID(),
                accounts.id(email),
                organisation,
                email,
                Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()));
        return session;
    }

    @Test
    void aLearnerDownloadsEverythingKeptAboutThemAndNothingAboutOthers() {
        UUID organisation = accounts.organisation("Mijn gegevens", "jeugdhulp");
        String email = accounts.userNamed(organisation, "Inzage Ines", Role.LEARNER);
        String colleague = accounts.userNamed(organisation, "Collega Cor", Role.LEARNER);
        Api.Session session = activeLearner(email, organisation);
        activeLearner(colleague, organisation);

        Api.Response response = api().get("/api/me/data", session);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Disposition"))
                .startsWith("attachment; filename=\"signaal-my-data-")
                .endsWith(".json\"");
        JsonNode data = response.body();
        String userId = accounts.id(email).toString();
        assertThat(data.get("account").get("email").getStringValue()).isEqualTo(email);
        assertThat(data.get("account").get("displayName").getStringValue()).isEqualTo("Inzage Ines");
        assertThat(data.get("logins").size()).isEqualTo(1);
        JsonNode statements = data.get("learningRecords");
        assertThat(statements.size()).isGreaterThan(3);
        statements
                .values()
                .forEach(statement -> assertThat(statement
                                .get("actor")
                                .get("account")
                                .get("name")
                                .getStringValue())
                        .isEqualTo(userId));
        assertThat(data.get("knowledgeChecks").size()).isEqualTo(1);
        assertThat(data.get("knowledgeChecks").get(0).get("passed").getBooleanValue())
                .isTrue();
        assertThat(data.get("simulationRuns").size()).isEqualTo(1);
        JsonNode refreshers = data.get("refreshers");
        assertThat(refreshers.get("sessions").size()).isEqualTo(1);
        assertThat(refreshers.get("moduleMemory").size()).isEqualTo(1);
        JsonNode reminders = data.get("reminders");
        assertThat(reminders.get("reminderPreference").get("optedOutAt").isNull())
                .isFalse();
        assertThat(reminders.get("reminders").get(0).get("body").getStringValue())
                .contains("opfrisser");
        String raw = response.raw().body();
        assertThat(raw)
                .doesNotContain(colleague)
                .doesNotContain(accounts.id(colleague).toString())
                .doesNotContainIgnoringCase("password")
                .doesNotContain("argon2")
                .doesNotContain("csrf");
    }

    @Test
    void theDownloadNeedsALogin() {
        assertThat(api().get("/api/me/data", null).status()).isEqualTo(401);
    }

    @Test
    void anAdminErasesAMemberWhoseRecordsStayCountedUnderAPseudonym() {
        UUID organisation = accounts.organisation("Vergeten worden", "jeugdhulp");
        String email = accounts.userNamed(organisation, "Vergeet Mij", Role.LEARNER);
        UUID userId = accounts.id(email);
        Api.Session learner = activeLearner(email, organisation);
        List<Practised> before = practice.of(userId);
        Api.Session admin = api().logIn(accounts.user(organisation, Role.ADMIN), TestAccounts.PASSWORD);
        String erase = "/api/organisations/" + organisation + "/members/" + userId + "/erase";

        assertThat(api().post(erase, Map.of(), admin).status()).isEqualTo(204);

        assertThat(api().get("/api/me", learner).status())
                .as("the erased person's session is gone: /api/me answers as to anyone")
                .isEqualTo(204);
        assertThat(api().get("/api/me/progress", learner).status())
                .as("the erased person's session")
                .isEqualTo(401);
        assertThat(api().post("/api/auth/login", Map.of("email", email, "password", TestAccounts.PASSWORD), null)
                        .status())
                .isEqualTo(401);
        assertThat(members.of(organisation)).extracting(Members.Member::id).doesNotContain(userId);
        for (String table : List.of(
                "app_user",
                "user_session",
                "check_attempt",
                "module_completion",
                "simulation_run",
                "refresher_session",
                "module_memory",
                "reminder_preference",
                "reminder_outbox",
                "learning_record")) {
            assertThat(count(
                            "SELECT COUNT(*) FROM " + table + " WHERE " + (table.equals("app_user") ? "id" : "user_id")
                                    + " = ?",
                            userId))
                    .as(table)
                    .isZero();
        }
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE email = ?", email))
                .isZero();

        // The organisation's records: as many as before, the same completions, under one pseudonym without an account.
        Map<UUID, List<Practised>> byLearner = practice.ofOrganisation(organisation);
        assertThat(byLearner).hasSize(1);
        UUID pseudonym = byLearner.keySet().iterator().next();
        assertThat(pseudonym).isNotEqualTo(userId);
        assertThat(byLearner.get(pseudonym))
                .extracting(Practised::verb)
                .containsExactlyElementsOf(before.stream().map(Practised::verb).toList());
        assertThat(byLearner.get(pseudonym))
                .filteredOn(p -> p.verb() == Verb.COMPLETED)
                .hasSize(1);
        String statements = api().get("/api/xapi/statements?scope=organisation&size=200", admin)
                .raw()
                .body();
        assertThat(statements)
                .contains(pseudonym.toString())
                .doesNotContain(userId.toString())
                .doesNotContain(email)
                .doesNotContain("Vergeet Mij");

        assertThat(api().post(erase, Map.of(), admin).status())
                .as("erasing again")
                .isEqualTo(204);
        assertThat(practice.ofOrganisation(organisation).keySet()).containsExactly(pseudonym);
    }

    @Test
    void theLastAdministratorCannotEraseThemselvesButOneOfTwoCan() {
        UUID organisation = accounts.organisation("Laatste beheerder", "jeugdhulp");
        String first = accounts.user(organisation, Role.ADMIN);
        Api.Session admin = api().logIn(first, TestAccounts.PASSWORD);
        String self = "/api/organisations/" + organisation + "/members/" + accounts.id(first) + "/erase";

        Api.Response refused = api().post(self, Map.of(), admin);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).contains("last active administrator");

        String second = accounts.user(organisation, Role.ADMIN);
        String secondsMember = "/api/organisations/" + organisation + "/members/" + accounts.id(second);
        assertThat(api().post(secondsMember + "/deactivate", Map.of(), admin).status())
                .isEqualTo(200);
        assertThat(api().post(self, Map.of(), admin).status())
                .as("a deactivated administrator does not count as the one that remains")
                .isEqualTo(409);

        assertThat(api().post(secondsMember + "/reactivate", Map.of(), admin).status())
                .isEqualTo(200);
        assertThat(api().post(self, Map.of(), admin).status()).isEqualTo(204);
        assertThat(members.of(organisation)).hasSize(1);
    }

    @Test
    void onlyAnAdminOfTheMembersOwnOrganisationErases() {
        UUID organisation = accounts.organisation("Eigen leden", "jeugdhulp");
        UUID other = accounts.organisation("Andere leden", "jeugdhulp");
        UUID member = accounts.id(accounts.user(organisation, Role.LEARNER));
        UUID stranger = accounts.id(accounts.user(other, Role.LEARNER));
        String path = "/api/organisations/" + organisation + "/members/" + member + "/erase";

        assertThat(api().post(path, Map.of(), null).status()).isEqualTo(401);
        for (Role role : Set.of(Role.LEARNER, Role.COORDINATOR, Role.TRAINER, Role.ATTENTION_OFFICER)) {
            assertThat(api().post(path, Map.of(), api().logIn(accounts.user(organisation, role), TestAccounts.PASSWORD))
                            .status())
                    .as(role.name())
                    .isEqualTo(403);
        }
        Api.Session foreignAdmin = api().logIn(accounts.user(other, Role.ADMIN), TestAccounts.PASSWORD);
        assertThat(api().post(path, Map.of(), foreignAdmin).status()).isEqualTo(403);
        Api.Session admin = api().logIn(accounts.user(organisation, Role.ADMIN), TestAccounts.PASSWORD);
        assertThat(api().post("/api/organisations/" + organisation + "/members/" + stranger + "/erase", Map.of(), admin)
                        .status())
                .as("a member of another organisation")
                .isEqualTo(404);
        assertThat(members.of(other).stream().map(Members.Member::id).collect(Collectors.toSet()))
                .contains(stranger);
        assertThat(members.of(organisation).stream().map(Members.Member::id).toList())
                .contains(member);
    }

    private long count(String sql, Object parameter) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
