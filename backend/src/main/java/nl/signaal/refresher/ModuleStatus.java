package nl.signaal.refresher;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.signaal.refresher.memory.Fsrs;
import nl.signaal.refresher.memory.MemoryState;

/** Where a learner stands with a module, derived from the module's memory state and the organisation's policy. */
public enum ModuleStatus {
    CURRENT,
    DUE_SOON,
    OVERDUE,
    LAPSED,
    NOT_COMPLETED;

    static final Duration DUE_SOON_WINDOW = Duration.ofDays(7);
    static final double LAPSED_BELOW = 0.5;

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
     * The first moment the status is DUE_SOON, OVERDUE or LAPSED: seven days before the due date, or the lapse date if
     * that comes first. Retrievability falls below the target (OVERDUE) and below 0.5 (LAPSED) only after the due
     * date, because the due date is where it reaches the target (at least 0.7), rounded to days and capped. The
     * reminder planner selects on this instant alone; ModuleStatusTest checks the equivalence.
     */
    static Instant remindFrom(Fsrs fsrs, MemoryState state, Policy policy) {
        Instant dueSoon = dueAt(fsrs, state, policy).minus(DUE_SOON_WINDOW);
        Instant lapses = lapsesAt(state, policy);
        return dueSoon.isBefore(lapses) ? dueSoon : lapses;
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
