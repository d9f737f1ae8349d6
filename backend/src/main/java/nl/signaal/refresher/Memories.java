package nl.signaal.refresher;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.signaal.progress.LearningEvent.Verb;
import nl.signaal.progress.Practice.Practised;
import nl.signaal.refresher.memory.Fsrs;
import nl.signaal.refresher.memory.MemoryHistory;
import nl.signaal.refresher.memory.MemoryState;
import nl.signaal.refresher.memory.Rating;
import nl.signaal.refresher.memory.Review;

/**
 * A learner's memory states, derived from their learning records: one per competency from every answer that carries
 * one, one per completed module from its check results and its refresher answers. Pages derive them per request;
 * the reminder planner reads the module states kept in module_memory ({@link ModuleMemories}). See
 * docs/refreshers.md.
 */
final class Memories {
    static final Fsrs FSRS = Fsrs.withDefaultWeights();
    static final String ITEM_PATH = "refreshers/items/";

    /**
     * The least stability (days until recall is expected to drop to 90%) a module has after its check is passed:
     * passing a whole module check shows more than one flashcard answer, and without a floor a fail before the pass
     * left about half a day (due the next day). Nine days puts the first refresher 15 days after the pass at the
     * default target of 0.85, a week outside the due-soon window. Decision 0033.
     */
    static final double PASSED_CHECK_MINIMUM_STABILITY = 9;

    private Memories() {}

    record ModuleMemory(
            String moduleId,
            ModuleStatus status,
            @Nullable MemoryState state,
            @Nullable Instant dueAt,
            @Nullable Double retrievability) {}

    record CompetencyMemory(String competency, MemoryState state, double retrievability, Instant dueAt) {}

    record LearnerMemory(List<ModuleMemory> modules, Map<String, CompetencyMemory> competencies) {
        Set<String> completedModules() {
            return modules.stream()
                    .filter(m -> m.status() != ModuleStatus.NOT_COMPLETED)
                    .map(ModuleMemory::moduleId)
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        }

        Optional<ModuleMemory> module(String moduleId) {
            return modules.stream().filter(m -> m.moduleId().equals(moduleId)).findFirst();
        }
    }

    /** The memory of one learner: {@code practice} are their records, {@code moduleIds} the modules to report on. */
    static LearnerMemory of(List<Practised> practice, List<String> moduleIds, Policy policy, Instant now) {
        Reviews reviews = Reviews.of(practice);
        List<ModuleMemory> modules = new ArrayList<>();
        for (String moduleId : moduleIds) {
            modules.add(reviews.module(moduleId)
                    .map(s -> new ModuleMemory(
                            moduleId,
                            ModuleStatus.of(FSRS, s, policy, now),
                            s,
                            ModuleStatus.dueAt(FSRS, s, policy),
                            FSRS.retrievability(s, now)))
                    .orElseGet(() -> new ModuleMemory(moduleId, ModuleStatus.NOT_COMPLETED, null, null, null)));
        }
        Map<String, CompetencyMemory> competencies = new LinkedHashMap<>();
        reviews.byCompetency()
                .forEach((competency, list) -> MemoryHistory.replay(FSRS, list)
                        .ifPresent(state -> competencies.put(
                                competency,
                                new CompetencyMemory(
                                        competency,
                                        state,
                                        FSRS.retrievability(state, now),
                                        ModuleStatus.dueAt(FSRS, state, policy)))));
        return new LearnerMemory(modules, competencies);
    }

    /** The memory state of one module, empty until the learner completed it; what the due-date table stores. */
    static Optional<MemoryState> module(List<Practised> practice, String moduleId) {
        return Reviews.of(practice.stream()
                        .filter(p -> moduleId.equals(p.moduleId()))
                        .toList())
                .module(moduleId);
    }

