package nl.signaal.refresher.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FsrsTest {
    /*
     * Worked example: open-spaced-repetition/rs-fsrs, src/tests.rs, test_long_term_scheduler, at commit
     * 08009e583f99d0f05accde0f0ce504e84d2f84d8 (FSRS-5; its WEIGHTS equal DEFAULT_WEIGHTS in src/parameters.rs there),
     * https://github.com/open-spaced-repetition/rs-fsrs/blob/08009e583f99d0f05accde0f0ce504e84d2f84d8/src/tests.rs
     * A new card is reviewed with these ratings, each at its due date (target retention 0.9, maximum 36500 days);
     * the source rounds stability and difficulty to 4 decimals.
     */
    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");
    private static final List<Rating> TEST_RATINGS = List.of(
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.AGAIN,
            Rating.AGAIN,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD);
    private static final long[] EXPECTED_INTERVALS = {3, 13, 48, 155, 445, 1158, 17, 3, 9, 27, 74, 190, 457};
    private static final double[] EXPECTED_STABILITIES = {
        3.0412, 13.0913, 48.1585, 154.9373, 445.0556, 1158.0778, 16.6306, 2.9888, 9.4633, 26.9474, 73.9723, 189.7037,
        457.4379
    };
    private static final double[] EXPECTED_DIFFICULTIES = {
        4.4909, 4.2666, 4.0575, 3.8624, 3.6804, 3.5108, 5.219, 6.8122, 6.4314, 6.0763, 5.7452, 5.4363, 5.1483
    };
    private static final Duration SOURCE_MAXIMUM_INTERVAL = Duration.ofDays(36500);

    private final Fsrs fsrs = Fsrs.withDefaultWeights();

    @Test
    void initialStabilityPerRatingIsTheFirstFourDefaultWeights() {
        // rs-fsrs src/parameters.rs (commit 08009e58): init_stability(G) = max(w[G-1], 0.1); DEFAULT_WEIGHTS w0..w3
        assertThat(fsrs.initialStability(Rating.AGAIN)).isEqualTo(0.4197);
        assertThat(fsrs.initialStability(Rating.HARD)).isEqualTo(1.1869);
        assertThat(fsrs.initialStability(Rating.GOOD)).isEqualTo(3.0412);
        assertThat(fsrs.initialStability(Rating.EASY)).isEqualTo(15.2441);
    }

    @Test
    void initialDifficultyFollowsTheExponentialFormula() {
        // rs-fsrs src/parameters.rs (commit 08009e58): init_difficulty(G) = w4 - e^(w5 * (G - 1)) + 1
        assertThat(fsrs.initialDifficulty(Rating.AGAIN)).isCloseTo(7.1434, within(1e-12));
        assertThat(fsrs.initialDifficulty(Rating.HARD)).isCloseTo(7.1434 - Math.exp(0.6477) + 1, within(1e-12));
        // rs-fsrs src/tests.rs test_long_term_scheduler: first GOOD gives difficulty 4.4909
        assertThat(round4(fsrs.initialDifficulty(Rating.GOOD))).isEqualTo(4.4909);
        assertThat(fsrs.initialDifficulty(Rating.EASY)).isCloseTo(7.1434 - Math.exp(3 * 0.6477) + 1, within(1e-12));
    }

    @Test
    void initialDifficultyIsClampedToOneAndTen() {
        double[] low = Fsrs.withDefaultWeights().weights();
        low[4] = 0.5;
        assertThat(Fsrs.withWeights(low).initialDifficulty(Rating.EASY)).isEqualTo(1.0);
        double[] high = Fsrs.withDefaultWeights().weights();
        high[4] = 20;
        assertThat(Fsrs.withWeights(high).initialDifficulty(Rating.AGAIN)).isEqualTo(10.0);
    }

    @Test
    void nextDifficultyShiftsByRatingAndRevertsTowardsTheEasyStart() {
        // rs-fsrs test_long_term_scheduler: 4.4909 --GOOD--> 4.2666, 3.5108 --AGAIN--> 5.219 (rounded to 4 decimals)
        assertThat(round4(fsrs.nextDifficulty(fsrs.initialDifficulty(Rating.GOOD), Rating.GOOD)))
                .isEqualTo(4.2666);
        double d0 = fsrs.initialDifficulty(Rating.EASY);
        assertThat(fsrs.nextDifficulty(5, Rating.GOOD)).isCloseTo(0.0674 * d0 + (1 - 0.0674) * 5, within(1e-12));
        assertThat(fsrs.nextDifficulty(5, Rating.AGAIN)).isGreaterThan(fsrs.nextDifficulty(5, Rating.HARD));
        assertThat(fsrs.nextDifficulty(5, Rating.HARD)).isGreaterThan(fsrs.nextDifficulty(5, Rating.GOOD));
        assertThat(fsrs.nextDifficulty(5, Rating.GOOD)).isGreaterThan(fsrs.nextDifficulty(5, Rating.EASY));
    }

    @Test
    void repeatedEasyReviewsBottomOutAtDifficultyOne() {
        MemoryState state = fsrs.first(Rating.EASY, START);
        for (int i = 1; i <= 10; i++) {
            state = fsrs.next(state, Rating.EASY, START.plus(Duration.ofDays(i)));
        }
        assertThat(state.difficulty()).isEqualTo(1.0);
    }

    @Test
    void repeatedLapsesTopOutAtDifficultyTen() {
        MemoryState state = fsrs.first(Rating.AGAIN, START);
        for (int i = 1; i <= 10; i++) {
            state = fsrs.next(state, Rating.AGAIN, START.plus(Duration.ofDays(i)));
        }
        assertThat(state.difficulty()).isEqualTo(10.0);
    }

    @Test
    void longTermSequenceReproducesPublishedIntervals() {
        assertThat(replaySourceSequence().stream().mapToLong(Step::interval).toArray())
                .containsExactly(EXPECTED_INTERVALS);
    }

    @Test
    void longTermSequenceReproducesPublishedStabilities() {
        assertThat(replaySourceSequence().stream()
                        .mapToDouble(step -> round4(step.state().stability()))
                        .toArray())
                .containsExactly(EXPECTED_STABILITIES);
    }

    @Test
    void longTermSequenceReproducesPublishedDifficulties() {
        assertThat(replaySourceSequence().stream()
                        .mapToDouble(step -> round4(step.state().difficulty()))
                        .toArray())
                .containsExactly(EXPECTED_DIFFICULTIES);
    }

    @Test
    void retrievabilityIsNinetyPercentWhenElapsedDaysEqualStability() {
        MemoryState state = new MemoryState(10, 5, START);
        assertThat(fsrs.retrievability(state, START.plus(Duration.ofDays(10)))).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void retrievabilityIsCertainRightAfterAReview() {
        MemoryState state = new MemoryState(10, 5, START);
        assertThat(fsrs.retrievability(state, START)).isEqualTo(1.0);
        assertThat(fsrs.retrievability(state, START.plus(Duration.ofHours(23)))).isEqualTo(1.0);
    }

    @Test
    void retrievabilityDecreasesWithTime() {
        MemoryState state = new MemoryState(10, 5, START);
        double previous = 1;
        for (int day = 1; day <= 400; day++) {
            double r = fsrs.retrievability(state, START.plus(Duration.ofDays(day)));
            assertThat(r).isLessThan(previous).isPositive();
            previous = r;
        }
    }

    @Test
    void higherStabilityMeansSlowerForgetting() {
        Instant later = START.plus(Duration.ofDays(30));
        assertThat(fsrs.retrievability(new MemoryState(50, 5, START), later))
                .isGreaterThan(fsrs.retrievability(new MemoryState(10, 5, START), later));
    }

    @Test
    void intervalAtNinetyPercentRetentionIsTheStabilityRounded() {
        // rs-fsrs next_interval: round(S / FACTOR * (r^(1/DECAY) - 1)), clamped to [1, maximum]; at r = 0.9 this is S
        assertThat(fsrs.interval(3.0412, 0.9)).isEqualTo(3);
        assertThat(fsrs.interval(16.6306, 0.9)).isEqualTo(17);
        assertThat(fsrs.interval(1158.0778, 0.9)).isEqualTo(1158);
    }

    @Test
    void intervalIsAtLeastOneDay() {
        assertThat(fsrs.interval(0.4197, 0.9)).isEqualTo(1);
    }

    @Test
    void lowerTargetRetentionAllowsLongerIntervals() {
        // 10 * 81/19 * (0.85^-2 - 1) = 16.37 days
        assertThat(fsrs.interval(10, 0.85)).isEqualTo(16);
        assertThat(fsrs.interval(10, 0.95)).isEqualTo(5);
    }

    @Test
    void retrievabilityAtTheIntervalIsAboutTheTargetRetention() {
        MemoryState state = new MemoryState(40, 5, START);
        Instant due = fsrs.dueAt(state, 0.85, Duration.ofDays(365));
        assertThat(fsrs.retrievability(state, due)).isCloseTo(0.85, within(0.005));
    }

    @Test
    void dueAtIsTheLastReviewPlusTheInterval() {
        MemoryState state = new MemoryState(48.1585, 4.0575, START);
        assertThat(fsrs.dueAt(state, 0.9, SOURCE_MAXIMUM_INTERVAL)).isEqualTo(START.plus(Duration.ofDays(48)));
    }

    @Test
    void dueAtRespectsTheMaximumInterval() {
        MemoryState state = new MemoryState(1158.0778, 3.5108, START);
        assertThat(fsrs.dueAt(state, 0.9, Duration.ofDays(365))).isEqualTo(START.plus(Duration.ofDays(365)));
    }

    @Test
    void recallOnTheSameDayLeavesStabilityUnchanged() {
        // elapsed 0 days: R = 1, so e^(w10 * (1 - R)) - 1 = 0 in the recall stability
        MemoryState state = new MemoryState(10, 5, START);
        assertThat(fsrs.next(state, Rating.GOOD, START.plus(Duration.ofHours(2)))
                        .stability())
                .isEqualTo(10.0);
    }

    @Test
    void forgettingLowersStabilityAndRecallRaisesIt() {
        MemoryState state = new MemoryState(10, 5, START);
        Instant due = START.plus(Duration.ofDays(10));
        assertThat(fsrs.next(state, Rating.AGAIN, due).stability()).isLessThan(10);
        assertThat(fsrs.next(state, Rating.HARD, due).stability())
                .isGreaterThan(10)
                .isLessThan(fsrs.next(state, Rating.GOOD, due).stability());
        assertThat(fsrs.next(state, Rating.EASY, due).stability())
                .isGreaterThan(fsrs.next(state, Rating.GOOD, due).stability());
    }

    @Test
    void rejectsAReviewBeforeTheLastOne() {
        MemoryState state = fsrs.first(Rating.GOOD, START);
        assertThatThrownBy(() -> fsrs.next(state, Rating.GOOD, START.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsTargetRetentionOutsideZeroAndOne() {
        assertThatThrownBy(() -> fsrs.interval(10, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fsrs.interval(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsWeightsOfTheWrongCount() {
        assertThatThrownBy(() -> Fsrs.withWeights(new double[17])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAStateWithDifficultyOutsideOneAndTen() {
        assertThatThrownBy(() -> new MemoryState(10, 0.5, START)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemoryState(10, 10.5, START)).isInstanceOf(IllegalArgumentException.class);
    }

    private record Step(MemoryState state, long interval) {}

    /** Each review at the previous due date, as test_long_term_scheduler does with {@code now = card.due}. */
    private List<Step> replaySourceSequence() {
        List<Step> steps = new ArrayList<>();
        MemoryState state = null;
        Instant now = START;
        for (Rating rating : TEST_RATINGS) {
            state = state == null ? fsrs.first(rating, now) : fsrs.next(state, rating, now);
            Instant due = fsrs.dueAt(state, 0.9, SOURCE_MAXIMUM_INTERVAL);
            steps.add(new Step(state, Duration.between(now, due).toDays()));
            now = due;
        }
        return steps;
    }

    private static double round4(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
