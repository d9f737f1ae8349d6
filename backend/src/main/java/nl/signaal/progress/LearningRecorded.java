package nl.signaal.progress;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * Published, synchronously and inside the writing transaction, after each learning record is appended: features that
 * keep a projection of the records (refresher due dates) or act on them (certificates) do so in the same transaction,
 * so they never lag. {@code contentVersion}: the version of the module or scenario the record is about;
 * {@code competency} and {@code success}: an answer's competency extension and result, so a projection of competency
 * memory needs no statement JSON (insight, decision 0049).
 */
public record LearningRecorded(
        UUID userId,
        UUID organisationId,
        LearningEvent.Verb verb,
        String activityPath,
        @Nullable String moduleId,
        int contentVersion,
        Instant at,
        @Nullable String competency,
        @Nullable Boolean success) {}
