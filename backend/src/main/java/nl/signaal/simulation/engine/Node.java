package nl.signaal.simulation.engine;

/** A point in a scenario: a scene with choices, or an ending. */
public sealed interface Node permits Scene, Ending {
    String id();
}
