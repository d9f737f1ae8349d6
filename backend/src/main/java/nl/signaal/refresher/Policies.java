package nl.signaal.refresher;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** An organisation's refresher policy: the stored one, or the defaults when it chose none. */
@Singleton
class Policies {
    private final RefresherPolicyRepository policies;
    private final Content content;
    private final Clock clock;
    private final ModuleMemories memories;

    Policies(RefresherPolicyRepository policies, Content content, Clock clock, ModuleMemories memories) {
        this.policies = policies;
        this.memories = memories;
        this.content = content;
        this.clock = clock;
    }

    Policy of(UUID organisation) {
        return policies.findById(organisation).map(p -> p.policy(allModules()))
                .orElseGet(() -> Policy.defaults(allModules()));
    }

    @Transactional
    Policy save(UUID organisation, Policy policy, UUID by) {
        RefresherPolicy row = new RefresherPolicy(organisation, policy.targetRetention(), policy.maximumIntervalDays(),
                policy.fullRefreshMonths(), String.join(",", policy.mandatoryModules()), clock.instant(), by);
        if (policies.existsById(organisation)) {
            policies.update(row);
        } else {
            policies.save(row);
        }
        Policy saved = row.policy(allModules());
        // Same transaction: the planner never sees the new policy with the old remind-at moments.
        memories.reschedule(organisation, saved);
        return saved;
    }

    List<String> allModules() {
        return content.modules().stream().map(TrainingModule::id).toList();
    }
}
