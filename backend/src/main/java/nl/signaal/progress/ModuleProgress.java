package nl.signaal.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A learner's standing in one module, derived from their learning records only. */
@Serdeable
public record ModuleProgress(
        String moduleId,
        Status status,
        List<String> lessonsViewed,
        int lessonCount,
        int attempts,
        @Nullable Double lastScore,
        @Nullable Double bestScore,
        @Nullable Instant completedAt) {

    public enum Status {
        NOT_STARTED,
        IN_PROGRESS,
        COMPLETED
    }
}
