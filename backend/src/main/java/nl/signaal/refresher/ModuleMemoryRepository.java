package nl.signaal.refresher;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The module memory table: one row per learner and completed module. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ModuleMemoryRepository extends CrudRepository<KeptModule, UUID> {

    @Query("UPDATE module_memory SET stability = :stability, difficulty = :difficulty, last_review = :lastReview,"
            + " remind_at = :remindAt, updated_at = :updatedAt, due_at = :dueAt, overdue_at = :overdueAt,"
            + " lapses_at = :lapsesAt WHERE user_id = :userId AND module_id = :moduleId")
    int updateState(
            UUID userId,
            String moduleId,
            double stability,
            double difficulty,
            Instant lastReview,
            Instant remindAt,
            Instant updatedAt,
            Instant dueAt,
            Instant overdueAt,
            Instant lapsesAt);

    /** 0 when a parallel transaction inserted this learner's row for the module first (then update that one). */
    @Query("INSERT INTO module_memory (id, user_id, organisation_id, module_id, stability, difficulty, last_review,"
            + " remind_at, updated_at, due_at, overdue_at, lapses_at) VALUES (:id, :userId, :organisationId, :moduleId,"
            + " :stability, :difficulty, :lastReview, :remindAt, :updatedAt, :dueAt, :overdueAt, :lapsesAt)"
            + " ON CONFLICT DO NOTHING")
    int insertUnlessPresent(
            UUID id,
            UUID userId,
            UUID organisationId,
            String moduleId,
            double stability,
            double difficulty,
            Instant lastReview,
            Instant remindAt,
            Instant updatedAt,
            Instant dueAt,
            Instant overdueAt,
            Instant lapsesAt);

    @Query("UPDATE module_memory SET remind_at = :remindAt, due_at = :dueAt, overdue_at = :overdueAt,"
            + " lapses_at = :lapsesAt WHERE id = :id")
    int updateMoments(UUID id, Instant remindAt, Instant dueAt, Instant overdueAt, Instant lapsesAt);

    List<KeptModule> findByOrganisationId(UUID organisationId);

    /** Rows written before the status moments were kept (changeset 0028): filled at start. */
    @Query("SELECT DISTINCT organisation_id FROM module_memory WHERE lapses_at IS NULL")
    List<UUID> organisationsWithoutMoments();

    List<KeptModule> findByUserId(UUID userId);

    @Query("DELETE FROM module_memory WHERE user_id = :userId")
    int deleteOfUser(UUID userId);
}
