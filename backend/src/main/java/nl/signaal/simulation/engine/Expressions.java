package nl.signaal.simulation.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The expression language of conditions and effects (spec section 2): tokenised, parsed by recursive descent into
 * a small tree and type-checked against the declared variables. Evaluation only ever walks that tree: there are no
 * function calls and nothing is executed.
 */
public final class Expressions {

    private Expressions() {}

    public static Condition condition(String source, List<VariableDeclaration> variables) throws ExpressionException {
        Parser parser = new Parser(source, variables);
        Expr expr = parser.or();
        parser.expectEnd("unexpected %s after the condition");
        Type type = parser.check(expr);
        if (type != Type.BOOL) {
            throw new ExpressionException("a condition must be true or false (bool), not a number (int)", 1);
        }
        return new ParsedCondition(source.strip(), expr);
    }

    public static List<Effect> effects(String source, List<VariableDeclaration> variables) throws ExpressionException {
        Parser parser = new Parser(source, variables);
        List<Effect> effects = new ArrayList<>();
        effects.add(parser.effect());
        while (parser.peek().kind() == Kind.SEMICOLON) {
            parser.next();
            effects.add(parser.effect());
        }
        parser.expectEnd("expected ';' between effects, found %s");
        return List.copyOf(effects);
    }

    // ---- tokens

    private enum Kind {
        INTEGER,
        NAME,
        TRUE,
        FALSE,
        AND,
        OR,
        NOT,
        LPAREN,
        RPAREN,
        SEMICOLON,
        OPERATOR,
        END
    }

    private record Token(Kind kind, String text, int column) {
        String describe() {
            return kind == Kind.END ? "the end" : "'" + text + "'";
        }
    }

    private static final List<String> OPERATORS = List.of("==", "!=", "<=", ">=", "+=", "-=", "<", ">", "+", "-", "=");
    private static final Map<String, Kind> KEYWORDS =
            Map.of("true", Kind.TRUE, "false", Kind.FALSE, "and", Kind.AND, "or", Kind.OR, "not", Kind.NOT);

