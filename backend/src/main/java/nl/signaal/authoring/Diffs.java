package nl.signaal.authoring;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.signaal.authoring.ReviewApi.DiffLine;
import nl.signaal.authoring.ReviewApi.FileDiff;
import nl.signaal.authoring.ReviewApi.Hunk;

/**
 * Line diffs of two sets of draft files, unified-diff style (three lines of context, hunks merged when their contexts
 * touch), files in name order. The line matching is java-diff-utils' Myers diff (decision 0044).
 */
final class Diffs {
    static final int CONTEXT = 3;

    private Diffs() {}

    static List<FileDiff> between(Map<String, String> from, Map<String, String> to) {
        TreeSet<String> names = new TreeSet<>(from.keySet());
        names.addAll(to.keySet());
        List<FileDiff> files = new ArrayList<>();
        for (String name : names) {
            String before = from.get(name);
            String after = to.get(name);
            if (before == null) {
                files.add(new FileDiff(name, "added", hunks(List.of(), lines(after))));
            } else if (after == null) {
                files.add(new FileDiff(name, "removed", hunks(lines(before), List.of())));
            } else if (before.equals(after)) {
                files.add(new FileDiff(name, "same", List.of()));
            } else {
                files.add(new FileDiff(name, "changed", hunks(lines(before), lines(after))));
            }
        }
        return files;
    }

    /** The lines of a text without their line breaks; a final line break ends the last line, it adds none. */
    static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    static List<Hunk> hunks(List<String> before, List<String> after) {
        Patch<String> patch = DiffUtils.diff(before, after);
        List<Hunk> hunks = new ArrayList<>();
        List<DiffLine> current = null;
        int oldNext = 0;
        int newNext = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int oldAt = delta.getSource().getPosition();
            int newAt = delta.getTarget().getPosition();
            if (current != null && oldAt - oldNext <= 2 * CONTEXT) {
                context(before, oldNext, oldAt, newAt - oldAt, current);
            } else {
                if (current != null) {
                    context(before, oldNext, Math.min(before.size(), oldNext + CONTEXT), newNext - oldNext, current);
                    hunks.add(new Hunk(List.copyOf(current)));
                }
                current = new ArrayList<>();
                context(before, Math.max(0, oldAt - CONTEXT), oldAt, newAt - oldAt, current);
            }
            List<String> removed = delta.getSource().getLines();
            for (int i = 0; i < removed.size(); i++) {
                current.add(new DiffLine("removed", oldAt + i + 1, null, removed.get(i)));
            }
            List<String> added = delta.getTarget().getLines();
            for (int i = 0; i < added.size(); i++) {
                current.add(new DiffLine("added", null, newAt + i + 1, added.get(i)));
            }
            oldNext = oldAt + removed.size();
            newNext = newAt + added.size();
        }
        if (current != null) {
            context(before, oldNext, Math.min(before.size(), oldNext + CONTEXT), newNext - oldNext, current);
            hunks.add(new Hunk(List.copyOf(current)));
        }
        return hunks;
    }

    /** Unchanged lines {@code from} (inclusive) to {@code to} (exclusive) of the old text; new index = old + shift. */
    private static void context(List<String> before, int from, int to, int shift, List<DiffLine> into) {
        for (int i = from; i < to; i++) {
            into.add(new DiffLine("context", i + 1, i + shift + 1, before.get(i)));
        }
    }
}
