package nl.signaal.simulation.engine;

/** One change of one variable; made by {@link Expressions#effects}. Ints are clamped into their range. */
public interface Effect {

    State apply(State s, ScenarioDefinition d);

    /** The effect as written, e.g. "trust += 1". */
    String source();
}
