package nl.signaal.progress;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * Published, synchronously and inside the writing transaction, after each learning record is appended: features that
 * keep a projection of the records (refresher due dates) or act on them (certificates) do so in the same transaction,
 * so they never lag. {@code contentVersion}: the version of the module or scenario the record is about.
 */
public record LearningRecorded(
        UUID userId,
        UUID organisationId,
        LearningEvent.Verb verb,
        String activityPath,
        @Nullable String moduleId,
        int contentVersion,
        Instant at) {}
