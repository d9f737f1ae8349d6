package nl.signaal.refresher.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * FSRS-5, long-term scheduling (no same-day learning steps), as published by open-spaced-repetition in rs-fsrs
 * (src/parameters.rs and src/scheduler_longterm.rs at commit 08009e583f99d0f05accde0f0ce504e84d2f84d8, the
 * {@code enable_short_term = false} scheduler). Formulas and symbols follow that source; docs/refreshers.md explains
 * them. Time is counted in whole elapsed days, as the source does; there is no fuzz.
 */
public final class Fsrs {
    /** The 19 default weights w0..w18 of rs-fsrs's FSRS-5 ({@code DEFAULT_WEIGHTS} in src/parameters.rs). */
    private static final double[] DEFAULT_WEIGHTS = {
        0.4197, 1.1869, 3.0412, 15.2441, 7.1434, 0.6477, 1.0007, 0.0674, 1.6597, 0.1712, 1.1178, 2.0225, 0.0904, 0.3025,
        2.1214, 0.2498, 2.9466, 0.4891, 0.6468,
    };
    /** Number of weights in FSRS-5. w17 and w18 serve only same-day (short-term) scheduling, which is not used here. */
    public static final int WEIGHT_COUNT = 19;
    /** Exponent of the forgetting curve. */
    public static final double DECAY = -0.5;
    /** 0.9^(1/DECAY) - 1 = 19/81, so that retrievability is exactly 0.9 when elapsed days equal stability. */
    public static final double FACTOR = 19.0 / 81.0;

    public static final double MIN_DIFFICULTY = 1;
    public static final double MAX_DIFFICULTY = 10;
    /** Floor on the initial stability, as in the source. */
    private static final double MIN_INITIAL_STABILITY = 0.1;

    private final double[] w;

    private Fsrs(double[] weights) {
        this.w = weights;
    }

    /** FSRS-5 with its published default weights. */
    public static Fsrs withDefaultWeights() {
        return new Fsrs(DEFAULT_WEIGHTS.clone());
    }

    /** FSRS-5 with other weights, for example ones optimised on Signaal's own records later. */
    public static Fsrs withWeights(double... weights) {
        Objects.requireNonNull(weights, "weights");
        if (weights.length != WEIGHT_COUNT) {
            throw new IllegalArgumentException("FSRS-5 needs " + WEIGHT_COUNT + " weights, got " + weights.length);
        }
        return new Fsrs(weights.clone());
    }

    /** A copy of the weights w0..w18. */
    public double[] weights() {
        return w.clone();
    }

    /** The memory state after the very first review. */
    public MemoryState first(Rating rating, Instant at) {
        return new MemoryState(initialStability(rating), initialDifficulty(rating), at);
    }

    /**
     * The memory state after reviewing again at {@code now}, which may not be before the last review. Retrievability
     * is taken at the whole days elapsed since the last review; recalled (hard, good, easy) raises stability, forgotten
     * (again) resets it to the post-lapse stability.
     */
    public MemoryState next(MemoryState state, Rating rating, Instant now) {
        Objects.requireNonNull(rating, "rating");
        if (now.isBefore(state.lastReview())) {
            throw new IllegalArgumentException(
                    "review at " + now + " precedes the last review at " + state.lastReview());
        }
        long elapsedDays = elapsedDays(state.lastReview(), now);
        double s = state.stability();
        double d = state.difficulty();
        double r = forgettingCurve(elapsedDays, s);
        double nextStability = rating == Rating.AGAIN ? forgetStability(d, s, r) : recallStability(d, s, r, rating);
        return new MemoryState(nextStability, nextDifficulty(d, rating), now);
    }

    /** Probability of recall at {@code at}: (1 + FACTOR * t / S)^DECAY with t the whole days since the last review. */
    public double retrievability(MemoryState state, Instant at) {
        return forgettingCurve(Math.max(0, elapsedDays(state.lastReview(), at)), state.stability());
    }

    /**
     * Days until retrievability falls to {@code targetRetention}: S / FACTOR * (r^(1/DECAY) - 1), rounded to whole
     * days and at least one day. For a target retention of 0.9 this is the stability, rounded.
     */
    public long interval(double stability, double targetRetention) {
        checkRetention(targetRetention);
        if (!(stability > 0)) {
            throw new IllegalArgumentException("stability must be positive: " + stability);
        }
        double days = stability / FACTOR * (Math.pow(targetRetention, 1 / DECAY) - 1);
        return Math.max(1, Math.round(days));
    }

    /**
     * When recall is expected to drop to {@code targetRetention}: the last review plus {@link #interval}, but never
     * later than {@code maximumInterval} (counted in whole days, at least one) after the last review.
     */
    public Instant dueAt(MemoryState state, double targetRetention, Duration maximumInterval) {
        long maximumDays = maximumInterval.toDays();
        if (maximumDays < 1) {
            throw new IllegalArgumentException("maximum interval must be at least one day: " + maximumInterval);
        }
        long days = Math.min(interval(state.stability(), targetRetention), maximumDays);
        return state.lastReview().plus(Duration.ofDays(days));
    }

    /** S0(G) = w[G-1], at least 0.1. */
    public double initialStability(Rating rating) {
        return Math.max(w[rating.grade() - 1], MIN_INITIAL_STABILITY);
    }

    /** D0(G) = w4 - e^(w5 * (G - 1)) + 1, clamped to [1, 10]. */
    public double initialDifficulty(Rating rating) {
        return clampDifficulty(w[4] - Math.exp(w[5] * (rating.grade() - 1)) + 1);
    }

    /** D' = w7 * D0(easy) + (1 - w7) * (D - w6 * (G - 3)), clamped to [1, 10]. */
    public double nextDifficulty(double difficulty, Rating rating) {
        double shifted = Math.fma(w[6], -(rating.grade() - 3), difficulty);
        double meanReverted = Math.fma(w[7], initialDifficulty(Rating.EASY), (1 - w[7]) * shifted);
        return clampDifficulty(meanReverted);
    }

    /** R(t, S) = (1 + FACTOR * t / S)^DECAY. */
    public static double forgettingCurve(long elapsedDays, double stability) {
        return Math.pow(1 + FACTOR * elapsedDays / stability, DECAY);
    }

    /** S'r = S * (1 + e^w8 * (11 - D) * S^-w9 * (e^(w10 * (1 - R)) - 1) * (w15 if hard) * (w16 if easy)). */
    private double recallStability(double d, double s, double r, Rating rating) {
        double modifier = switch (rating) {
            case HARD -> w[15];
            case EASY -> w[16];
            default -> 1;
        };
        double growth = Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * Math.expm1((1 - r) * w[10]);
        return s * Math.fma(growth, modifier, 1);
    }

    /** S'f = w11 * D^-w12 * ((S + 1)^w13 - 1) * e^(w14 * (1 - R)). */
    private double forgetStability(double d, double s, double r) {
        return w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]);
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }

    private static long elapsedDays(Instant from, Instant to) {
        return Duration.between(from, to).toDays();
    }

    private static void checkRetention(double targetRetention) {
        if (!(targetRetention > 0 && targetRetention < 1)) {
            throw new IllegalArgumentException(
                    "target retention must lie strictly between 0 and 1: " + targetRetention);
        }
    }

    @Override
    public String toString() {
        return "Fsrs[FSRS-5, w=" + Arrays.toString(w) + "]";
    }
}
