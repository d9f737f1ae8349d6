package nl.signaal.progress;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The learning records that memory states are derived from, read for other features: answers, check results and
 * completions, oldest first. Read only; {@link LearningRecords} is the one way to write them.
 */
@Singleton
public class Practice {
    private static final List<String> VERBS = List.of(
            LearningEvent.Verb.ANSWERED.name(),
            LearningEvent.Verb.PASSED.name(),
            LearningEvent.Verb.FAILED.name(),
            LearningEvent.Verb.COMPLETED.name());

    private final LearningRecordRepository records;
    private final LearningRecords learningRecords;

    Practice(LearningRecordRepository records, LearningRecords learningRecords) {
        this.records = records;
        this.learningRecords = learningRecords;
    }

    /**
     * One answer, check result or completion. {@code activityPath} is relative to the activity base IRI (for
     * example {@code refreshers/items/<itemId>}); {@code competency} is the statement's competency extension and
     * {@code response} its result's response (the chosen option ids of an answer).
     */
    public record Practised(
            UUID id,
            UUID userId,
            LearningEvent.Verb verb,
            String activityPath,
            @Nullable String moduleId,
            @Nullable UUID registration,
            @Nullable Double scoreScaled,
            @Nullable Boolean success,
            @Nullable String competency,
            @Nullable String response,
            Instant at) {}

    /** A learner's answers, check results and completions, oldest first. */
    public List<Practised> of(UUID learner) {
        return records.findByUserIdAndVerbInOrderByStoredAt(learner, VERBS).stream()
                .filter(this::isPractice)
                .map(this::practised)
                .toList();
    }

    /** Every member's answers, check results and completions, oldest first, by learner. */
    public Map<UUID, List<Practised>> ofOrganisation(UUID organisation) {
        Map<UUID, List<Practised>> byLearner = new LinkedHashMap<>();
        for (LearningRecord record : records.findByOrganisationIdAndVerbInOrderByStoredAt(organisation, VERBS)) {
            if (!isPractice(record)) {
                continue;
            }
            byLearner
                    .computeIfAbsent(record.userId(), id -> new java.util.ArrayList<>())
                    .add(practised(record));
        }
        return byLearner;
    }

    /** The record stored under this statement id, if any (for idempotent retries). */
    public Optional<Practised> byId(UUID statementId) {
        return records.findById(statementId).map(this::practised);
    }

    /**
     * A completed refresher session or track stands for a whole, not for practice (decision 0055): memory, refresh
     * months and standing read what they read before those statements existed.
     */
    private boolean isPractice(LearningRecord record) {
        return !Occasions.isOccasion(learningRecords.activityPath(record.activityId()));
    }

    private Practised practised(LearningRecord record) {
        LearningEvent.Verb verb = LearningEvent.Verb.valueOf(record.verb());
        Statement answer = verb == LearningEvent.Verb.ANSWERED ? learningRecords.read(record) : null;
        String competency = answer == null ? null : learningRecords.competency(answer);
        String response = answer == null || answer.result() == null
                ? null
                : answer.result().response();
        return new Practised(
                record.id(),
                record.userId(),
                verb,
                learningRecords.activityPath(record.activityId()),
                record.moduleId(),
                record.registration(),
                record.scoreScaled(),
                record.success(),
                competency,
                response,
                record.storedAt());
    }
}
