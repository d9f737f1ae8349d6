package nl.signaal.simulation.engine;

/** A choice made in a scene, as a run records it. */
public record Decision(String nodeId, String choiceId) {}
