package nl.signaal.content;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** "Did you mean": the closest known word within two edits, for typos in keys and names. */
final class Suggestion {

    private Suggestion() {}

    /** "unknown competency 'x' (did you mean 'y'?)", or the known words when none is close. */
    static String unknown(String kind, String name, List<String> known) {
        return "unknown " + kind + " '" + name + "'"
                + closest(name, known)
                        .map(s -> " (did you mean '" + s + "'?)")
                        .orElse(" (known: " + String.join(", ", known) + ")");
    }

    static Optional<String> closest(String word, List<String> known) {
        return known.stream()
                .filter(candidate -> distance(word.toLowerCase(), candidate.toLowerCase()) <= 2)
                .min(Comparator.comparingInt(candidate -> distance(word.toLowerCase(), candidate.toLowerCase())));
    }

    // Levenshtein distance, two rows.
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
