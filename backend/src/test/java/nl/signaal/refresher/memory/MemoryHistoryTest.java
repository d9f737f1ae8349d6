package nl.signaal.refresher.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryHistoryTest {
    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");
    private final Fsrs fsrs = Fsrs.withDefaultWeights();

    @Test
    void anEmptyHistoryHasNoMemoryState() {
        assertThat(MemoryHistory.replay(fsrs, List.of())).isEmpty();
    }

    @Test
    void aSingleReviewGivesTheInitialState() {
        assertThat(MemoryHistory.replay(fsrs, List.of(new Review(START, Rating.GOOD))))
                .contains(fsrs.first(Rating.GOOD, START));
    }

    @Test
    void replayingThePublishedSequenceEndsInThePublishedState() {
        // rs-fsrs src/tests.rs test_long_term_scheduler (commit 08009e583f99d0f05accde0f0ce504e84d2f84d8):
        // GOOD x6, AGAIN x2, GOOD x5, reviewed after 0, 3, 13, 48, 155, 445, 1158, 17, 3, 9, 27, 74, 190 days;
        // the last review leaves stability 457.4379 and difficulty 5.1483
        long[] gaps = {0, 3, 13, 48, 155, 445, 1158, 17, 3, 9, 27, 74, 190};
        String ratings = "GGGGGGAAGGGGG";
        List<Review> reviews = new ArrayList<>();
        Instant at = START;
        for (int i = 0; i < gaps.length; i++) {
            at = at.plus(Duration.ofDays(gaps[i]));
            reviews.add(new Review(at, ratings.charAt(i) == 'G' ? Rating.GOOD : Rating.AGAIN));
        }

        MemoryState state = MemoryHistory.replay(fsrs, reviews).orElseThrow();

        assertThat(Math.round(state.stability() * 10_000) / 10_000.0).isEqualTo(457.4379);
        assertThat(Math.round(state.difficulty() * 10_000) / 10_000.0).isEqualTo(5.1483);
        assertThat(state.lastReview()).isEqualTo(at);
    }

    @Test
    void reviewsAreReplayedInTimeOrderWhateverTheirListOrder() {
        List<Review> inOrder = List.of(
                new Review(START, Rating.GOOD),
                new Review(START.plus(Duration.ofDays(3)), Rating.AGAIN),
                new Review(START.plus(Duration.ofDays(5)), Rating.EASY));
        List<Review> shuffled = new ArrayList<>(inOrder);
        Collections.reverse(shuffled);

        assertThat(MemoryHistory.replay(fsrs, shuffled)).isEqualTo(MemoryHistory.replay(fsrs, inOrder));
    }
}
