package nl.signaal.authoring.twee;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict reader for the small JSON chunks of Twee (StoryData, passage metadata): RFC 8259, nothing more. */
final class Json {

    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    /** Story metadata is two or three levels deep; the reader recurses per level, so it stops long before the stack. */
    static final int MAX_DEPTH = 50;

    private final String text;
    private int pos;
    private int depth;

    private Json(String text) {
        this.text = text;
    }

    /** Maps, lists, strings, BigDecimals, Booleans and nulls. */
    static Object parse(String text) throws Invalid {
        Json json = new Json(text);
        json.space();
        Object value = json.value();
        json.space();
        if (json.pos < text.length()) {
            throw json.invalid("unexpected '" + text.charAt(json.pos) + "' after the value");
        }
        return value;
    }

    private Object value() throws Invalid {
        if (pos >= text.length()) {
            throw invalid("unexpected end");
        }
        char c = text.charAt(pos);
        if ((c == '{' || c == '[') && depth >= MAX_DEPTH) {
            throw invalid("nested more than " + MAX_DEPTH + " levels deep");
        }
        if (c == '{') {
            depth++;
            Map<String, Object> object = object();
            depth--;
            return object;
        }
        if (c == '[') {
            depth++;
            List<Object> array = array();
            depth--;
            return array;
        }
        if (c == '"') {
            return string();
        }
        if (c == '-' || Character.isDigit(c)) {
            return number();
        }
        for (String word : List.of("true", "false", "null")) {
            if (text.startsWith(word, pos)) {
                pos += word.length();
                return word.equals("null") ? null : Boolean.valueOf(word);
            }
        }
        throw invalid("unexpected '" + c + "'");
    }

    private Map<String, Object> object() throws Invalid {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        space();
        if (peek('}')) {
            pos++;
            return map;
        }
        while (true) {
            space();
            if (!peek('"')) {
                throw invalid("expected a quoted key");
            }
            String key = string();
            space();
            expect(':');
            space();
            map.put(key, value());
            space();
            if (peek(',')) {
                pos++;
            } else if (peek('}')) {
                pos++;
                return map;
            } else {
                throw invalid("expected ',' or '}'");
            }
        }
    }

    private List<Object> array() throws Invalid {
        List<Object> list = new ArrayList<>();
        pos++;
        space();
        if (peek(']')) {
            pos++;
            return list;
        }
        while (true) {
            space();
            list.add(value());
            space();
            if (peek(',')) {
                pos++;
            } else if (peek(']')) {
                pos++;
                return list;
            } else {
                throw invalid("expected ',' or ']'");
            }
        }
    }

    private String string() throws Invalid {
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw invalid("control character in string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw invalid("bad \\u escape");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw invalid("bad \\u escape");
                    }
                    pos += 4;
                }
                default -> throw invalid("bad escape '\\" + e + "'");
            }
        }
        throw invalid("unterminated string");
    }

    private BigDecimal number() throws Invalid {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String literal = text.substring(start, pos);
        if (!literal.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
            pos = start;
            throw invalid("bad number '" + literal + "'");
        }
        return new BigDecimal(literal);
    }

    private void space() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) throws Invalid {
        if (!peek(c)) {
            throw invalid("expected '" + c + "'");
        }
        pos++;
    }

    private Invalid invalid(String what) {
        return new Invalid(what + " at character " + (pos + 1));
    }
}
