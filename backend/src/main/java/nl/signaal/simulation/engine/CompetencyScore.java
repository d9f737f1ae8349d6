package nl.signaal.simulation.engine;

/** How a run did on one competency; score is 0..1 and weak means below 0.5. */
public record CompetencyScore(String competency, int earned, int possible, double score, boolean weak) {}
