package nl.signaal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh, empty database per test class: in-memory H2 (PostgreSQL mode, as the app runs it), or a
 * new database on the local PostgreSQL when the Surefire execution sets signaal.test.db=postgres.
 * PostgreSQL databases are dropped when the test JVM ends.
 */
public final class TestDatabase {
    private static final List<String> CREATED = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreated));
    }

    private TestDatabase() {}

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("signaal.test.db", "h2"));
    }

    public static Map<String, String> properties() {
        String name =
                "signaal_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (!postgres()) {
            return Map.of(
                    "datasources.default.url",
                            "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "datasources.default.username", "sa",
                    "datasources.default.password", "",
                    "datasources.default.driver-class-name", "org.h2.Driver");
        }
        String adminUrl = System.getProperty("signaal.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("signaal.test.pg.user", "postgres");
        execute(adminUrl, user, "CREATE DATABASE " + name);
        synchronized (CREATED) {
            CREATED.add(name);
        }
        return Map.of(
                "datasources.default.url",
                adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name,
                "datasources.default.username",
                user,
                "datasources.default.password",
                System.getProperty("signaal.test.pg.password", ""),
                "datasources.default.driver-class-name",
                "org.postgresql.Driver");
    }

    private static void dropCreated() {
        String adminUrl = System.getProperty("signaal.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("signaal.test.pg.user", "postgres");
        synchronized (CREATED) {
            for (String name : CREATED) {
                try {
                    execute(adminUrl, user, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                } catch (RuntimeException ignored) {
                    // best effort at exit; a leftover test database does no harm
                }
            }
        }
    }

    private static void execute(String url, String user, String sql) {
        try (Connection connection =
                        DriverManager.getConnection(url, user, System.getProperty("signaal.test.pg.password", ""));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " is needed for the PostgreSQL tests: " + sql, e);
        }
    }
}
