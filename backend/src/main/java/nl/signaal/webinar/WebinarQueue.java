package nl.signaal.webinar;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The waiting list of a webinar: WAITING registrations in the order they asked (requested_at, then id so that two
 * requests in the same instant still have one order, the same in the position and in the promotion).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface WebinarQueue extends GenericRepository<WebinarRegistration, UUID> {

    @Query("SELECT * FROM webinar_registration WHERE webinar_id = :webinarId AND status = 'WAITING'"
            + " ORDER BY requested_at, id")
    List<WebinarRegistration> waiting(UUID webinarId);

    /** How many wait before this request: its position in the queue is this plus one. */
    @Query("SELECT COUNT(*) FROM webinar_registration WHERE webinar_id = :webinarId AND status = 'WAITING'"
            + " AND (requested_at < :requestedAt OR (requested_at = :requestedAt AND id < :id))")
    long ahead(UUID webinarId, Instant requestedAt, UUID id);

    @Query("SELECT COUNT(*) FROM webinar_registration WHERE webinar_id = :webinarId AND attended = TRUE")
    long attended(UUID webinarId);
}
