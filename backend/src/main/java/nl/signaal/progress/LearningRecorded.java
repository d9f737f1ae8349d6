package nl.signaal.progress;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * Published, synchronously and inside the writing transaction, after each learning record is appended: features that
 * keep a projection of the records (refresher due dates) update it in the same transaction, so it never lags.
 */
public record LearningRecorded(
        UUID userId,
        UUID organisationId,
        LearningEvent.Verb verb,
        String activityPath,
        @Nullable String moduleId,
        Instant at) {}
