package nl.signaal.refresher;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.signaal.refresher.memory.Fsrs;
import nl.signaal.refresher.memory.MemoryState;

/** Where a learner stands with a module, derived from the module's memory state and the organisation's policy. */
enum ModuleStatus {
    CURRENT,
    DUE_SOON,
    OVERDUE,
    LAPSED,
    NOT_COMPLETED;

    static final Duration DUE_SOON_WINDOW = Duration.ofDays(7);
    static final double LAPSED_BELOW = 0.5;
    /** Far enough for any real stability, near enough that an instant can hold it (about 270,000 years). */
    private static final long MAXIMUM_DAYS = 100_000_000L;

    /**
     * LAPSED after {@code fullRefreshMonths} without practice or with retrievability below 0.5; else OVERDUE once
     * due (or below the target); else DUE_SOON when due within 7 days; else CURRENT.
     */
    static ModuleStatus of(Fsrs fsrs, MemoryState state, Policy policy, Instant now) {
        double retrievability = fsrs.retrievability(state, now);
        Instant due = dueAt(fsrs, state, policy);
        if (!now.isBefore(lapsesAt(state, policy)) || retrievability < LAPSED_BELOW) {
            return LAPSED;
        }
        if (!now.isBefore(due) || retrievability < policy.targetRetention()) {
            return OVERDUE;
        }
        if (!due.isAfter(now.plus(DUE_SOON_WINDOW))) {
            return DUE_SOON;
        }
        return CURRENT;
    }

    static Instant dueAt(Fsrs fsrs, MemoryState state, Policy policy) {
        return fsrs.dueAt(state, policy.targetRetention(), Duration.ofDays(policy.maximumIntervalDays()));
    }

    /** When a full refresher is due: {@code fullRefreshMonths} after the last practice. */
    static Instant lapsesAt(MemoryState state, Policy policy) {
        return state.lastReview()
                .atOffset(ZoneOffset.UTC)
                .plusMonths(policy.fullRefreshMonths())
                .toInstant();
    }

    /**
     * The moments the status of a state changes under a policy: from {@code dueSoonAt} it is DUE_SOON, from
     * {@code overdueAt} OVERDUE, from {@code lapsesAt} LAPSED (each moment wins over the ones before it). Stored on
     * module_memory, so the status of every row is a comparison with now in SQL (decision 0048); ModuleStatusTest
     * checks that {@link #at} equals {@link ModuleStatus#of} for any state, policy and time.
     */
    record Moments(Instant dueAt, Instant overdueAt, Instant lapsesAt) {
        Instant dueSoonAt() {
            return dueAt.minus(DUE_SOON_WINDOW);
        }

        /** The first moment the status is DUE_SOON, OVERDUE or LAPSED. */
        Instant remindAt() {
            Instant first = dueSoonAt();
            first = overdueAt.isBefore(first) ? overdueAt : first;
            return lapsesAt.isBefore(first) ? lapsesAt : first;
        }

        ModuleStatus at(Instant now) {
            if (!now.isBefore(lapsesAt)) {
                return LAPSED;
            }
            if (!now.isBefore(overdueAt)) {
                return OVERDUE;
            }
            return now.isBefore(dueSoonAt()) ? CURRENT : DUE_SOON;
        }
    }

    /**
     * Derived from the same functions as {@link #of}: retrievability is taken at whole days since the last review, so
     * it falls below a threshold at the start of the first whole day where the forgetting curve is below it. That day
     * can come before the due date (which is rounded to days), so it is computed, not assumed.
     */
    static Moments moments(Fsrs fsrs, MemoryState state, Policy policy) {
        Instant due = dueAt(fsrs, state, policy);
        Instant belowTarget = firstDayBelow(state, policy.targetRetention());
        Instant belowHalf = firstDayBelow(state, LAPSED_BELOW);
        Instant months = lapsesAt(state, policy);
        return new Moments(
                due, belowTarget.isBefore(due) ? belowTarget : due, belowHalf.isBefore(months) ? belowHalf : months);
    }

    /** The first moment {@code fsrs.retrievability(state, t) < threshold}: the last review plus k whole days. */
    private static Instant firstDayBelow(MemoryState state, double threshold) {
        double estimate = state.stability() / Fsrs.FACTOR * (Math.pow(threshold, 1 / Fsrs.DECAY) - 1);
        long days = Math.max(0, (long) Math.floor(Math.min(estimate, MAXIMUM_DAYS)));
        // The estimate is off by rounding at most a day either way; settle it on the curve itself.
        while (days > 0 && Fsrs.forgettingCurve(days - 1, state.stability()) < threshold) {
            days--;
        }
        while (days < MAXIMUM_DAYS && !(Fsrs.forgettingCurve(days, state.stability()) < threshold)) {
            days++;
        }
        return state.lastReview().plus(Duration.ofDays(days));
    }

    /**
     * The first moment the status is DUE_SOON, OVERDUE or LAPSED: seven days before the due date, unless
     * retrievability or the months without practice get there first. The reminder planner selects on this instant
     * alone; ModuleStatusTest checks the equivalence.
     */
    static Instant remindFrom(Fsrs fsrs, MemoryState state, Policy policy) {
        return moments(fsrs, state, policy).remindAt();
    }

    /** Time for a refresher: what reminders and in-app notices are about. */
    boolean due() {
        return this == DUE_SOON || this == OVERDUE || this == LAPSED;
    }

    /** Counts towards the refresh rate: practised recently enough. */
    boolean kept() {
        return this == CURRENT || this == DUE_SOON;
    }
}
