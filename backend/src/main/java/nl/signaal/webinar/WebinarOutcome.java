package nl.signaal.webinar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of webinar_outcome: what attending earned one registration. {@code certificateId} is the attendance
 * certificate in force; {@code certificatesIssued} numbers them (the next one's subject version, since a revoked
 * certificate keeps its version); {@code followUpAt} is set once, when the follow-up micro-refresher was planned.
 */
@MappedEntity(value = "webinar_outcome", escape = false)
record WebinarOutcome(
        @Id UUID registrationId,
        @Nullable UUID certificateId,
        int certificatesIssued,
        @Nullable Instant followUpAt,
        @Nullable UUID followUpSessionId) {}
