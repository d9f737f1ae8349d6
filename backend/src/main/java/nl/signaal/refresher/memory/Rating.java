package nl.signaal.refresher.memory;

/**
 * How well something was recalled, on FSRS's four-point scale (grades 1 to 4).
 *
 * <p>This enum is also the one place where Signaal's learning outcomes become ratings; see docs/refreshers.md.
 */
public enum Rating {
    /** Not recalled: a wrong answer, a failed check. */
    AGAIN(1),
    /** Recalled with serious difficulty. No automatic outcome maps here; kept for a learner's own rating. */
    HARD(2),
    /** Recalled: a right answer, a passed check. */
    GOOD(3),
    /** Recalled easily: a module check passed with a scaled score of at least {@value #EASY_SCORE}. */
    EASY(4);

    /** Scaled score (0 to 1) from which a passed module check counts as easy. */
    public static final double EASY_SCORE = 0.9;

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** FSRS's grade G: 1 (again) to 4 (easy). */
    public int grade() {
        return grade;
    }

    /** A knowledge-check or refresher question: wrong is {@link #AGAIN}, right is {@link #GOOD}. */
    public static Rating forAnswer(boolean correct) {
        return correct ? GOOD : AGAIN;
    }

    /**
     * A whole module check: failed is {@link #AGAIN}; passed is {@link #EASY} with a scaled score of at least
     * {@value #EASY_SCORE}, otherwise {@link #GOOD}.
     */
    public static Rating forModuleCheck(boolean passed, double scaledScore) {
        if (scaledScore < 0 || scaledScore > 1 || Double.isNaN(scaledScore)) {
            throw new IllegalArgumentException("scaled score must lie in [0, 1]: " + scaledScore);
        }
        if (!passed) {
            return AGAIN;
        }
        return scaledScore >= EASY_SCORE ? EASY : GOOD;
    }
}
