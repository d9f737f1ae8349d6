package nl.signaal.simulation.engine;

import java.util.Map;

/** One decision of a run in the debrief; step counts from 1, recommendedChoiceId is null when the scene has none. */
public record DecisionReview(
        int step,
        String nodeId,
        String chosenChoiceId,
        String recommendedChoiceId,
        boolean followedRecommendation,
        Map<String, Integer> points) {

    public DecisionReview {
        points = Map.copyOf(points);
    }
}
