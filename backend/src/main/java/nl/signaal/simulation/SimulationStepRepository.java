package nl.signaal.simulation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Steps are only ever added. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SimulationStepRepository extends GenericRepository<SimulationStep, UUID> {

    SimulationStep save(SimulationStep step);

    Optional<SimulationStep> findById(UUID id);

    List<SimulationStep> findByRunIdOrderByStepNo(UUID runId);
}
