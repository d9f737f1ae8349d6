package nl.signaal.identity;

import java.text.Normalizer;
import nl.signaal.web.ApiException;

/**
 * The one form of a display name (register, setup, profile): Unicode NFC, trimmed, runs of white space as one
 * space. Refused: control characters and line breaks (they break lists and e-mail), bidirectional overrides and
 * isolates (U+202A-U+202E, U+2066-U+2069: they make a name render as something else) and names with nothing visible
 * once zero-width and other format characters are left out.
 */
public final class DisplayNames {
    static final int MAX_LENGTH = 200;

    private DisplayNames() {}

    /** The normalised name, or a 400 problem naming {@code field}. */
    public static String normalise(String field, String name) {
        String reason = problem(name);
        if (reason != null) {
            throw ApiException.invalidField(field, reason);
        }
        return collapse(name);
    }

    /** The reason a name is refused, in words for the person typing it; null when the name is fine. */
    public static String problem(String name) {
        if (name == null) {
            return "must not be empty";
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (isLineBreak(c) || Character.getType(c) == Character.CONTROL) {
                return "must be one line without control characters";
            }
            if (isBidiOverride(c)) {
                return "must not contain text direction overrides";
            }
            i += Character.charCount(c);
        }
        String collapsed = collapse(name);
        if (collapsed
                .codePoints()
                .allMatch(c -> Character.getType(c) == Character.FORMAT || Character.isSpaceChar(c))) {
            return "must contain visible characters";
        }
        if (collapsed.codePointCount(0, collapsed.length()) > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        return null;
    }

    private static String collapse(String name) {
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        // \s misses the no-break spaces; \p{Z} covers every Unicode space separator.
        return nfc.replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C;
    }

    private static boolean isBidiOverride(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
