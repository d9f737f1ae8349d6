package nl.signaal.refresher;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import nl.signaal.learning.SectorOrder;

/**
 * Whether a micro-refresher asks a decision point from a case simulation, and which (decision 0006). Every fifth
 * session of a learner (the 5th, 10th, ...) has a slot for one; it is filled when a decision point practises one of
 * the learner's two weakest competencies, the weakest first. Among those: not answered in the last 7 days first,
 * then with the case text in the learner's locale, then from a scenario for the learner's sector (then general
 * ones), then in the order of a random seeded by the session id. It replaces the last of the session's items, so a
 * session stays at most {@value PickingItems#SIZE} long.
 */
final class PickingDecisionPoint {
    static final int EVERY = 5;
    static final int WEAKEST = 2;

    private PickingDecisionPoint() {}

    /** True for a learner's 5th, 10th, ... session: {@code earlierSessions} is how many they started before it. */
    static boolean hasSlot(long earlierSessions) {
        return earlierSessions % EVERY == EVERY - 1;
    }

    /**
     * The weakest competencies first: never practised before practised, then by retrievability, lowest first;
     * ties in the order of a random (seeded by the session id), as {@link PickingItems} breaks them.
     */
    static List<String> weakest(Collection<String> competencies, Map<String, Double> retrievability, Random random) {
        List<String> ordered = new ArrayList<>(competencies);
        Collections.shuffle(ordered, random);
        ordered.sort(Comparator.comparing(competency -> retrievability.getOrDefault(competency, -1.0)));
        return ordered;
    }

    /**
     * @param candidates     every decision point content marks
     * @param weakest        competencies, weakest first ({@link #weakest})
     * @param recentlyAsked  decision point keys answered in the last 7 days
     * @param sector         the learner's organisation's sector, if known
     * @param random         seeded by the session id
     */
    static Optional<DecisionPoint> pick(
            List<DecisionPoint> candidates,
            List<String> weakest,
            Set<String> recentlyAsked,
            @Nullable String sector,
            String locale,
            Random random) {
        for (String competency : weakest.subList(0, Math.min(WEAKEST, weakest.size()))) {
            List<DecisionPoint> fitting = new ArrayList<>(candidates.stream()
                    .filter(point -> point.competency().equals(competency))
                    .toList());
            Collections.shuffle(fitting, random);
            Optional<DecisionPoint> best = fitting.stream()
                    .min(Comparator.comparing((DecisionPoint point) -> recentlyAsked.contains(point.key()))
                            .thenComparing(point -> !point.translatedInto(locale))
                            .thenComparingInt(point -> SectorOrder.rank(
                                    point.scenario().definition().targetGroups(), sector)));
            if (best.isPresent()) {
                return best;
            }
        }
        return Optional.empty();
    }

    /** The session's entries with the decision point in place of the last item when the session is full. */
    static List<String> withDecisionPoint(List<String> itemIds, DecisionPoint point) {
        List<String> entries = new ArrayList<>(itemIds.subList(0, Math.min(itemIds.size(), PickingItems.SIZE - 1)));
        entries.add(point.key());
        return entries;
    }
}
