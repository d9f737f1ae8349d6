package nl.signaal.refresher;

import jakarta.inject.Singleton;
import java.util.UUID;

/** Read access to refresher policies for other features. */
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
}
