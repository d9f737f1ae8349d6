package nl.signaal.webinar;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The reminder planner's one question to the webinar table (uses ix_webinar_starts_at). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface WebinarsStartingSoon extends GenericRepository<Webinar, UUID> {

    /** Scheduled (not cancelled) webinars that start after {@code after} and no later than {@code until}. */
    @Query("SELECT * FROM webinar WHERE status = 'SCHEDULED' AND starts_at > :after AND starts_at <= :until")
    List<Webinar> findScheduledStartingBetween(Instant after, Instant until);
}