    private static List<Token> tokenize(String source) throws ExpressionException {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            int column = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c >= '0' && c <= '9') {
                int end = i;
                while (end < source.length() && Character.isDigit(source.charAt(end)) && source.charAt(end) < 128) {
                    end++;
                }
                String digits = source.substring(i, end);
                if (digits.length() > 9) {
                    throw new ExpressionException("number " + digits + " is too large", column);
                }
                tokens.add(new Token(Kind.INTEGER, digits, column));
                i = end;
            } else if (isNameStart(c)) {
                int end = i;
                while (end < source.length()
                        && (isNameStart(source.charAt(end))
                                || Character.isDigit(source.charAt(end)) && source.charAt(end) < 128)) {
                    end++;
                }
                String name = source.substring(i, end);
                tokens.add(new Token(KEYWORDS.getOrDefault(name, Kind.NAME), name, column));
                i = end;
            } else if (c == '(' || c == ')' || c == ';') {
                tokens.add(new Token(
                        c == '(' ? Kind.LPAREN : c == ')' ? Kind.RPAREN : Kind.SEMICOLON, String.valueOf(c), column));
                i++;
            } else {
                String operator = null;
                for (String candidate : OPERATORS) {
                    if (source.startsWith(candidate, i)) {
                        operator = candidate;
                        break;
                    }
                }
                if (operator == null) {
                    throw new ExpressionException(
                            "unexpected character '" + source.substring(i, source.offsetByCodePoints(i, 1)) + "'",
                            column);
                }
                tokens.add(new Token(Kind.OPERATOR, operator, column));
                i += operator.length();
            }
        }
        tokens.add(new Token(Kind.END, "", source.length() + 1));
        return tokens;
    }

    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    // ---- tree

    private enum Type {
        INT("int"),
        BOOL("bool");

        private final String name;

        Type(String name) {
            this.name = name;
        }
    }

    private sealed interface Expr permits Literal, Variable, Not, Binary {
        int column();
    }

    private record Literal(int value, Type type, int column) implements Expr {}

    private record Variable(VariableDeclaration declaration, int column) implements Expr {}

    private record Not(Expr operand, int column) implements Expr {}

    /** column() is where the expression starts, for messages about it as an operand. */
    private record Binary(String operator, Expr left, Expr right, int operatorColumn) implements Expr {
        @Override
        public int column() {
            return left.column();
        }
    }

    /** Booleans evaluate to 1 (true) and 0 (false); the type check has made sure they are never mixed with ints. */
    private static int evaluate(Expr expr, State state) {
        if (expr instanceof Literal literal) {
            return literal.value();
        }
        if (expr instanceof Variable variable) {
            return state.get(variable.declaration().name());
        }
        if (expr instanceof Not not) {
            return evaluate(not.operand(), state) == 0 ? 1 : 0;
        }
        Binary binary = (Binary) expr;
        int left = evaluate(binary.left(), state);
        int right = evaluate(binary.right(), state);
        return switch (binary.operator()) {
            case "+" -> left + right;
            case "-" -> left - right;
            case "==" -> left == right ? 1 : 0;
            case "!=" -> left != right ? 1 : 0;
            case "<" -> left < right ? 1 : 0;
            case "<=" -> left <= right ? 1 : 0;
            case ">" -> left > right ? 1 : 0;
            case ">=" -> left >= right ? 1 : 0;
            case "and" -> left != 0 && right != 0 ? 1 : 0;
            case "or" -> left != 0 || right != 0 ? 1 : 0;
            default -> throw new IllegalStateException("operator " + binary.operator());
        };
    }

    private record ParsedCondition(String source, Expr expr) implements Condition {
        @Override
        public boolean holds(State s) {
            return evaluate(expr, s) != 0;
        }

        @Override
        public String toString() {
            return source;
        }
    }

    private record Assignment(String source, VariableDeclaration target, String operator, Expr value)
            implements Effect {
        @Override
        public State apply(State s, ScenarioDefinition d) {
            int current = s.get(target.name());
            int value = evaluate(this.value, s);
            int result = switch (operator) {
                case "+=" -> current + value;
                case "-=" -> current - value;
                default -> value;
            };
            // Clamped into the range the scenario declares (the declaration read with the scenario wins).
            VariableDeclaration declared = d.variable(target.name()).orElse(target);
            return s.with(target.name(), declared.clamp(result));
        }

        @Override
        public String toString() {
            return source;
        }
    }

    // ---- parser and type checker

    /** Far beyond any condition or effect an author writes, far below what would overflow the stack. */
    static final int MAX_TOKENS = 200;

    private static final class Parser {

        private final String source;
        private final Map<String, VariableDeclaration> variables;
        private final List<Token> tokens;
        private int position;

        Parser(String source, List<VariableDeclaration> variables) throws ExpressionException {
            this.source = source;
            this.variables = variables.stream()
                    .collect(Collectors.toMap(VariableDeclaration::name, Function.identity(), (a, b) -> a));
            this.tokens = tokenize(source);
            if (tokens.size() > MAX_TOKENS) {
                // Parsing, checking and evaluating recurse per level: a bound on the parts bounds the depth.
                throw new ExpressionException(
                        "expression too long: at most " + MAX_TOKENS + " names, numbers and operators; split it up",
                        tokens.get(MAX_TOKENS).column());
            }
        }

        Token peek() {
            return tokens.get(position);
        }

        Token next() {
            return tokens.get(position++);
        }

        void expectEnd(String message) throws ExpressionException {
            Token token = peek();
            if (token.kind() != Kind.END) {
                throw new ExpressionException(String.format(message, token.describe()) + hint(token), token.column());
            }
        }

        // or := and ("or" and)*
        Expr or() throws ExpressionException {
            Expr left = and();
            while (peek().kind() == Kind.OR) {
                Token operator = next();
                left = new Binary("or", left, and(), operator.column());
            }
            return left;
        }

        // and := not ("and" not)*
        Expr and() throws ExpressionException {
            Expr left = not();
            while (peek().kind() == Kind.AND) {
                Token operator = next();
                left = new Binary("and", left, not(), operator.column());
            }
            return left;
        }

        // not := "not" not | comparison
        Expr not() throws ExpressionException {
            if (peek().kind() == Kind.NOT) {
                Token operator = next();
                return new Not(not(), operator.column());
            }
            return comparison();
        }

        // comparison := sum (("==" | "!=" | "<" | "<=" | ">" | ">=") sum)?
        Expr comparison() throws ExpressionException {
            Expr left = sum();
            Token token = peek();
            if (token.kind() == Kind.OPERATOR
                    && List.of("==", "!=", "<", "<=", ">", ">=").contains(token.text())) {
                next();
                return new Binary(token.text(), left, sum(), token.column());
            }
            return left;
        }

        // sum := atom (("+" | "-") atom)*
        Expr sum() throws ExpressionException {
            Expr left = atom();
            while (peek().kind() == Kind.OPERATOR
                    && (peek().text().equals("+") || peek().text().equals("-"))) {
                Token operator = next();
                left = new Binary(operator.text(), left, atom(), operator.column());
            }
            return left;
        }

        // atom := INTEGER | "true" | "false" | NAME | "(" or ")"
        Expr atom() throws ExpressionException {
            Token token = next();
            switch (token.kind()) {
                case INTEGER:
                    return new Literal(Integer.parseInt(token.text()), Type.INT, token.column());
                case TRUE:
                case FALSE:
                    return new Literal(token.kind() == Kind.TRUE ? 1 : 0, Type.BOOL, token.column());
                case NAME:
                    return new Variable(variable(token), token.column());
                case LPAREN:
                    Expr inner = or();
                    Token close = next();
                    if (close.kind() != Kind.RPAREN) {
                        throw new ExpressionException(
                                "expected ')' to close the '(' at column " + token.column() + ", found "
                                        + close.describe() + hint(close),
                                close.column());
                    }
                    return inner;
                default:
                    throw new ExpressionException(
                            "expected a number, true, false, a variable or '(', found " + token.describe()
                                    + hint(token),
                            token.column());
            }
        }

        // effect := NAME "=" or | NAME "+=" sum | NAME "-=" sum
        Effect effect() throws ExpressionException {
            Token name = next();
            if (name.kind() != Kind.NAME) {
                throw new ExpressionException("expected a variable name, found " + name.describe(), name.column());
            }
            VariableDeclaration target = variable(name);
            Token operator = next();
            if (operator.kind() != Kind.OPERATOR || !List.of("=", "+=", "-=").contains(operator.text())) {
                throw new ExpressionException(
                        "expected '=', '+=' or '-=' after '" + name.text() + "', found " + operator.describe(),
                        operator.column());
            }
            Type targetType = target.type() == VariableType.FLAG ? Type.BOOL : Type.INT;
            Expr value;
            if (operator.text().equals("=")) {
                value = or();
                Type type = check(value);
                if (type != targetType) {
                    throw new ExpressionException(
                            "cannot assign " + type.name + " to " + targetType.name + " variable '" + target.name()
                                    + "'",
                            value.column());
                }
            } else {
                if (target.type() == VariableType.FLAG) {
                    throw new ExpressionException(
                            "'" + operator.text() + "' works only on int variables; '" + target.name()
                                    + "' is a flag: use '" + target.name() + " = true' or '= false'",
                            operator.column());
                }
                value = sum();
                operand(operator.text(), value, Type.INT);
            }
            int start = name.column() - 1;
            int end = peek().column() - 1;
            return new Assignment(source.substring(start, end).strip(), target, operator.text(), value);
        }

        private VariableDeclaration variable(Token name) throws ExpressionException {
            VariableDeclaration declaration = variables.get(name.text());
            if (declaration == null) {
                throw ExpressionException.unknownVariable(name.text(), name.column());
            }
            return declaration;
        }

        /** A hint for the most common slip: '=' where '==' was meant. */
        private static String hint(Token token) {
            return token.kind() == Kind.OPERATOR && token.text().equals("=") ? " (write '==' to compare)" : "";
        }

        Type check(Expr expr) throws ExpressionException {
            if (expr instanceof Literal literal) {
                return literal.type();
            }
            if (expr instanceof Variable variable) {
                return variable.declaration().type() == VariableType.FLAG ? Type.BOOL : Type.INT;
            }
            if (expr instanceof Not not) {
                operand("not", not.operand(), Type.BOOL);
                return Type.BOOL;
            }
            Binary binary = (Binary) expr;
            switch (binary.operator()) {
                case "+", "-" -> {
                    operand(binary.operator(), binary.left(), Type.INT);
                    operand(binary.operator(), binary.right(), Type.INT);
                    return Type.INT;
                }
                case "<", "<=", ">", ">=" -> {
                    operand(binary.operator(), binary.left(), Type.INT);
                    operand(binary.operator(), binary.right(), Type.INT);
                    return Type.BOOL;
                }
                case "and", "or" -> {
                    operand(binary.operator(), binary.left(), Type.BOOL);
                    operand(binary.operator(), binary.right(), Type.BOOL);
                    return Type.BOOL;
                }
                default -> { // == !=
                    Type left = check(binary.left());
                    Type right = check(binary.right());
                    if (left != right) {
                        throw new ExpressionException(
                                "'" + binary.operator() + "' needs both sides of one type, not " + left.name + " and "
                                        + right.name,
                                binary.operatorColumn());
                    }
                    return Type.BOOL;
                }
            }
        }

        private void operand(String operator, Expr operand, Type expected) throws ExpressionException {
            Type type = check(operand);
            if (type != expected) {
                throw new ExpressionException(
                        "'" + operator + "' needs " + expected.name + ", not " + type.name, operand.column());
            }
        }
    }
}
