package nl.signaal.progress;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Derives progress per module from a learner's records; nothing about progress is stored apart. */
@Singleton
public class Progress {
    private static final String LESSONS = "/lessons/";

    private final LearningRecordRepository records;

    Progress(LearningRecordRepository records) {
        this.records = records;
    }

    /** The module's lesson ids in order, to count only lessons that still exist. */
    public record ModuleShape(String moduleId, List<String> lessonIds) {}

    public List<ModuleProgress> of(UUID learner, List<ModuleShape> modules) {
        Map<String, List<LearningRecord>> byModule = records.findByUserIdOrderByStoredAt(learner).stream()
                .filter(r -> r.moduleId() != null)
                .collect(Collectors.groupingBy(LearningRecord::moduleId));
        List<ModuleProgress> result = new ArrayList<>();
        for (ModuleShape module : modules) {
            result.add(progress(module, byModule.getOrDefault(module.moduleId(), List.of())));
        }
        return result;
    }

    public Optional<ModuleProgress> of(UUID learner, ModuleShape module) {
        return of(learner, List.of(module)).stream().findFirst();
    }

    private static ModuleProgress progress(ModuleShape module, List<LearningRecord> records) {
        Set<String> viewed = new LinkedHashSet<>();
        int attempts = 0;
        Double last = null;
        Double best = null;
        Instant completedAt = null;
        for (LearningRecord record : records) { // oldest first
            switch (LearningEvent.Verb.valueOf(record.verb())) {
                case EXPERIENCED -> lessonOf(record.activityId()).ifPresent(viewed::add);
                case PASSED, FAILED -> {
                    attempts++;
                    last = record.scoreScaled();
                    if (last != null && (best == null || last > best)) {
                        best = last;
                    }
                }
                case COMPLETED -> {
                    if (completedAt == null) {
                        completedAt = record.storedAt();
                    }
                }
                default -> {}
            }
        }
        List<String> viewedInOrder =
                module.lessonIds().stream().filter(viewed::contains).toList();
        ModuleProgress.Status status = completedAt != null
                ? ModuleProgress.Status.COMPLETED
                : viewedInOrder.isEmpty() && attempts == 0
                        ? ModuleProgress.Status.NOT_STARTED
                        : ModuleProgress.Status.IN_PROGRESS;
        return new ModuleProgress(
                module.moduleId(), status, viewedInOrder, module.lessonIds().size(), attempts, last, best, completedAt);
    }

    private static Optional<String> lessonOf(String activityId) {
        int at = activityId.lastIndexOf(LESSONS);
        return at < 0 ? Optional.empty() : Optional.of(activityId.substring(at + LESSONS.length()));
    }
}
