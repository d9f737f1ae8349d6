package nl.signaal.simulation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** Versions are only ever added. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ScenarioVersionRepository extends GenericRepository<ScenarioVersion, String> {
    ScenarioVersion save(ScenarioVersion version);

    Optional<ScenarioVersion> findById(String id);
}
