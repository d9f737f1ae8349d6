package nl.signaal.authoring;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top-level {@code version:} line of scenario.yaml or module.yaml, read and rewritten as text: publishing changes
 * only the number and keeps every other byte (comments, key order, line endings) as the author wrote it.
 */
final class VersionLine {
    private static final Pattern LINE =
            Pattern.compile("(?m)^version:([ \\t]*)([^\\r\\n#]*?)([ \\t]*(?:#[^\\r\\n]*)?)$");
    private static final Pattern ID_LINE = Pattern.compile("(?m)^id:.*(\\r?\\n|$)");

    private VersionLine() {}

    /** The file with its structure: scenario.yaml for a scenario, module.yaml for a module. */
    static String structureFile(AuthoredItem item) {
        return item.scenario() ? "scenario.yaml" : "module.yaml";
    }

    /** The number on the version line, if there is one and it is a whole number. */
    static OptionalInt read(String text) {
        Matcher line = LINE.matcher(text);
        if (!line.find()) {
            return OptionalInt.empty();
        }
        String value = line.group(2).strip();
        if (!value.matches("\\d{1,9}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(value));
    }

    /** The text with {@code number} on its version line; without one, a version line is added after the id line. */
    static String write(String text, int number) {
        Matcher line = LINE.matcher(text);
        if (line.find()) {
            String gap = line.group(1).isEmpty() ? " " : "";
            return text.substring(0, line.start(2)) + gap + number + text.substring(line.end(2));
        }
        Matcher id = ID_LINE.matcher(text);
        if (id.find()) {
            String newline = id.group(1).isEmpty() ? "\n" : id.group(1);
            String before = text.substring(0, id.end());
            return before + (id.group(1).isEmpty() ? newline : "") + "version: " + number + newline
                    + text.substring(id.end());
        }
        return "version: " + number + "\n" + text;
    }
}
