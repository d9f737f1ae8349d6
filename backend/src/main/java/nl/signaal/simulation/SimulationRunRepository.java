package nl.signaal.simulation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SimulationRunRepository extends GenericRepository<SimulationRun, UUID> {

    SimulationRun save(SimulationRun run);

    Optional<SimulationRun> findById(UUID id);

    List<SimulationRun> findByUserIdOrderByStartedAtDesc(UUID userId);

    @Query("DELETE FROM simulation_step WHERE run_id IN (SELECT id FROM simulation_run WHERE user_id = :userId)")
    int deleteStepsOfUser(UUID userId);

    @Query("DELETE FROM simulation_run WHERE user_id = :userId")
    int deleteOfUser(UUID userId);

    List<SimulationRun> findByUserIdAndScenarioIdOrderByStartedAtDesc(UUID userId, String scenarioId);

    /**
     * Stops an active run: it keeps its decisions for history and gets the time it was stopped as its end. Only an
     * active run changes, so a second call (or a choice made at the same moment) leaves it as it is.
     */
    @Query("""
            UPDATE simulation_run SET status = 'ABANDONED', finished_at = :at
            WHERE id = :id AND status = 'ACTIVE'""")
    int abandon(UUID id, Instant at);

    /**
     * Moves the run on by one decision, only if nobody else did since it was read: the number of
     * decisions acts as the version, so two different choices can never both count.
     */
    @Query("""
            UPDATE simulation_run SET current_node = :currentNode, state = :state, decisions = :decisions + 1,
              status = :status, outcome = :outcome, finished_at = :finishedAt
            WHERE id = :id AND decisions = :decisions AND status = 'ACTIVE'""")
    int advance(
            UUID id,
            int decisions,
            String currentNode,
            String state,
            String status,
            @Nullable String outcome,
            @Nullable Instant finishedAt);
}
