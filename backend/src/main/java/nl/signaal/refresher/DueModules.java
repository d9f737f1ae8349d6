package nl.signaal.refresher;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What reminders (nl.signaal.refresher.reminder) read from the module memory projection: the mandatory modules that
 * need a refresher now, with the status the pages would show. The policy and the memory table stay in this package;
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
     * The organisation's due mandatory modules of learners without a weekly reminder in {@code week}, by learner: one
     * indexed scan (remind_at has passed), then each row's status from its stored state.
     */
    public List<Due> ofOrganisation(UUID organisation, Instant now, String week) {
        Policy policy = policies.of(organisation);
        List<String> mandatory = policies.existingMandatory(policy);
        if (mandatory.isEmpty()) {
            return List.of();
        }
        return memories.findDue(organisation, now, mandatory, week).stream()
                .map(kept -> new Due(kept.userId(), kept.moduleId(), kept.status(policy, now)))
                .filter(due -> due.status().due())
                .toList();
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
