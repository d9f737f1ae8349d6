package nl.signaal.identity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganisationRepository extends CrudRepository<Organisation, UUID> {
    boolean existsByDemo(boolean demo);

    /** Locks the organisation's row to the end of the transaction: erasures in one organisation go one at a time. */
    @io.micronaut.data.annotation.Query("SELECT id FROM organisation WHERE id = :id FOR UPDATE")
    java.util.List<UUID> lock(UUID id);
}
