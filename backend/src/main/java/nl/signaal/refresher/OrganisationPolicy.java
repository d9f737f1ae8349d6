package nl.signaal.refresher;

import java.util.List;

/**
 * An organisation's refresher policy as other features read it (insight): the settings, the mandatory modules the
 * content still has, and whether a coordinator ever chose them ({@code chosen} false: the defaults, every module).
 */
public record OrganisationPolicy(
        double targetRetention,
        int maximumIntervalDays,
        int fullRefreshMonths,
        List<String> mandatoryModules,
        boolean chosen) {
    public OrganisationPolicy {
        mandatoryModules = List.copyOf(mandatoryModules);
    }
}
