package nl.signaal.webinar;

/**
 * RFC 5545 §3.1 content lines: CRLF after every line and lines folded at 75 octets, a continuation line starting
 * with one space. ical4j folds at 75 characters, which for Arabic, Turkish or Polish text makes lines of up to 150
 * octets; so ical4j writes unfolded lines and this folds them by UTF-8 octets, never inside a character's byte
 * sequence (it breaks between code points, so a surrogate pair stays whole too).
 */
final class IcsLines {
    static final String CRLF = "\r\n";
    static final int MAX_OCTETS = 75;

    private IcsLines() {}

    /** Unfolded content lines (separated by CRLF or LF) folded and ended with CRLF. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 40 * 3);
        for (String line : unfolded.split("\r?\n")) {
            if (!line.isEmpty()) {
                foldLine(line, out);
            }
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
