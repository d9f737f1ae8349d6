package nl.signaal.refresher.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Folds a learner's reviews of one competency or module into its current memory state. */
public final class MemoryHistory {
    private MemoryHistory() {}

    /**
     * Replays the reviews oldest first (they are sorted by time; reviews at the same instant keep their order):
     * the first gives the initial state, each later one updates it.
     *
     * @return the state after the last review, or empty when there are no reviews
     */
    public static Optional<MemoryState> replay(Fsrs fsrs, List<Review> reviews) {
        List<Review> inOrder =
                reviews.stream().sorted(Comparator.comparing(Review::at)).toList();
        MemoryState state = null;
        for (Review review : inOrder) {
            state = state == null
                    ? fsrs.first(review.rating(), review.at())
                    : fsrs.next(state, review.rating(), review.at());
        }
        return Optional.ofNullable(state);
    }
}
