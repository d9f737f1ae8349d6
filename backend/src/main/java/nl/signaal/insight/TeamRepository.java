package nl.signaal.insight;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TeamRepository extends CrudRepository<Team, UUID> {
    List<Team> findByOrganisationIdOrderByName(UUID organisationId);

    Optional<Team> findByIdAndOrganisationId(UUID id, UUID organisationId);
}
