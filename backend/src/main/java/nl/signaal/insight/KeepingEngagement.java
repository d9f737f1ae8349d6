package nl.signaal.insight;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.signaal.progress.LearningEvent.Verb;
import nl.signaal.progress.LearningRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps module_engagement in step with the learning records, in the transaction that appends them: the first record
 * of any kind about a module starts it, the first and the last COMPLETED record date its completion. So "not started"
 * and "in progress" are lookups for the dashboard instead of a read of every record (decision 0048). On a start with an
 * empty table the rows are built from the stored records in one set-based statement.
 */
@Singleton
class KeepingEngagement {
    private static final Logger LOG = LoggerFactory.getLogger(KeepingEngagement.class);

    private final JdbcOperations jdbc;

    KeepingEngagement(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void onRecorded(LearningRecorded recorded) {
        if (recorded.moduleId() == null) {
            return;
        }
        UUID user = recorded.userId();
        String module = recorded.moduleId();
        Instant at = recorded.at();
        // An earlier start than the row's, else insert, else (a parallel transaction inserted the row in between: the
        // insert waited for it and did nothing) the earlier start after all. Never a unique-key error that would abort
        // the learner's transaction on PostgreSQL; a row that already started earlier is not written at all.
        if (update(
                                "UPDATE module_engagement SET started_at = ? WHERE user_id = ? AND module_id = ? AND started_at > ?",
                                at,
                                user,
                                module)
                        == 0
                && insert(user, recorded.organisationId(), module, at) == 0) {
            update(
                    "UPDATE module_engagement SET started_at = ? WHERE user_id = ? AND module_id = ? AND started_at > ?",
                    at,
                    user,
                    module);
        }
        if (recorded.verb() == Verb.COMPLETED) {
            update(
                    "UPDATE module_engagement SET completed_at = ? WHERE user_id = ? AND module_id = ?"
                            + " AND (completed_at IS NULL OR completed_at > ?)",
                    at,
                    user,
                    module);
            update(
                    "UPDATE module_engagement SET last_completed_at = ? WHERE user_id = ? AND module_id = ?"
                            + " AND (last_completed_at IS NULL OR last_completed_at < ?)",
                    at,
                    user,
                    module);
        }
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent started) {
        if (isEmpty()) {
            // The same derivation as onRecorded, over all stored records at once. Records of erased people (a
            // pseudonym without an account) have no member to count and are left out by the join.
            int built = jdbc.prepareStatement(
                    "INSERT INTO module_engagement (user_id, module_id, organisation_id, started_at, completed_at,"
                            + " last_completed_at) SELECT r.user_id, r.module_id, u.organisation_id, MIN(r.stored_at),"
                            + " MIN(CASE WHEN r.verb = 'COMPLETED' THEN r.stored_at END),"
                            + " MAX(CASE WHEN r.verb = 'COMPLETED' THEN r.stored_at END)"
                            + " FROM learning_record r JOIN app_user u ON u.id = r.user_id"
                            + " WHERE r.module_id IS NOT NULL GROUP BY r.user_id, r.module_id, u.organisation_id",
                    PreparedStatement::executeUpdate);
            if (built > 0) {
                LOG.info("Built {} module engagement rows from the learning records", built);
            }
        }
    }

    private boolean isEmpty() {
        return jdbc.prepareStatement("SELECT 1 FROM module_engagement FETCH FIRST 1 ROWS ONLY", statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                return !rows.next();
            }
        });
    }

    /** An update whose parameters are (at, user, module, at). */
    private int update(String sql, Instant at, UUID user, String module) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, timestamp(at));
            statement.setObject(2, user);
            statement.setString(3, module);
            statement.setObject(4, timestamp(at));
            return statement.executeUpdate();
        });
    }

    private int insert(UUID user, UUID organisation, String module, Instant at) {
        return jdbc.prepareStatement(
                "INSERT INTO module_engagement (user_id, module_id, organisation_id, started_at)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                statement -> {
                    statement.setObject(1, user);
                    statement.setString(2, module);
                    statement.setObject(3, organisation);
                    statement.setObject(4, timestamp(at));
                    return statement.executeUpdate();
                });
    }

    private static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
