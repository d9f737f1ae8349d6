package nl.signaal.authoring.twee;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Twine story as read from Twee 3 or Twine 2 HTML, before any conversion.
 *
 * @param title      StoryTitle or {@code <tw-storydata name>}; empty when the story has none
 * @param start      name of the start passage (StoryData start, {@code startnode}, or {@code Start})
 * @param startLine  line that names the start passage, 0 when it is the default
 * @param format     story format name ({@code Harlowe}, {@code SugarCube}), empty when unknown
 * @param ifid       the story's IFID (StoryData {@code ifid}, {@code <tw-storydata ifid>}), empty when missing
 * @param passages   passages in source order, names unique
 */
record Story(
        String title,
        String start,
        int startLine,
        String format,
        String formatVersion,
        String ifid,
        List<Passage> passages) {

    Story {
        passages = List.copyOf(passages);
    }

    Optional<Passage> passage(String name) {
        return passages.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * One passage.
     *
     * @param line     line of the header ({@code ::} line or {@code <tw-passagedata>} tag)
     * @param textLine line on which the first character of {@code text} stands
     */
    record Passage(String name, List<String> tags, Map<String, String> metadata, String text, int line, int textLine) {

        Passage {
            tags = List.copyOf(tags);
            metadata = Map.copyOf(metadata);
        }

        boolean hasTag(String tag) {
            return tags.contains(tag);
        }

        /** Line of the character at {@code offset} in {@code text}. */
        int lineAt(int offset) {
            int line = textLine;
            for (int i = 0; i < offset && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
