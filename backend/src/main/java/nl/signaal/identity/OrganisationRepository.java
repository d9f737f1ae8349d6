package nl.signaal.identity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganisationRepository extends CrudRepository<Organisation, UUID> {
    boolean existsByDemo(boolean demo);
}
