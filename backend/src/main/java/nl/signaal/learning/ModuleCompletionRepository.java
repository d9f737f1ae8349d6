package nl.signaal.learning;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.UUID;

/**
 * Which attempt completed a module for a learner. The primary key (user_id, module_id) decides between attempts that
 * pass at the same moment; ON CONFLICT DO NOTHING (PostgreSQL, and H2 in PostgreSQL mode) makes the loser's insert
 * count 0 instead of an error that would abort its transaction.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ModuleCompletionRepository extends GenericRepository<CheckAttempt, UUID> {

    /** 1 when this attempt completes the module, 0 when another attempt already did (or is doing so right now). */
    @Query("INSERT INTO module_completion (user_id, module_id, attempt_id, module_version, completed_at)"
            + " VALUES (:userId, :moduleId, :attemptId, :moduleVersion, :completedAt) ON CONFLICT DO NOTHING")
    int complete(UUID userId, String moduleId, UUID attemptId, int moduleVersion, Instant completedAt);

    @Query("DELETE FROM module_completion WHERE user_id = :userId")
    int forget(UUID userId);
}
