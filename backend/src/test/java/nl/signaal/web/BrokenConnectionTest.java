package nl.signaal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.TestDatabase;
import nl.signaal.content.Content;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.learning.CheckAnswers;
import org.junit.jupiter.api.Test;

/**
 * Fault test (issue 9, hole 11): PostgreSQL ends every connection of the application (a failover, a restart, an
 * operator's pg_terminate_backend) between requests; the following requests must not answer 5xx.
 */
@MicronautTest(transactional = false)
class BrokenConnectionTest extends DatabaseTest {
    private static final int EVENTS = 3;
    private static final int REQUESTS_AFTER = 15;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    Content content;

    @Value("${datasources.default.url}")
    String url;

    @Value("${datasources.default.username}")
    String user;

    @Test
    void requestsAfterTheDatabaseEndedEveryConnectionDoNotFail() throws Exception {
        assumeTrue(TestDatabase.postgres(), "terminating backends is a PostgreSQL fault");
        Api api = new Api(client, json);
        UUID organisation = accounts.organisation("Verbroken verbinding", "jeugdhulp");
        Api.Session learner = api.logIn(accounts.user(organisation, Role.LEARNER), TestAccounts.PASSWORD);
        List<String> failures = new ArrayList<>();
        int terminated = 0;
        for (int event = 0; event < EVENTS; event++) {
            for (int i = 0; i < 5; i++) {
                assertThat(api.get("/api/me/progress", learner).status()).isEqualTo(200);
            }
            terminated += terminateApplicationConnections();
            for (int i = 0; i < REQUESTS_AFTER; i++) {
                Api.Response response = switch (i % 3) {
                    case 0 -> api.get("/api/me", learner);
                    case 1 -> api.get("/api/me/progress", learner);
                    default ->
                        api.post(
                                "/api/modules/" + content.modules().get(0).id() + "/check/attempts",
                                Map.of(
                                        "attemptId",
                                        UUID.randomUUID().toString(),
                                        "answers",
                                        CheckAnswers.of(content.modules().get(0), true)),
                                learner);
                };
                if (response.status() >= 500) {
                    failures.add("event " + event + ", request " + i + ": " + response.status());
                }
            }
        }
        assertThat(terminated).as("connections the database ended").isGreaterThan(0);
        assertThat(failures).isEmpty();
    }

    private int terminateApplicationConnections() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement();
                ResultSet result =
                        statement.executeQuery("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            result.next();
            return result.getInt(1);
        }
    }
}
