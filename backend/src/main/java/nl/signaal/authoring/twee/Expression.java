package nl.signaal.authoring.twee;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The expression language of simulation-spec.md section 2, only as far as the importer needs it: parse what the
 * translation produced, check its types against the declared variables, and evaluate it for initial values.
 * Anything the importer writes has passed through here, so it parses and type-checks for the validator too.
 */
sealed interface Expression {

    enum Type {
        INT,
        BOOL;

        String word() {
            return this == INT ? "int" : "flag";
        }
    }

    final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    record Literal(Object value) implements Expression {}

    record Variable(String name) implements Expression {}

    record Not(Expression operand) implements Expression {}

    record Binary(String operator, Expression left, Expression right) implements Expression {}

    default Type type(Map<String, Type> variables) throws Invalid {
        return typeOf(this, variables);
    }

    /** One effect: {@code name = value}, {@code name += value} or {@code name -= value}. */
    record Effect(String name, String operator, Expression value) {

        /** Applies the effect to {@code state} (without clamping: the caller knows the ranges). */
        void apply(Map<String, Object> state) throws Invalid {
            Object v = value.evaluate(state);
            switch (operator) {
                case "=" -> state.put(name, v);
                case "+=" -> state.put(name, (Integer) state.get(name) + (Integer) v);
                default -> state.put(name, (Integer) state.get(name) - (Integer) v);
            }
        }

        void check(Map<String, Type> variables) throws Invalid {
            Type target = variables.get(name);
            if (target == null) {
                throw new Invalid("unknown variable '" + name + "'");
            }
            Type v = value.type(variables);
            if (!operator.equals("=") && target != Type.INT) {
                throw new Invalid("'" + operator + "' needs an int variable, '" + name + "' is a flag");
            }
            if (v != target) {
                throw new Invalid("'" + name + "' is " + (target == Type.INT ? "an int" : "a flag") + " but gets a "
                        + v.word() + " value");
            }
        }
    }

    default Object evaluate(Map<String, Object> state) throws Invalid {
        if (this instanceof Literal l) {
            return l.value();
        }
        if (this instanceof Variable v) {
            if (!state.containsKey(v.name())) {
                throw new Invalid("'" + v.name() + "' has no value yet");
            }
            return state.get(v.name());
        }
        if (this instanceof Not n) {
            return !(Boolean) n.operand().evaluate(state);
        }
        Binary b = (Binary) this;
        Object l = b.left().evaluate(state);
        Object r = b.right().evaluate(state);
        return switch (b.operator()) {
            case "and" -> (Boolean) l && (Boolean) r;
            case "or" -> (Boolean) l || (Boolean) r;
            case "==" -> l.equals(r);
            case "!=" -> !l.equals(r);
            case "<" -> (Integer) l < (Integer) r;
            case "<=" -> (Integer) l <= (Integer) r;
            case ">" -> (Integer) l > (Integer) r;
            case ">=" -> (Integer) l >= (Integer) r;
            case "+" -> (Integer) l + (Integer) r;
            default -> (Integer) l - (Integer) r;
        };
    }

    /** Parses a condition (the {@code or} rule). */
    static Expression parse(String text) throws Invalid {
        Parser parser = new Parser(text);
        Expression e = parser.or();
        parser.end();
        return e;
    }

    /** Parses effects ({@code effect ( ";" effect )*}). */
    static List<Effect> parseEffects(String text) throws Invalid {
        Parser parser = new Parser(text);
        List<Effect> effects = new ArrayList<>();
        do {
            String name = parser.name();
            String op = parser.take("+=", "-=", "=");
            if (op == null) {
                throw new Invalid("expected '=', '+=' or '-=' after '" + name + "'");
            }
            effects.add(new Effect(name, op, op.equals("=") ? parser.or() : parser.sum()));
        } while (parser.take(";") != null);
        parser.end();
        return effects;
    }

    /** Recursive descent over the grammar of section 2; whitespace free. */
    final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Expression or() throws Invalid {
            Expression e = and();
            while (word("or")) {
                e = new Binary("or", e, and());
            }
            return e;
        }

