package nl.signaal.learning;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CheckAttemptRepository extends GenericRepository<CheckAttempt, UUID> {

    CheckAttempt save(CheckAttempt attempt);

    Optional<CheckAttempt> findById(UUID id);

    java.util.List<CheckAttempt> findByUserIdOrderBySubmittedAt(UUID userId);

    void deleteByUserId(UUID userId);

    /** The attempt that completed each module for each learner (module_completion), earliest first. */
    @Query("SELECT a.* FROM check_attempt a JOIN module_completion c ON c.attempt_id = a.id ORDER BY a.submitted_at")
    java.util.List<CheckAttempt> findCompleting();
}
