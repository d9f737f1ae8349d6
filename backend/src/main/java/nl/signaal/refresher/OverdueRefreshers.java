package nl.signaal.refresher;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.signaal.progress.Practice;

/**
 * The narrow public question other features may ask of refreshers: which of these modules has this learner let slip?
 * Same derivation as the coordinators' views of mandatory training (package insight): a completed module whose
 * status is not kept (OVERDUE or LAPSED) under the organisation's policy. Modules never completed are not overdue.
 */
@Singleton
public class OverdueRefreshers {
    private final Practice practice;
    private final Policies policies;
    private final Clock clock;

    OverdueRefreshers(Practice practice, Policies policies, Clock clock) {
        this.practice = practice;
        this.policies = policies;
        this.clock = clock;
    }

    /** The ids of {@code moduleIds} (in their order) the learner should refresh now. */
    public List<String> of(UUID learner, UUID organisation, List<String> moduleIds) {
        Memories.LearnerMemory memory =
                Memories.of(practice.of(learner), moduleIds, policies.of(organisation), clock.instant());
        return memory.modules().stream()
                .filter(m ->
                        m.status() != ModuleStatus.NOT_COMPLETED && !m.status().kept())
                .map(Memories.ModuleMemory::moduleId)
                .toList();
    }
}
