package nl.signaal.refresher;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** An organisation's refresher policy: the stored one, or the defaults when it chose none. */
@Singleton
class Policies {
    private static final Logger LOG = LoggerFactory.getLogger(Policies.class);

    private final RefresherPolicyRepository policies;
    private final Content content;
    private final Clock clock;

    Policies(RefresherPolicyRepository policies, Content content, Clock clock) {
        this.policies = policies;
        this.content = content;
        this.clock = clock;
    }

    Policy of(UUID organisation) {
        return policies.findById(organisation).map(p -> p.policy(allModules()))
                .orElseGet(() -> Policy.defaults(allModules()));
    }

    /**
     * Stores the policy, last write wins. Two first saves at once both see no row; the later insert then fails on the
     * primary key and becomes an update. No surrounding transaction on purpose: on PostgreSQL a failed insert spoils
     * the transaction it runs in, so the insert and the update after it must each be their own.
     */
    Policy save(UUID organisation, Policy policy, UUID by) {
        RefresherPolicy row = new RefresherPolicy(organisation, policy.targetRetention(), policy.maximumIntervalDays(),
                policy.fullRefreshMonths(), String.join(",", policy.mandatoryModules()), clock.instant(), by);
        if (policies.existsById(organisation)) {
            policies.update(row);
        } else {
            try {
                policies.save(row);
            } catch (DataAccessException firstSaveRaced) {
                LOG.debug("Refresher policy of {} was created a moment ago; updating it", organisation, firstSaveRaced);
                policies.update(row);
            }
        }
        return row.policy(allModules());
    }

    /** The policy's mandatory modules that the content still has. */
    List<String> existingMandatory(Policy policy) {
        return policy.mandatoryModules().stream().filter(id -> content.module(id).isPresent()).toList();
    }

    List<String> allModules() {
        return content.modules().stream().map(TrainingModule::id).toList();
    }
}
