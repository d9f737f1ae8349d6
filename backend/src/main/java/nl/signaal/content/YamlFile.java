package nl.signaal.content;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * A parsed YAML file. Composed into nodes rather than loaded into maps, because nodes keep the marks that give
 * every problem its line.
 */
record YamlFile(Path path, String text, Optional<Node> root) {

    /**
     * Deeper than any content needs (a scenario is about six levels deep). The composer and every reader recurse
     * once per level, so a few thousand levels (a 6 KB file) would overflow the stack.
     */
    static final int MAX_DEPTH = 50;

    /** Empty when the file cannot be read or parsed; the problem is then already reported. */
    static Optional<YamlFile> read(Path path, Problems problems) {
        return readText(path, problems).flatMap(text -> parse(path, text, problems));
    }

    /** The file's text; empty (and reported) when it cannot be read as UTF-8. */
    static Optional<String> readText(Path path, Problems problems) {
        if (problems.outsideContent(path)) {
            problems.error(
                    path,
                    0,
                    "is a link to a file outside the content folder; Signaal does not follow it "
                            + "(copy the file into the content folder instead)");
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(path));
        } catch (CharacterCodingException e) {
            problems.error(path, 0, "file is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            problems.error(path, 0, "cannot read file: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Parses text that came from {@code path} (or was stored from it, for a pinned scenario version). */
    static Optional<YamlFile> parse(Path path, String text, Problems problems) {
        // The core schema reads 20 as a number and true as a boolean, like YAML 1.2 editors show them.
        LoadSettings settings = LoadSettings.builder()
                .setLabel(path.toString())
                .setSchema(new CoreSchema())
                .build();
        try {
            Optional<Integer> tooDeep = lineNestedTooDeep(settings, text);
            if (tooDeep.isPresent()) {
                problems.error(
                        path,
                        tooDeep.get(),
                        "YAML nested more than " + MAX_DEPTH + " levels deep; content never needs that many");
                return Optional.empty();
            }
            return Optional.of(new YamlFile(path, text, new Compose(settings).composeString(text)));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark()
                    .or(e::getContextMark)
                    .map(mark -> mark.getLine() + 1)
                    .orElse(0);
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            problems.error(path, line, "YAML syntax error: " + e.getProblem() + context);
        } catch (YamlEngineException e) {
            problems.error(path, 0, "YAML syntax error: " + e.getMessage());
        }
        return Optional.empty();
    }

    // The parser keeps its own stack (no recursion), so walking its events finds the depth safely before composing.
    private static Optional<Integer> lineNestedTooDeep(LoadSettings settings, String text) {
        int depth = 0;
        for (Event event : new Parse(settings).parseString(text)) {
            if (event.getEventId() == Event.ID.MappingStart || event.getEventId() == Event.ID.SequenceStart) {
                if (++depth > MAX_DEPTH) {
                    return Optional.of(
                            event.getStartMark().map(mark -> mark.getLine() + 1).orElse(0));
                }
            } else if (event.getEventId() == Event.ID.MappingEnd || event.getEventId() == Event.ID.SequenceEnd) {
                depth--;
            }
        }
        return Optional.empty();
    }

    static int line(Node node) {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
    }

    /**
     * The line on which {@code needle} occurs inside the source of {@code node}, searching from character
     * {@code from}; empty when it is not there literally (e.g. escaped in a quoted string).
     */
    Optional<Match> find(Node node, String needle, int from) {
        int start = Math.max(from, offset(node.getStartMark()));
        int end = node.getEndMark().map(this::offset).orElse(text.length());
        int at = text.indexOf(needle, start);
        if (at < 0 || at + needle.length() > end) {
            return Optional.empty();
        }
        int line =
                1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
        return Optional.of(new Match(line, at + needle.length()));
    }

    /** Where a search hit: its line, and the character after it to continue searching from. */
    record Match(int line, int end) {}

    private int offset(Optional<Mark> mark) {
        return mark.map(this::offset).orElse(0);
    }

    // Marks count code points; String.indexOf counts chars.
    private int offset(Mark mark) {
        try {
            return text.offsetByCodePoints(0, Math.min(mark.getIndex(), text.codePointCount(0, text.length())));
        } catch (IndexOutOfBoundsException e) {
            return 0;
        }
    }
}
