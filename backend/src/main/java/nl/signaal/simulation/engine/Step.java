package nl.signaal.simulation.engine;

/** One choice made: from which node, what was chosen, the state after its effects, and where it leads. */
public record Step(String fromNode, Choice choice, State after, String toNode) {}
