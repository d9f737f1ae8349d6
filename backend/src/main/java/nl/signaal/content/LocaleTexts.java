package nl.signaal.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One locale file as read: its texts by key path (e.g. lessons.wat-is-het.body), and the line of every key that
 * exists, so a missing text can be reported at its nearest existing parent. invalid: keys whose value had the
 * wrong type (already reported).
 */
record LocaleTexts(String locale, Path file, Map<String, Text> texts, Map<String, Integer> lines, Set<String> invalid) {

    /** A text with its line; lessonLinks are the lesson: link targets in a body, with the line of each. */
    record Text(String value, int line, List<Located<String>> lessonLinks) {}

    int nearestLine(String key) {
        for (String path = key; ; path = path.substring(0, path.lastIndexOf('.'))) {
            Integer line = lines.get(path);
            if (line != null) {
                return line;
            }
            if (!path.contains(".")) {
                return lines.getOrDefault("", 0);
            }
        }
    }
}
