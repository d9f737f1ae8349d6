package nl.signaal.webinar;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Which organisations may register for a webinar (webinar_audience), and the webinars open to one organisation. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface WebinarAudiences extends GenericRepository<Webinar, UUID> {

    @Query("INSERT INTO webinar_audience (webinar_id, organisation_id) VALUES (:webinarId, :organisationId)")
    void add(UUID webinarId, UUID organisationId);

    @Query("DELETE FROM webinar_audience WHERE webinar_id = :webinarId AND organisation_id = :organisationId")
    void remove(UUID webinarId, UUID organisationId);

    @Query("SELECT organisation_id FROM webinar_audience WHERE webinar_id = :webinarId")
    List<UUID> of(UUID webinarId);

    @Query("SELECT COUNT(*) FROM webinar_audience WHERE webinar_id = :webinarId AND organisation_id = :organisationId")
    long countAudience(UUID webinarId, UUID organisationId);

    /** Webinars whose audience holds the organisation and that end after {@code after}, soonest first. */
    @Query("SELECT w.* FROM webinar w JOIN webinar_audience a ON a.webinar_id = w.id"
            + " WHERE a.organisation_id = :organisationId AND w.ends_at > :after ORDER BY w.starts_at, w.id")
    List<Webinar> endingAfter(UUID organisationId, Instant after);

    /** Webinars whose audience holds the organisation and that ended at or before {@code before}, latest first. */
    @Query("SELECT w.* FROM webinar w JOIN webinar_audience a ON a.webinar_id = w.id"
            + " WHERE a.organisation_id = :organisationId AND w.ends_at <= :before ORDER BY w.starts_at DESC, w.id")
    List<Webinar> endedBy(UUID organisationId, Instant before);

    /** Every webinar the organisation organised, latest start first. */
    @Query("SELECT * FROM webinar WHERE organisation_id = :organisationId ORDER BY starts_at DESC, id")
    List<Webinar> organisedBy(UUID organisationId);
}
