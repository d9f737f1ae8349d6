package nl.signaal.authoring.twee;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Translates Harlowe and SugarCube expressions into the expression language of simulation-spec.md section 2.
 * Only story variables ({@code $name}), whole non-negative numbers, true/false, comparison, arithmetic with
 * {@code + -}, and {@code and or not} are translated; everything else (text values, temporary variables,
 * {@code contains}, JavaScript) is refused with a reason.
 */
final class TwineExpressions {

    /** A Twine expression that the expression language cannot say; the message says why. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    /** An assignment as Twine wrote it: {@code $name} and the operator in our terms ({@code = += -=}). */
    record Assignment(String variable, String operator, String value) {}

    private TwineExpressions() {}

    /** Our variable name for a Twine one: {@code $hasAsked} and {@code $has_asked} become {@code has_asked}. */
    static String variableName(String twineName) {
        String name = twineName.startsWith("$") ? twineName.substring(1) : twineName;
        name = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_")
                .replaceAll("_+", "_");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name = "v_" + name;
        }
        return name;
    }

    /** Our condition for a Twine one, e.g. {@code $trust gte 3 and not $asked} to {@code trust >= 3 and not asked}. */
    static String condition(String twine) throws Invalid {
        return translate(twine, null);
    }

    /**
     * Splits the body of {@code (set:)}, {@code (put:)} or {@code <<set>>} into assignments. {@code harlowe} selects
     * {@code ,} as separator and {@code to}/{@code into} as operators; SugarCube also has {@code = += -= ++ --} and
     * {@code ;}.
     */
    static List<Assignment> assignments(String body, boolean put) throws Invalid {
        List<Assignment> result = new ArrayList<>();
        for (String part : splitTopLevel(body)) {
            String s = part.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (put) {
                int into = lastWord(s, "into");
                if (into < 0) {
                    throw new Invalid("expected 'into'");
                }
                result.add(new Assignment(
                        variable(s.substring(into + 4).strip()),
                        "=",
                        s.substring(0, into).strip()));
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                            "^(\\S+?)\\s*(\\bto\\b|\\+\\+|--|\\+=|-=|\\*=|/=|%=|=(?!=))(.*)$",
                            java.util.regex.Pattern.DOTALL)
                    .matcher(s);
            if (!m.matches()) {
                throw new Invalid("expected '$name to value'");
            }
            String target = variable(m.group(1));
            String op = m.group(2);
            String value = m.group(3).strip();
            switch (op) {
                case "to", "=" -> result.add(new Assignment(target, "=", value));
                case "+=", "-=" -> result.add(new Assignment(target, op, value));
                case "++", "--" -> {
                    if (!value.isEmpty()) {
                        throw new Invalid("unexpected '" + value + "'");
                    }
                    result.add(new Assignment(target, op.equals("++") ? "+=" : "-=", "1"));
                }
                default -> throw new Invalid("'" + op + "' is not supported");
            }
        }
        return result;
    }

    /**
     * Our effect text for one assignment: {@code $x to $x + 1} becomes {@code x += 1}; Harlowe's {@code it} is the
     * variable being set.
     */
    static String effect(Assignment a) throws Invalid {
        String name = variableName(a.variable());
        String value = translate(a.value(), name);
        if (a.operator().equals("=")) {
            for (String op : List.of("+", "-")) {
                String prefix = name + " " + op + " ";
                String rest = value.startsWith(prefix) ? value.substring(prefix.length()) : "";
                if (rest.matches("[0-9]+|[a-z][a-z0-9_]*")) {
                    return name + " " + op + "= " + rest;
                }
            }
        }
        return name + " " + a.operator() + " " + value;
    }

    private static String variable(String s) throws Invalid {
        if (s.startsWith("_")) {
            throw new Invalid("temporary variable '" + s + "' is not supported");
        }
        if (!s.matches("\\$[A-Za-z_][A-Za-z0-9_]*")) {
            throw new Invalid("'" + s + "' is not a story variable");
        }
        return s;
    }

    private static int lastWord(String s, String word) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\b" + word + "\\b").matcher(s);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        return at;
    }

    /** Splits on {@code ,} and {@code ;} outside brackets and quotes. */
    static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if ((c == ',' || c == ';') && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("is", "=="),
            Map.entry("isnot", "!="),
            Map.entry("eq", "=="),
            Map.entry("neq", "!="),
            Map.entry("gt", ">"),
            Map.entry("gte", ">="),
            Map.entry("lt", "<"),
            Map.entry("lte", "<="),
            Map.entry("and", "and"),
            Map.entry("or", "or"),
            Map.entry("not", "not"),
            Map.entry("true", "true"),
            Map.entry("false", "false"));

    private static final List<String> SYMBOLS =
            List.of("===", "!==", "==", "!=", ">=", "<=", "&&", "||", ">", "<", "!", "+", "-", "(", ")");

    private static final Map<String, String> SYMBOL_MEANING =
            Map.of("===", "==", "!==", "!=", "&&", "and", "||", "or", "!", "not");

    /** Token-by-token translation; {@code it} is the variable of a Harlowe {@code (set:)}, null elsewhere. */
    private static String translate(String twine, String it) throws Invalid {
        List<String> out = new ArrayList<>();
        int pos = 0;
        String s = twine.strip();
        if (s.isEmpty()) {
            throw new Invalid("empty expression");
        }
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
                continue;
            }
            if (c == '$' || c == '_' || Character.isLetter(c)) {
                int start = pos++;
                while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                    pos++;
                }
                String word = s.substring(start, pos);
                if (c == '$') {
                    out.add(variableName(word));
                } else if (c == '_') {
                    throw new Invalid("temporary variable '" + word + "' is not supported");
                } else if (word.equals("it") && it != null) {
                    out.add(it);
                } else if (word.equals("is") && nextWord(s, pos).equals("not")) {
                    pos = s.indexOf("not", pos) + 3;
                    out.add("!=");
                } else if (word.equals("is") && nextWord(s, pos).equals("in")
                        || word.equals("contains")
                        || word.equals("in")) {
                    throw new Invalid("'" + word + "' (collections) is not supported");
                } else if (WORDS.containsKey(word)) {
                    out.add(WORDS.get(word));
                } else {
                    throw new Invalid("'" + word + "' is not supported");
                }
                continue;
            }
            if (Character.isDigit(c)) {
                int start = pos;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
                if (pos < s.length() && s.charAt(pos) == '.') {
                    throw new Invalid("decimal numbers are not supported");
                }
                out.add(String.valueOf(Integer.parseInt(s.substring(start, pos))));
                continue;
            }
            if (c == '"' || c == '\'' || c == '`') {
                throw new Invalid("text values are not supported");
            }
            String symbol = null;
            for (String candidate : SYMBOLS) {
                if (s.startsWith(candidate, pos)) {
                    symbol = candidate;
                    break;
                }
            }
            if (symbol == null) {
                throw new Invalid("'" + c + "' is not supported");
            }
            pos += symbol.length();
            String ours = SYMBOL_MEANING.getOrDefault(symbol, symbol);
            boolean unary = out.isEmpty()
                    || List.of("(", "and", "or", "not", "==", "!=", "<", "<=", ">", ">=", "+", "-")
                            .contains(out.get(out.size() - 1));
            if (ours.equals("-") && unary) {
                throw new Invalid("negative numbers are not supported");
            }
            if (List.of("==", "!=", "<", "<=", ">", ">=").contains(ours)
                    && out.size() >= 1
                    && List.of("and", "or").contains(out.get(out.size() - 1))) {
                throw new Invalid("a comparison without a left side ('and " + ours + "') is not supported");
            }
            out.add(ours);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < out.size(); i++) {
            if (i > 0 && !out.get(i - 1).equals("(") && !out.get(i).equals(")")) {
                text.append(' ');
            }
            text.append(out.get(i));
        }
        return text.toString();
    }

    private static String nextWord(String s, int pos) {
        int i = pos;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return s.substring(start, i);
    }
}
