package nl.signaal.webinar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of webinar_registration: one person's place, or place in the queue, for one webinar. One row per person and
 * webinar, reused when they register again after cancelling. {@code requestedAt} orders the waiting list.
 * {@code attended} is null until known; {@code attendanceSource} says how: LIVE (joined the live part), CODE (checked
 * in with the code shown), ORGANISER (set or corrected afterwards).
 */
@MappedEntity(value = "webinar_registration", escape = false)
record WebinarRegistration(
        @Id UUID id,
        UUID webinarId,
        UUID userId,
        UUID organisationId,
        String status,
        Instant requestedAt,
        @Nullable Instant registeredAt,
        @Nullable Instant cancelledAt,
        @Nullable Boolean attended,
        @Nullable String attendanceSource,
        @Nullable Instant attendanceAt) {

    public static final String REGISTERED = "REGISTERED";
    public static final String WAITING = "WAITING";
    public static final String CANCELLED = "CANCELLED";

    public static final String BY_LIVE = "LIVE";
    public static final String BY_CODE = "CODE";
    public static final String BY_ORGANISER = "ORGANISER";

    public boolean registered() {
        return REGISTERED.equals(status);
    }

    public boolean waiting() {
        return WAITING.equals(status);
    }
}
