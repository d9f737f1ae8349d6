package nl.signaal.refresher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.signaal.content.RefresherItem;

/**
 * Which items a micro-refresher asks. Items answered in the last 7 days come last; before them, the weakest
 * competencies first (never practised before any practised one, then by retrievability, lowest first), in a
 * shuffled order within a competency. At most {@value #PER_COMPETENCY} items of one competency while others are
 * left, so a session still covers more than one subject.
 */
final class PickingItems {
    static final int SIZE = 5;
    static final int PER_COMPETENCY = 3;

    private PickingItems() {}

    /**
     * @param pool             the candidate items (from the modules the learner completed, else all)
     * @param retrievability   by competency, for the competencies the learner has practised
     * @param recentlyAnswered item ids answered in the last 7 days
     * @param random           seeded by the session id, so a session's choice can be reproduced
     */
    static List<RefresherItem> pick(
            List<RefresherItem> pool, Map<String, Double> retrievability, Set<String> recentlyAnswered, Random random) {
        List<RefresherItem> ordered = new ArrayList<>(pool);
        Collections.shuffle(ordered, random);
        ordered.sort(Comparator.comparing(item -> retrievability.getOrDefault(item.competency(), -1.0)));
        List<RefresherItem> fresh = ordered.stream()
                .filter(item -> !recentlyAnswered.contains(item.id()))
                .toList();
        List<RefresherItem> picked = new ArrayList<>();
        Map<String, Integer> perCompetency = new HashMap<>();
        for (RefresherItem item : fresh) {
            if (picked.size() < SIZE && perCompetency.getOrDefault(item.competency(), 0) < PER_COMPETENCY) {
                picked.add(item);
                perCompetency.merge(item.competency(), 1, Integer::sum);
            }
        }
        List<RefresherItem> rest = new ArrayList<>(fresh);
        rest.addAll(ordered.stream()
                .filter(item -> recentlyAnswered.contains(item.id()))
                .toList());
        for (RefresherItem item : rest) {
            if (picked.size() < SIZE && !picked.contains(item)) {
                picked.add(item);
            }
        }
        return picked;
    }
}
