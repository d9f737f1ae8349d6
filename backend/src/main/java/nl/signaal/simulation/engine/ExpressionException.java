package nl.signaal.simulation.engine;

import java.util.Optional;

/** A condition or effect that does not parse or mixes types; column is 1-based within the expression. */
public final class ExpressionException extends Exception {

    private final int column;
    private final String unknownVariable;

    ExpressionException(String message, int column) {
        this(message, column, null);
    }

    private ExpressionException(String message, int column, String unknownVariable) {
        super(message);
        this.column = column;
        this.unknownVariable = unknownVariable;
    }

    static ExpressionException unknownVariable(String name, int column) {
        return new ExpressionException("unknown variable '" + name + "'", column, name);
    }

    public int column() {
        return column;
    }

    /** The name when the problem is an undeclared variable, so a caller can suggest the nearest declared one. */
    public Optional<String> unknownVariable() {
        return Optional.ofNullable(unknownVariable);
    }
}
