package nl.signaal.refresher;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An organisation's refresher policy: the stored one, or the defaults when it chose none. */
@Singleton
class Policies {
    private static final Logger LOG = LoggerFactory.getLogger(Policies.class);

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
        return policies.findById(organisation)
                .map(p -> p.policy(allModules()))
                .orElseGet(() -> Policy.defaults(allModules()));
    }

    /**
     * Stores the policy, last write wins, and reschedules the organisation's module memories in the same transaction,
     * so the planner never sees a policy with remind-at moments of another. Two first saves at once both see no row;
     * the later insert fails on the primary key, which on PostgreSQL spoils its transaction: it is redone in a new one,
     * where the row exists and the update waits for the other's commit.
     */
    Policy save(UUID organisation, Policy policy, UUID by) {
        try {
            return store(organisation, policy, by);
        } catch (DataAccessException firstSaveRaced) {
            LOG.debug("Refresher policy of {} was created a moment ago; updating it", organisation, firstSaveRaced);
            return store(organisation, policy, by);
        }
    }

    @Transactional
    Policy store(UUID organisation, Policy policy, UUID by) {
        RefresherPolicy row = new RefresherPolicy(
                organisation,
                policy.targetRetention(),
                policy.maximumIntervalDays(),
                policy.fullRefreshMonths(),
                String.join(",", policy.mandatoryModules()),
                clock.instant(),
                by);
        if (policies.existsById(organisation)) {
            policies.update(row);
        } else {
            policies.save(row);
        }
        Policy saved = row.policy(allModules());
        memories.reschedule(organisation, saved);
        return saved;
    }

    /**
     * The mandatory modules (that the content still has) of each of {@code organisations}, from one read of the stored
     * policies: an organisation that never chose has every module mandatory.
     */
    Map<UUID, List<String>> existingMandatory(Collection<UUID> organisations) {
        Map<UUID, List<String>> chosen = new HashMap<>();
        List<String> all = allModules();
        for (RefresherPolicy stored : policies.findAll()) {
            chosen.put(stored.organisationId(), existingMandatory(stored.policy(all)));
        }
        List<String> everyModule = existingMandatory(Policy.defaults(all));
        Map<UUID, List<String>> mandatory = new LinkedHashMap<>();
        for (UUID organisation : organisations) {
            mandatory.put(organisation, chosen.getOrDefault(organisation, everyModule));
        }
        return mandatory;
    }

    /** The policy's mandatory modules that the content still has. */
    List<String> existingMandatory(Policy policy) {
        return policy.mandatoryModules().stream()
                .filter(id -> content.module(id).isPresent())
                .toList();
    }

    List<String> allModules() {
        return content.modules().stream().map(TrainingModule::id).toList();
    }
}
