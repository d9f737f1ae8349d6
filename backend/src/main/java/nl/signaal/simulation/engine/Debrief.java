package nl.signaal.simulation.engine;

import java.util.List;

/** The debrief of a run; outcome is null when the path did not reach an ending. */
public record Debrief(
        Outcome outcome,
        List<DecisionReview> decisions,
        List<Decision> recommendedPath,
        List<CompetencyScore> competencies,
        List<LessonRef> readAgain) {

    public Debrief {
        decisions = List.copyOf(decisions);
        recommendedPath = List.copyOf(recommendedPath);
        competencies = List.copyOf(competencies);
        readAgain = List.copyOf(readAgain);
    }

    /** The decisions that scored below the best choice on offer then, in the order they were made (decision 0030). */
    public List<DecisionReview> mistakes() {
        return decisions.stream().filter(DecisionReview::belowBest).toList();
    }
}
