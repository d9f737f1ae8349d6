package nl.signaal.simulation.engine;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The values of a scenario's variables (flags as 0/1); immutable, keys sorted. */
public record State(Map<String, Integer> values) {

    public State {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    /** The value of a variable; IllegalArgumentException when it is not part of this state. */
    public int get(String name) {
        Integer value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("unknown variable '" + name + "'");
        }
        return value;
    }

    public State with(String name, int value) {
        TreeMap<String, Integer> changed = new TreeMap<>(values);
        changed.put(name, value);
        return new State(changed);
    }
}
