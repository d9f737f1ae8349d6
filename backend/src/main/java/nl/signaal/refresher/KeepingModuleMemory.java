package nl.signaal.refresher;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.identity.Members;
import nl.signaal.progress.LearningEvent.Verb;
import nl.signaal.progress.LearningRecorded;
import nl.signaal.progress.Practice;
import nl.signaal.progress.Practice.Practised;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the module memory table in step with the learning records: every record that changes a module's memory (a
 * check result, a completion, a refresher answer) rewrites that row in the same transaction. On the first start
 * with an empty table the rows are built from the records already stored.
 */
@Singleton
class KeepingModuleMemory {
    private static final Logger LOG = LoggerFactory.getLogger(KeepingModuleMemory.class);

    private final ModuleMemories memories;
    private final Policies policies;
    private final Members members;
    private final Practice practice;

    KeepingModuleMemory(ModuleMemories memories, Policies policies, Members members, Practice practice) {
        this.memories = memories;
        this.policies = policies;
        this.members = members;
        this.practice = practice;
    }

    @EventListener
    void onRecorded(LearningRecorded recorded) {
        if (recorded.moduleId() != null && changesModuleMemory(recorded)) {
            memories.keep(
                    recorded.userId(),
                    recorded.organisationId(),
                    recorded.moduleId(),
                    policies.of(recorded.organisationId()));
        }
    }

    @EventListener
    void onStartup(StartupEvent started) {
        for (UUID organisation : memories.organisationsWithoutMoments()) {
            // Rows from before changeset 0028: the moments their status changes follow from the stored state.
            LOG.info(
                    "Filled the status moments of {} module memories of organisation {}",
                    memories.reschedule(organisation, policies.of(organisation)),
                    organisation);
        }
        if (memories.isEmpty()) {
            int organisations = 0;
            for (UUID organisation : members.organisations()) {
                organisations += rebuild(organisation) > 0 ? 1 : 0;
            }
            if (organisations > 0) {
                LOG.info("Built the module memory table from the learning records of {} organisations", organisations);
            }
        }
    }

    private int rebuild(UUID organisation) {
        Policy policy = policies.of(organisation);
        int kept = 0;
        for (Map.Entry<UUID, List<Practised>> learner :
                practice.ofOrganisation(organisation).entrySet()) {
            List<String> completed = learner.getValue().stream()
                    .filter(p -> p.verb() == Verb.COMPLETED)
                    .map(Practised::moduleId)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .toList();
            for (String moduleId : completed) {
                try {
                    memories.keep(learner.getKey(), organisation, moduleId, policy);
                    kept++;
                } catch (DataAccessException e) {
                    // Another instance built the same row at the same start: its row is as good as ours.
                    LOG.debug("Module memory of {} for {} built elsewhere", learner.getKey(), moduleId, e);
                }
            }
        }
        return kept;
    }

    private static boolean changesModuleMemory(LearningRecorded recorded) {
        return switch (recorded.verb()) {
            case PASSED, FAILED, COMPLETED -> true;
            case ANSWERED -> recorded.activityPath().startsWith(Memories.ITEM_PATH);
            default -> false;
        };
    }
}
