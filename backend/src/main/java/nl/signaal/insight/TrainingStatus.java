package nl.signaal.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Where a person stands with a mandatory module, as the dashboard and the people list say it: NOT_STARTED (no record
 * about the module), IN_PROGRESS (records, but no memory state of a completed module), else the refresher status of
 * the completed module. The refresher status is a comparison of now with the moments kept on module_memory
 * (refresher.ModuleStatus.Moments), written here once as SQL.
 */
public enum TrainingStatus {
    NOT_STARTED,
    IN_PROGRESS,
    CURRENT,
    DUE_SOON,
    OVERDUE,
    LAPSED;

    /** As refresher.ModuleStatus.DUE_SOON_WINDOW: due soon is due within seven days. */
    static final Duration DUE_SOON_WINDOW = Duration.ofDays(7);

    /**
     * The status of a module_memory row {@code m} at now, as SQL; its parameters (from {@link #parameters}) are now,
     * now, now + 7 days. A missing row (a left join) is IN_PROGRESS: the caller joins it to a started module.
     */
    static final String OF_MEMORY = "CASE WHEN m.user_id IS NULL THEN 'IN_PROGRESS' WHEN m.lapses_at <= ? THEN 'LAPSED'"
            + " WHEN m.overdue_at <= ? THEN 'OVERDUE' WHEN m.due_at <= ? THEN 'DUE_SOON' ELSE 'CURRENT' END";

    static List<Object> parameters(Instant now) {
        return List.of(now, now, now.plus(DUE_SOON_WINDOW));
    }

    /** Counts towards the refresh rate: practised recently enough. */
    boolean kept() {
        return this == CURRENT || this == DUE_SOON;
    }
}
