package nl.signaal.content;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A problem an author must (error) or should (warning) fix. file is relative to the content root's parent where
 * possible, e.g. content/modules/x/nl.yaml; line is 1-based, 0 when the problem is about a whole file or folder;
 * column is 1-based, 0 when unknown (only expressions in scenarios have one).
 */
public record ContentProblem(Severity severity, Path file, int line, int column, String message) {

    public ContentProblem(Severity severity, Path file, int line, String message) {
        this(severity, file, line, 0, message);
    }

    /** "content/modules/x/nl.yaml:12: error: message" (or 12:7: with a column), the form editors can jump to. */
    public String format() {
        String where = file.toString().replace('\\', '/')
                + (line > 0 ? ":" + line : "")
                + (line > 0 && column > 0 ? ":" + column : "");
        return where + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
    }
}
