package nl.signaal.refresher;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What reminders (nl.signaal.refresher.reminder) read from the refresher side: which modules each organisation's
 * policy makes mandatory (the planner's set-based scan reads the status moments of module_memory itself, decision
 * 0057), and a learner's due mandatory modules with the status the pages would show. The policy and the memory table stay in this package;
 * the reminder side only decides whom to mail and when.
 */
@Singleton
public class DueModules {
    private final ModuleMemoryRepository memories;
    private final Policies policies;

    DueModules(ModuleMemoryRepository memories, Policies policies) {
        this.memories = memories;
        this.policies = policies;
    }

    /** One learner's mandatory module that is due soon, overdue or lapsed. */
    public record Due(UUID userId, String moduleId, ModuleStatus status) {}

    /**
     * The organisations grouped by the mandatory modules their policy sets (modules the content still has, in a stable
     * order), leaving out those with none: one set-based scan per group serves them all, since the status moments on
     * module_memory already follow each organisation's retention and intervals. One read of the stored policies.
     */
    public Map<List<String>, List<UUID>> organisationsByMandatoryModules(Collection<UUID> organisations) {
        Map<List<String>, List<UUID>> groups = new LinkedHashMap<>();
        policies.existingMandatory(organisations).forEach((organisation, modules) -> {
            if (!modules.isEmpty()) {
                groups.computeIfAbsent(modules.stream().sorted().toList(), m -> new ArrayList<>())
                        .add(organisation);
            }
        });
        return groups;
    }

    /** One learner's due mandatory modules: their few module memory rows, not a replay of all their records. */
    public List<Due> ofLearner(UUID user, UUID organisation, Instant now) {
        Policy policy = policies.of(organisation);
        List<String> mandatory = policies.existingMandatory(policy);
        return memories.findByUserId(user).stream()
                .filter(kept -> mandatory.contains(kept.moduleId()))
                .map(kept -> new Due(kept.userId(), kept.moduleId(), kept.status(policy, now)))
                .filter(due -> due.status().due())
                .toList();
    }
}
