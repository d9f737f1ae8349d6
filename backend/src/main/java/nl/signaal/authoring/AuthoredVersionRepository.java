package nl.signaal.authoring;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuthoredVersionRepository extends CrudRepository<AuthoredVersion, UUID> {

    List<AuthoredVersion> findByItemIdOrderByNumberDesc(UUID itemId);

    Optional<AuthoredVersion> findByItemIdAndNumber(UUID itemId, int number);

    boolean existsByItemId(UUID itemId);

    /** Stamps the item's live versions unpublished; those already unpublished keep their stamp. */
    @Query("UPDATE authored_version SET unpublished_by = :by, unpublished_at = :at"
            + " WHERE item_id = :itemId AND unpublished_at IS NULL")
    void unpublishLive(UUID itemId, UUID by, Instant at);
}
