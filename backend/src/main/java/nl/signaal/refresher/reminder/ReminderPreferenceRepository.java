package nl.signaal.refresher.reminder;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Changes are conditional UPDATEs: the update count says whether this request changed anything, so a second click
 * (or two at once) reports "already done" instead of doing it again.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReminderPreferenceRepository extends GenericRepository<ReminderPreference, UUID> {

    Optional<ReminderPreference> findById(UUID userId);

    @Query("DELETE FROM reminder_preference WHERE user_id = :userId")
    int deleteOfUser(UUID userId);

    boolean existsById(UUID userId);

    List<ReminderPreference> findByUserIdIn(Collection<UUID> userIds);

    ReminderPreference save(ReminderPreference preference);

    @Query("UPDATE reminder_preference SET opted_out_at = :now, updated_at = :now"
            + " WHERE user_id = :userId AND opted_out_at IS NULL")
    int optOut(UUID userId, Instant now);

    @Query("UPDATE reminder_preference SET snoozed_until = :until, updated_at = :now"
            + " WHERE user_id = :userId AND (snoozed_until IS NULL OR snoozed_until <= :now)")
    int snoozeUnlessSnoozed(UUID userId, Instant until, Instant now);

    @Query("UPDATE reminder_preference SET snoozed_until = :until, updated_at = :now WHERE user_id = :userId")
    int snooze(UUID userId, Instant until, Instant now);

    @Query("UPDATE reminder_preference SET opted_out_at = NULL, snoozed_until = NULL, updated_at = :now"
            + " WHERE user_id = :userId")
    int resume(UUID userId, Instant now);
}
