package nl.signaal.simulation.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Pure computation of the debrief page from a scenario and the decisions of a run. */
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
            String recommended = recommendedAvailable(d, node, state);
            Step step;
            try {
                step = Play.choose(d, node, state, decision.choiceId());
            } catch (ChoiceUnavailable e) {
                throw new IllegalArgumentException("decision " + (reviews.size() + 1) + ": " + e.reason(), e);
            }
            reviews.add(new DecisionReview(
                    reviews.size() + 1,
                    node,
                    decision.choiceId(),
                    recommended,
                    decision.choiceId().equals(recommended),
                    step.choice().points()));
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

    /** The scene's recommended choice when it is available in this state; else null. */
    private static String recommendedAvailable(ScenarioDefinition d, String node, State state) {
        return Play.available(d, node, state).stream()
                .filter(Choice::recommended)
                .map(Choice::id)
                .findFirst()
                .orElse(null);
    }

    /** Follows recommended choices from the start while one is available, stopping before any repeat. */
    private static List<Decision> recommendedPath(ScenarioDefinition d) {
        List<Decision> path = new ArrayList<>();
        String node = d.start();
        State state = d.initialState();
        Set<String> seen = new HashSet<>();
        while (seen.add(node + " " + state.values())) {
            String recommended = recommendedAvailable(d, node, state);
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

    private static List<CompetencyScore> scores(ScenarioDefinition d, List<DecisionReview> reviews) {
        List<CompetencyScore> scores = new ArrayList<>();
        for (String competency : d.competencies()) {
            int earned = 0;
            int possible = 0;
            for (DecisionReview review : reviews) {
                earned += review.points().getOrDefault(competency, 0);
                Scene scene = (Scene) d.node(review.nodeId());
                possible += Math.max(0, best(scene, competency));
            }
            double score = possible == 0 ? 1 : Math.max(0, Math.min(1, (double) earned / possible));
            scores.add(new CompetencyScore(competency, earned, possible, score, score < WEAK_BELOW));
        }
        return scores;
    }

    /** The most points any choice of the scene gives for the competency, available or not. */
    private static int best(Scene scene, String competency) {
        return scene.choices().stream()
                .mapToInt(choice -> choice.points().getOrDefault(competency, 0))
                .max()
                .orElse(0);
    }
}
