package nl.signaal.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganisationRepository extends CrudRepository<Organisation, UUID> {
    boolean existsByDemo(boolean demo);

    /**
     * Locks the organisation's row until the transaction ends, so changes to its members run one at a
     * time: two administrators demoting each other at once cannot both see the other still an admin.
     */
    @Query("SELECT id, name, sector, demo, created_at FROM organisation WHERE id = :id FOR UPDATE")
    Optional<Organisation> lock(UUID id);
}