        private Expression and() throws Invalid {
            Expression e = not();
            while (word("and")) {
                e = new Binary("and", e, not());
            }
            return e;
        }

        private Expression not() throws Invalid {
            return word("not") ? new Not(not()) : comparison();
        }

        private Expression comparison() throws Invalid {
            Expression left = sum();
            String op = take("==", "!=", "<=", ">=", "<", ">");
            return op == null ? left : new Binary(op, left, sum());
        }

        Expression sum() throws Invalid {
            Expression e = atom();
            String op;
            while ((op = take("+", "-")) != null) {
                e = new Binary(op, e, atom());
            }
            return e;
        }

        private Expression atom() throws Invalid {
            space();
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                int start = pos;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
                try {
                    return new Literal(Integer.parseInt(text.substring(start, pos)));
                } catch (NumberFormatException e) {
                    throw new Invalid("number too large");
                }
            }
            if (take("(") != null) {
                Expression e = or();
                if (take(")") == null) {
                    throw new Invalid("missing ')'");
                }
                return e;
            }
            if (word("true")) {
                return new Literal(Boolean.TRUE);
            }
            if (word("false")) {
                return new Literal(Boolean.FALSE);
            }
            return new Variable(name());
        }

        String name() throws Invalid {
            space();
            int start = pos;
            while (pos < text.length() && isNameChar(text.charAt(pos))) {
                pos++;
            }
            String name = text.substring(start, pos);
            if (name.isEmpty()
                    || Character.isDigit(name.charAt(0))
                    || List.of("and", "or", "not", "true", "false").contains(name)) {
                pos = start;
                throw new Invalid("expected a value at column " + (start + 1));
            }
            return name;
        }

        private boolean word(String w) {
            space();
            if (text.startsWith(w, pos)
                    && (pos + w.length() == text.length() || !isNameChar(text.charAt(pos + w.length())))) {
                pos += w.length();
                return true;
            }
            return false;
        }

        String take(String... operators) {
            space();
            for (String op : operators) {
                if (text.startsWith(op, pos)) {
                    pos += op.length();
                    return op;
                }
            }
            return null;
        }

        void end() throws Invalid {
            space();
            if (pos < text.length()) {
                throw new Invalid("unexpected '" + text.substring(pos) + "'");
            }
        }

        private void space() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private static boolean isNameChar(char c) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
        }
    }

    /** Type rules of section 2. */
    static Type typeOf(Expression e, Map<String, Type> variables) throws Invalid {
        if (e instanceof Literal l) {
            return l.value() instanceof Boolean ? Type.BOOL : Type.INT;
        }
        if (e instanceof Variable v) {
            Type t = variables.get(v.name());
            if (t == null) {
                throw new Invalid("unknown variable '" + v.name() + "'");
            }
            return t;
        }
        if (e instanceof Not n) {
            need(n.operand(), Type.BOOL, "not", variables);
            return Type.BOOL;
        }
        Binary b = (Binary) e;
        switch (b.operator()) {
            case "and", "or" -> {
                need(b.left(), Type.BOOL, b.operator(), variables);
                need(b.right(), Type.BOOL, b.operator(), variables);
                return Type.BOOL;
            }
            case "==", "!=" -> {
                if (b.left().type(variables) != b.right().type(variables)) {
                    throw new Invalid("'" + b.operator() + "' compares an int with a flag");
                }
                return Type.BOOL;
            }
            case "+", "-" -> {
                need(b.left(), Type.INT, b.operator(), variables);
                need(b.right(), Type.INT, b.operator(), variables);
                return Type.INT;
            }
            default -> {
                need(b.left(), Type.INT, b.operator(), variables);
                need(b.right(), Type.INT, b.operator(), variables);
                return Type.BOOL;
            }
        }
    }

    private static void need(Expression e, Type type, String operator, Map<String, Type> variables) throws Invalid {
        if (e.type(variables) != type) {
            throw new Invalid("'" + operator + "' needs " + (type == Type.INT ? "numbers" : "true/false values"));
        }
    }
}
