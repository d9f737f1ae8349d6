package nl.signaal.content;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A problem an author must (error) or should (warning) fix. file is relative to the content root's parent where
 * possible, e.g. content/modules/x/nl.yaml; line is 1-based, 0 when the problem is about a whole file or folder.
 */
public record ContentProblem(Severity severity, Path file, int line, String message) {

    /** "content/modules/x/nl.yaml:12: error: message", the form compilers use so editors can jump to it. */
    public String format() {
        String where = file.toString().replace('\\', '/') + (line > 0 ? ":" + line : "");
        return where + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
    }
}
