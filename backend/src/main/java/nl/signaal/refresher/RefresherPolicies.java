package nl.signaal.refresher;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/** Read access to refresher policies for other features, and the one choice a demo organisation makes. */
@Singleton
public class RefresherPolicies {
    private final Policies policies;
    private final RefresherPolicyRepository stored;

    RefresherPolicies(Policies policies, RefresherPolicyRepository stored) {
        this.policies = policies;
        this.stored = stored;
    }

    public OrganisationPolicy of(UUID organisation) {
        Policy policy = policies.of(organisation);
        boolean chosen = stored.findById(organisation)
                .map(row -> row.mandatoryModules() != null)
                .orElse(false);
        return new OrganisationPolicy(
                policy.targetRetention(),
                policy.maximumIntervalDays(),
                policy.fullRefreshMonths(),
                policies.existingMandatory(policy),
                chosen);
    }

    /**
     * Chooses the organisation's mandatory modules and keeps its other settings, as the policy page would: the demo
     * organisation for insight starts with a chosen policy. {@code by} is who chose.
     */
    public void chooseMandatory(UUID organisation, List<String> modules, UUID by) {
        Policy current = policies.of(organisation);
        policies.save(
                organisation,
                new Policy(
                        current.targetRetention(), current.maximumIntervalDays(), current.fullRefreshMonths(), modules),
                by);
    }
}
