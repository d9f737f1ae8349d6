package nl.signaal.simulation.engine;

import java.util.Map;

/**
 * One decision of a run in the debrief; step counts from 1, recommendedChoiceId is null when the scene has none
 * available. bestChoiceId is the best choice on offer at that moment (Debriefing#best); belowBest says the chosen
 * choice scored fewer points in total than it: exactly these decisions are the run's mistakes.
 */
public record DecisionReview(
        int step,
        String nodeId,
        String chosenChoiceId,
        String recommendedChoiceId,
        boolean followedRecommendation,
        Map<String, Integer> points,
        String bestChoiceId,
        Map<String, Integer> bestPoints,
        boolean belowBest) {

    public DecisionReview {
        points = Map.copyOf(points);
        bestPoints = Map.copyOf(bestPoints);
    }
}
