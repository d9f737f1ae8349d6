package nl.signaal.simulation.engine;

public enum Outcome {
    GOOD,
    PARTIAL,
    POOR
}