    /** A learner's records read as FSRS reviews: per competency, per module, and which modules they completed. */
    private record Reviews(
            Map<String, List<Review>> byCompetency, Map<String, List<ModuleReview>> byModule, Set<String> completed) {
        static Reviews of(List<Practised> practice) {
            Reviews reviews = new Reviews(new LinkedHashMap<>(), new LinkedHashMap<>(), new java.util.HashSet<>());
            for (Practised record : practice) {
                switch (record.verb()) {
                    case ANSWERED -> {
                        Review review =
                                new Review(record.at(), Rating.forAnswer(Boolean.TRUE.equals(record.success())));
                        if (record.competency() != null) {
                            reviews.byCompetency
                                    .computeIfAbsent(record.competency(), c -> new ArrayList<>())
                                    .add(review);
                        }
                        if (record.moduleId() != null && isRefresherAnswer(record)) {
                            reviews.byModule
                                    .computeIfAbsent(record.moduleId(), m -> new ArrayList<>())
                                    .add(new ModuleReview(review, false));
                        }
                    }
                    case PASSED, FAILED -> {
                        if (record.moduleId() != null) {
                            double score = record.scoreScaled() == null ? 0 : record.scoreScaled();
                            reviews.byModule
                                    .computeIfAbsent(record.moduleId(), m -> new ArrayList<>())
                                    .add(new ModuleReview(
                                            new Review(
                                                    record.at(),
                                                    Rating.forModuleCheck(record.verb() == Verb.PASSED, score)),
                                            record.verb() == Verb.PASSED));
                        }
                    }
                    case COMPLETED -> {
                        if (record.moduleId() != null) {
                            reviews.completed.add(record.moduleId());
                        }
                    }
                    default -> {}
                }
            }
            return reviews;
        }

        Optional<MemoryState> module(String moduleId) {
            return completed.contains(moduleId)
                    ? replayModule(byModule.getOrDefault(moduleId, List.of()))
                    : Optional.empty();
        }
    }

    /** A review of a module: a check result or a refresher answer; a passed check sets a floor on stability. */
    private record ModuleReview(Review review, boolean passedCheck) {}

    /**
     * Folds a module's reviews as {@link MemoryHistory#replay} does (oldest first, ties in their order), then lifts
     * stability to {@link #PASSED_CHECK_MINIMUM_STABILITY} after every passed check. The floor enters the state, so
     * the due date, retrievability, status and remind-at moment all agree with it.
     */
    private static Optional<MemoryState> replayModule(List<ModuleReview> reviews) {
        MemoryState state = null;
        for (ModuleReview entry : reviews.stream()
                .sorted(java.util.Comparator.comparing(
                        (ModuleReview r) -> r.review().at()))
                .toList()) {
            Review review = entry.review();
            state = state == null
                    ? FSRS.first(review.rating(), review.at())
                    : FSRS.next(state, review.rating(), review.at());
            if (entry.passedCheck() && state.stability() < PASSED_CHECK_MINIMUM_STABILITY) {
                state = new MemoryState(PASSED_CHECK_MINIMUM_STABILITY, state.difficulty(), state.lastReview());
            }
        }
        return Optional.ofNullable(state);
    }

    static boolean isRefresherAnswer(Practised record) {
        return record.verb() == Verb.ANSWERED && record.activityPath().startsWith(ITEM_PATH);
    }

    static String itemId(Practised record) {
        return record.activityPath().substring(ITEM_PATH.length());
    }

    /**
     * An answer to a decision point in a micro-refresher. It carries its competency (so it counts for that
     * competency's memory) but no module: a case draws on several modules, and a module's memory is its own check
     * and items (decision 0006).
     */
    static boolean isDecisionAnswer(Practised record) {
        return record.verb() == Verb.ANSWERED && DecisionPoint.isKey(record.activityPath());
    }

    static boolean isSessionAnswer(Practised record) {
        return isRefresherAnswer(record) || isDecisionAnswer(record);
    }

    /** The session entry an answer belongs to: the item id, or the decision point's key (its activity path). */
    static String answerKey(Practised record) {
        return isRefresherAnswer(record) ? itemId(record) : record.activityPath();
    }
}
