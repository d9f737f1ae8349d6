package nl.signaal.simulation.engine;

/** A declared state variable; a flag has initial 0 or 1 and the range [0, 1]. */
public record VariableDeclaration(String name, VariableType type, int initial, int min, int max) {

    public static VariableDeclaration flag(String name, boolean initial) {
        return new VariableDeclaration(name, VariableType.FLAG, initial ? 1 : 0, 0, 1);
    }

    int clamp(int value) {
        return Math.max(min, Math.min(max, value));
    }
}
