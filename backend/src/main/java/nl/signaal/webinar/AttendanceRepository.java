package nl.signaal.webinar;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes only the attendance columns of webinar_registration, in single statements, so marking attendance never
 * overwrites a registration change made at the same time (registration and the waiting list own the other columns).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AttendanceRepository extends GenericRepository<WebinarRegistration, UUID> {

    Optional<WebinarRegistration> findById(UUID id);

    List<WebinarRegistration> findByWebinarIdAndStatus(UUID webinarId, String status);

    /**
     * Seen attending (LIVE or CODE): only a place, only when not known yet or when a machine said no before; what an
     * organiser decided stays. 0 when nothing changed.
     */
    @Query("UPDATE webinar_registration SET attended = TRUE, attendance_source = :source, attendance_at = :at"
            + " WHERE webinar_id = :webinarId AND user_id = :userId AND status = 'REGISTERED'"
            + " AND (attended IS NULL OR (attended = FALSE AND attendance_source <> 'ORGANISER'))")
    int seen(UUID webinarId, UUID userId, String source, Instant at);

    /** The organiser's word (source ORGANISER); only a place. 0 when the registration is not a place of the webinar. */
    @Query("UPDATE webinar_registration SET attended = :attended, attendance_source = 'ORGANISER',"
            + " attendance_at = :at WHERE id = :id AND webinar_id = :webinarId AND status = 'REGISTERED'")
    int corrected(UUID id, UUID webinarId, boolean attended, Instant at);

    /** Webinars that ended in the window and were not cancelled: candidates for certificates or the follow-up. */
    @Query("SELECT id FROM webinar WHERE status = 'SCHEDULED' AND ends_at > :from AND ends_at <= :to")
    List<UUID> endedBetween(Instant from, Instant to);

    /** Sets the check-in code once; the code shown stays the same for the whole webinar. */
    @Query("UPDATE webinar SET checkin_code = :code WHERE id = :webinarId AND checkin_code IS NULL")
    int showCheckinCode(UUID webinarId, String code);

    @Query("SELECT checkin_code FROM webinar WHERE id = :webinarId")
    Optional<String> checkinCode(UUID webinarId);
}
