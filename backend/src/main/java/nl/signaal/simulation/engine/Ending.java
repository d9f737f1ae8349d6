package nl.signaal.simulation.engine;

/** Where a run ends, with how well it went. */
public record Ending(String id, Outcome outcome) implements Node {}
