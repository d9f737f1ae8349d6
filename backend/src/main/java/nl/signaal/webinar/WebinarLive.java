package nl.signaal.webinar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What webinars need to know of their live part. Live sessions sit on top of every feature (nothing may depend on
 * them, see ArchitectureTest), so the live feature implements this port and webinars only ever see these records.
 */
public interface WebinarLive {

    /** The join code of a live session that is open now. */
    @Serdeable
    record OpenSession(UUID id, String code) {}

    /**
     * One live session run during the webinar, aggregated: how many joined, how many steps were decided and in how
     * many of those the group chose a recommended option. Never names a participant.
     */
    @Serdeable
    record Result(
            UUID sessionId,
            String kind,
            String activityId,
            String title,
            String status,
            Instant createdAt,
            @Nullable Instant endedAt,
            long participants,
            int decided,
            int followedRecommended) {}

    /** The webinar's live session that is open now (the newest when the presenter opened several), if any. */
    Optional<OpenSession> openSession(UUID webinarId);

    /** Every live session opened for the webinar, oldest first. */
    List<Result> results(UUID webinarId);
}
