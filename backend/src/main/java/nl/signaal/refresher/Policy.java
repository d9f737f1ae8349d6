package nl.signaal.refresher;

import java.util.List;

/**
 * An organisation's refresher settings: the retention it aims for, the longest interval between refreshers, after
 * how many months without practice a module counts as lapsed, and which modules every member must keep current.
 */
record Policy(double targetRetention, int maximumIntervalDays, int fullRefreshMonths, List<String> mandatoryModules) {
    static final double DEFAULT_TARGET_RETENTION = 0.85;
    static final int DEFAULT_MAXIMUM_INTERVAL_DAYS = 180;
    static final int DEFAULT_FULL_REFRESH_MONTHS = 12;

    Policy {
        mandatoryModules = List.copyOf(mandatoryModules);
    }

    /** The settings of an organisation that chose none: every module mandatory. */
    static Policy defaults(List<String> allModules) {
        return new Policy(
                DEFAULT_TARGET_RETENTION, DEFAULT_MAXIMUM_INTERVAL_DAYS, DEFAULT_FULL_REFRESH_MONTHS, allModules);
    }
}
