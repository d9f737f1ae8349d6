package nl.signaal.authoring.twee;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Everything the import has to tell the author, with passage and line; plus source it could not place anywhere. */
final class Report {

    enum Severity {
        /** Nothing is written. */
        ERROR,
        /** Converted, but differently from Twine or not at all; the author should look. */
        WARNING,
        /** Converted, but a text Twine does not have (feedback, debrief, summary) is a placeholder. */
        TODO,
        /** Written, but validate-content rejects the result (e.g. an unreachable node): it cannot be played yet. */
        INVALID;

        String label() {
            return switch (this) {
                case TODO -> "to do";
                case INVALID -> "error";
                default -> name().toLowerCase(java.util.Locale.ROOT);
            };
        }
    }

    /** One finding; {@code passage} is empty and {@code line} 0 when they do not apply. */
    record Entry(Severity severity, String passage, int line, String message) {

        String format(String file) {
            return file + (line > 0 ? ":" + line : "") + ": " + severity.label() + ": "
                    + (passage.isEmpty() ? "" : "passage '" + passage + "': ") + message;
        }
    }

    /** Source text that is in no node (story JavaScript, a duplicate passage, ...), kept for the author. */
    record Unconverted(String title, int line, String source) {}

    private final List<Entry> entries = new ArrayList<>();
    private final List<Unconverted> unconverted = new ArrayList<>();

    void error(String passage, int line, String message) {
        entries.add(new Entry(Severity.ERROR, passage, line, message));
    }

    void warning(String passage, int line, String message) {
        entries.add(new Entry(Severity.WARNING, passage, line, message));
    }

    void todo(String passage, int line, String message) {
        entries.add(new Entry(Severity.TODO, passage, line, message));
    }

    void invalid(String passage, int line, String message) {
        entries.add(new Entry(Severity.INVALID, passage, line, message));
    }

    void keep(String title, int line, String source) {
        unconverted.add(new Unconverted(title, line, source));
    }

    /** Entries by line (story-wide ones first), in the order found within a line. */
    List<Entry> entries() {
        return entries.stream().sorted(Comparator.comparingInt(Entry::line)).toList();
    }

    List<Unconverted> unconverted() {
        return List.copyOf(unconverted);
    }

    boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    long count(Severity severity) {
        return entries.stream().filter(e -> e.severity() == severity).count();
    }
}
