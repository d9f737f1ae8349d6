package nl.signaal;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of every test that needs the application and its database. Tagged "db", so the second
 * Surefire execution runs the same classes against PostgreSQL. Subclasses add
 * {@code @MicronautTest(transactional = false)}: the server must see what a test writes, so nothing
 * may sit in an uncommitted test transaction.
 */
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseTest implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.properties();
    }
}
