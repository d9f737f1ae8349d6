package nl.signaal.progress.forwarding;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The settings row. Every change is a targeted UPDATE: the forwarder writes the counters and the last error of the
 * same row while an administrator edits the endpoint.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LrsForwardingRepository extends GenericRepository<LrsForwarding, UUID> {

    Optional<LrsForwarding> findById(UUID organisationId);

    List<LrsForwarding> findAll();

    LrsForwarding save(LrsForwarding forwarding);

    @Query("UPDATE lrs_forwarding SET endpoint = :endpoint, username = :username,"
            + " password_encrypted = :passwordEncrypted, enabled = :enabled, updated_at = :now, updated_by = :by"
            + " WHERE organisation_id = :organisationId")
    int change(
            UUID organisationId,
            String endpoint,
            String username,
            String passwordEncrypted,
            boolean enabled,
            Instant now,
            UUID by);
}
