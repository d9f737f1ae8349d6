package nl.signaal.insight;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditEntryRepository extends CrudRepository<AuditEntry, UUID> {

    Page<AuditEntry> findByOrganisationIdAndViewedAtGreaterThanEqualsAndViewedAtLessThan(
            UUID organisationId, Instant from, Instant to, Pageable pageable);

    List<AuditEntry> findByViewerIdOrderByViewedAt(UUID viewerId);

    /** Erasure: the entries stay (the organisation's accountability), the person behind them goes. */
    @Query("UPDATE insight_audit SET viewer_id = NULL, viewer_name = NULL, viewer_email = NULL"
            + " WHERE viewer_id = :viewerId")
    int forgetViewer(UUID viewerId);

    @Query("DELETE FROM insight_audit WHERE viewed_at < :before")
    int deleteViewedBefore(Instant before);
}
