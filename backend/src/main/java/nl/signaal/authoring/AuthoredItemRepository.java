package nl.signaal.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
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

    /**
     * Changes only the review fields: asking for review or sending back is no edit of the draft, so the draft's
     * version (the optimistic lock of its text) stays and an open editor can go on saving.
     */
    @Query("UPDATE authored_item SET state = :state, review_requested_by = :requestedBy,"
            + " review_requested_at = :requestedAt, review_comment = :comment WHERE id = :id")
    void updateReview(
            UUID id, String state, @Nullable UUID requestedBy, @Nullable Instant requestedAt, @Nullable String comment);
}
