package nl.signaal.learning;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Which modules learners completed, in which version and when, read from the completing attempts: for a feature that
 * must act on completions made before it existed (certificates). New completions reach features as learning records.
 */
@Singleton
public class Completions {
    private final CheckAttemptRepository attempts;

    Completions(CheckAttemptRepository attempts) {
        this.attempts = attempts;
    }

    public record Completion(UUID userId, String moduleId, int moduleVersion, Instant completedAt) {}

    /** Every completion of every learner with an account, earliest first. */
    public List<Completion> all() {
        return attempts.findCompleting().stream()
                .map(a -> new Completion(a.userId(), a.moduleId(), a.moduleVersion(), a.submittedAt()))
                .toList();
    }
}
