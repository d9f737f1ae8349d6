package nl.signaal.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApiCredentialRepository extends GenericRepository<ApiCredential, UUID> {
    ApiCredential save(ApiCredential credential);

    Optional<ApiCredential> findByKeyId(String keyId);

    Optional<ApiCredential> findByIdAndOrganisationId(UUID id, UUID organisationId);

    List<ApiCredential> findByOrganisationIdOrderByCreatedAt(UUID organisationId);

    /** Revoking twice keeps the first moment. */
    @Query("UPDATE api_credential SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
    int revoke(UUID id, Instant now);

    /** At most one write a minute per credential, however often its client calls. */
    @Query("UPDATE api_credential SET last_used_at = :now WHERE id = :id"
            + " AND (last_used_at IS NULL OR last_used_at < :before)")
    int used(UUID id, Instant now, Instant before);
}
