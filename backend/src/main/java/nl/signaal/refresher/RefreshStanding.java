package nl.signaal.refresher;

import java.time.Instant;
import java.util.List;
import nl.signaal.progress.Practice.Practised;
import nl.signaal.refresher.memory.MemoryState;

/**
 * Whether a learner kept a module "current or due soon" ({@link ModuleStatus#kept()}), for insight's refresh rate:
 * the same status rules as the refresher pages, read from a kept module state or replayed from the records as of an
 * earlier moment (the monthly history, decision 0049).
 */
public final class RefreshStanding {
    private RefreshStanding() {}

    /** The module state kept in module_memory, judged at {@code at} under the organisation's policy. */
    public static boolean kept(MemoryState state, OrganisationPolicy policy, Instant at) {
        return ModuleStatus.of(Memories.FSRS, state, policy(policy), at).kept();
    }

    /**
     * True when, counting only the records up to {@code at}, the learner had completed every mandatory module and kept
     * each current or due soon at that moment. {@code practice} are the learner's records, oldest first.
     */
    public static boolean keptAll(List<Practised> practice, OrganisationPolicy policy, Instant at) {
        List<Practised> until =
                practice.stream().filter(p -> !p.at().isAfter(at)).toList();
        Policy settings = policy(policy);
        for (String moduleId : policy.mandatoryModules()) {
            boolean kept = Memories.module(until, moduleId)
                    .map(state ->
                            ModuleStatus.of(Memories.FSRS, state, settings, at).kept())
                    .orElse(false);
            if (!kept) {
                return false;
            }
        }
        return true;
    }

    private static Policy policy(OrganisationPolicy policy) {
        return new Policy(
                policy.targetRetention(),
                policy.maximumIntervalDays(),
                policy.fullRefreshMonths(),
                policy.mandatoryModules());
    }
}
