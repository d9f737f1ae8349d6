package nl.signaal.simulation.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pure computation of the debrief page from a scenario and the decisions of a run.
 *
 * <p>Scores are measured against what was attainable on the path the learner took (decision 0030): at every
 * decision the learner met, the best choice on offer then sets the bar, so a learner is never scored on scenes
 * they never saw, and a short poor route cannot look perfect. The same best choice decides which decisions the
 * debrief names as mistakes ("why did it go this way?").
 */
public final class Debriefing {

    static final double WEAK_BELOW = 0.5;

    private Debriefing() {}

    /**
     * Replays the path from the start; IllegalArgumentException when a decision could not have been made there
     * (a run only ever records choices that were available, on the version it is pinned to).
     */
    public static Debrief of(ScenarioDefinition d, List<Decision> path) {
        String node = d.start();
        State state = d.initialState();
        List<DecisionReview> reviews = new ArrayList<>();
        for (Decision decision : path) {
            if (!decision.nodeId().equals(node)) {
                throw new IllegalArgumentException("decision " + (reviews.size() + 1) + " is in '" + decision.nodeId()
                        + "' but the run is at '" + node + "'");
            }
            List<Choice> available = Play.available(d, node, state);
            String recommended = available.stream()
                    .filter(Choice::recommended)
                    .map(Choice::id)
                    .findFirst()
                    .orElse(null);
            Step step;
            try {
                step = Play.choose(d, node, state, decision.choiceId());
            } catch (ChoiceUnavailable e) {
                throw new IllegalArgumentException("decision " + (reviews.size() + 1) + ": " + e.reason(), e);
            }
            Choice best = best(available);
            Choice chosen = step.choice();
            reviews.add(new DecisionReview(
                    reviews.size() + 1,
                    node,
                    chosen.id(),
                    recommended,
                    chosen.id().equals(recommended),
                    chosen.points(),
                    best.id(),
                    best.points(),
                    total(chosen) < total(best)));
            node = step.toNode();
            state = step.after();
        }
        Outcome outcome = d.node(node) instanceof Ending ending ? ending.outcome() : null;
        List<CompetencyScore> scores = scores(d, reviews);
        Set<LessonRef> readAgain = new LinkedHashSet<>();
        for (CompetencyScore score : scores) {
            if (score.weak()) {
                readAgain.addAll(d.readAgain().getOrDefault(score.competency(), List.of()));
            }
        }
        return new Debrief(outcome, reviews, recommendedPath(d), scores, List.copyOf(readAgain));
    }

    /**
     * The best choice on offer: the recommended one when it is (authors mark the best choice of a scene), else the
     * one with the most points in total, the first in authored order on a tie. Never empty: a run only meets scenes
     * with a choice on offer (the engine would not let it reach one without).
     */
    public static Choice best(List<Choice> available) {
        return available.stream()
                .filter(Choice::recommended)
                .findFirst()
                .orElseGet(() -> available.stream()
                        .max(Comparator.comparingInt(Debriefing::total)
                                // max keeps the last of equals; reversed index keeps the first authored
                                .thenComparing(Comparator.comparingInt(available::indexOf)
                                        .reversed()))
                        .orElseThrow());
    }

    /** A choice's points over all competencies: how "best" and "below the best" are compared. */
    public static int total(Choice choice) {
        return choice.points().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Follows recommended choices from the start while one is available, stopping before any repeat. */
    private static List<Decision> recommendedPath(ScenarioDefinition d) {
        List<Decision> path = new ArrayList<>();
        String node = d.start();
        State state = d.initialState();
        Set<String> seen = new HashSet<>();
        while (seen.add(node + " " + state.values())) {
            String recommended = Play.available(d, node, state).stream()
                    .filter(Choice::recommended)
                    .map(Choice::id)
                    .findFirst()
                    .orElse(null);
            if (recommended == null) {
                break;
            }
            path.add(new Decision(node, recommended));
            try {
                Step step = Play.choose(d, node, state, recommended);
                node = step.toNode();
                state = step.after();
            } catch (ChoiceUnavailable e) {
                throw new IllegalStateException(e); // it was available a line ago
            }
        }
        return path;
    }

    /**
     * Per competency: earned is the signed sum of the chosen choices' points; attainable sums, per decision met,
     * the best choice's points, or the chosen choice's where it gave more in this competency (so earned never
     * exceeds attainable), and never less than 0 (a decision cannot make a competency owe points).
     */
    private static List<CompetencyScore> scores(ScenarioDefinition d, List<DecisionReview> reviews) {
        List<CompetencyScore> scores = new ArrayList<>();
        for (String competency : d.competencies()) {
            int earned = 0;
            int attainable = 0;
            for (DecisionReview review : reviews) {
                int chosen = points(review.points(), competency);
                earned += chosen;
                attainable += Math.max(0, Math.max(chosen, points(review.bestPoints(), competency)));
            }
            scores.add(CompetencyScore.of(competency, earned, attainable));
        }
        return scores;
    }

    private static int points(Map<String, Integer> points, String competency) {
        return points.getOrDefault(competency, 0);
    }
}
