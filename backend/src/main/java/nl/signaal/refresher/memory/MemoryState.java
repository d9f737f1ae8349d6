package nl.signaal.refresher.memory;

import java.time.Instant;
import java.util.Objects;

/**
 * What FSRS knows about one learner's memory of one competency or module.
 *
 * @param stability  days until retrievability falls to 90%; always positive
 * @param difficulty how hard this is for this learner, from 1 (easy) to 10 (hard)
 * @param lastReview when it was last practised
 */
public record MemoryState(double stability, double difficulty, Instant lastReview) {
    public MemoryState {
        if (!(stability > 0) || Double.isInfinite(stability)) {
            throw new IllegalArgumentException("stability must be positive: " + stability);
        }
        if (!(difficulty >= Fsrs.MIN_DIFFICULTY && difficulty <= Fsrs.MAX_DIFFICULTY)) {
            throw new IllegalArgumentException("difficulty must lie in [1, 10]: " + difficulty);
        }
        Objects.requireNonNull(lastReview, "lastReview");
    }
}
