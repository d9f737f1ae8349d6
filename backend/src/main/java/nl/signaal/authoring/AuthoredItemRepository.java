package nl.signaal.authoring;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuthoredItemRepository extends CrudRepository<AuthoredItem, UUID> {

    List<AuthoredItem> findByOrganisationIdOrderByUpdatedAtDesc(UUID organisationId);

    Optional<AuthoredItem> findByContentId(String contentId);

    boolean existsByContentId(String contentId);

    /** The item locked for this transaction: review and publishing change it one at a time. */
    @Query("SELECT * FROM authored_item WHERE id = :id FOR UPDATE")
    Optional<AuthoredItem> findByIdForUpdate(UUID id);
}
