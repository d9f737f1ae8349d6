package nl.signaal.simulation.engine;

/** int variables hold whole numbers within [min, max]; flags are true/false, stored as 1/0. */
public enum VariableType {
    INT,
    FLAG
}
