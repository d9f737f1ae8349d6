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
}
