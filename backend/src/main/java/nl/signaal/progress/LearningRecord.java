package nl.signaal.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * One stored xAPI statement. The columns beside the statement are copies of its parts that
 * progress queries filter on; the statement text is the record of truth.
 */
@MappedEntity(value = "learning_record", escape = false)
record LearningRecord(
        @Id UUID id,
        UUID userId,
        UUID organisationId,
        String verb,
        String activityId,
        @Nullable String moduleId,
        @Nullable UUID registration,
        @Nullable Double scoreScaled,
        @Nullable Boolean success,
        Instant storedAt,
        String statement) {}
