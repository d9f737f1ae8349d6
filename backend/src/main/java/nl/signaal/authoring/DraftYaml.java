package nl.signaal.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.signaal.content.ContentLoader;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * One YAML file of a draft as nodes (composed as the validator composes it): the dotted key path at a line and column
 * ({@code nodes.begin.choices.0.if}, list indexes as numbers), and the file's texts by key path, in file order.
 */
final class DraftYaml {

    /** Where a problem is: the key path, and the 0-based position inside the value (null when unknown). */
    record Place(String field, Integer position) {}

    private final Optional<Node> root;

    private DraftYaml(Optional<Node> root) {
        this.root = root;
    }

    /** Never throws: a file that is not YAML has no places and no texts. */
    static DraftYaml of(String text) {
        return new DraftYaml(text == null ? Optional.empty() : ContentLoader.composeYaml(text));
    }

    /**
     * The innermost key path at a 1-based line and column (0: the whole line). A place on a key's line is that key's
     * path; a place inside a scalar value also gives the position inside it: for a one-line value the column minus
     * where the value starts (after its quote), for a block or multi-line value the start of the line in the value.
     */
    Optional<Place> at(int line, int column) {
        if (line <= 0 || root.isEmpty()) {
            return Optional.empty();
        }
        return find(root.get(), "", line - 1, column - 1);
    }

    private Optional<Place> find(Node node, String path, int line, int column) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    continue;
                }
                String keyPath = join(path, key.getValue());
                Node value = tuple.getValueNode();
                if (value instanceof ScalarNode && startLine(value) == line && contains(value, line, column)) {
                    return Optional.of(new Place(keyPath, position((ScalarNode) value, line, column)));
                }
                if (startLine(key) == line) {
                    return Optional.of(new Place(keyPath, null));
                }
                if (contains(value, line, column)) {
                    return find(value, keyPath, line, column);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                if (contains(items.get(i), line, column)) {
                    return find(items.get(i), join(path, String.valueOf(i)), line, column);
                }
            }
        } else if (node instanceof ScalarNode scalar) {
            return Optional.of(new Place(path.isEmpty() ? null : path, position(scalar, line, column)));
        }
        return path.isEmpty() ? Optional.empty() : Optional.of(new Place(path, null));
    }

    /** The 0-based position inside the value, or null when the column does not point into it. */
    private static Integer position(ScalarNode scalar, int line, int column) {
        int startLine = startLine(scalar);
        boolean block = scalar.getScalarStyle() == ScalarStyle.LITERAL || scalar.getScalarStyle() == ScalarStyle.FOLDED;
        if (block || line > startLine) {
            // a block value's text starts on the line after its indicator
            int valueLine = line - startLine - (block ? 1 : 0);
            if (valueLine <= 0) {
                return column >= 0 && !block ? column - startColumn(scalar) : 0;
            }
            String[] lines = scalar.getValue().split("\n", -1);
            int offset = 0;
            for (int i = 0; i < valueLine && i < lines.length; i++) {
                offset += lines[i].length() + 1;
            }
            return Math.min(offset, scalar.getValue().length());
        }
        if (column < 0) {
            return null;
        }
        int quote = scalar.getScalarStyle() == ScalarStyle.PLAIN ? 0 : 1;
        int position = column - startColumn(scalar) - quote;
        return position < 0 ? null : Math.min(position, scalar.getValue().length());
    }

    /** Every scalar text by dotted key path, in file order (for a locale file: its texts). */
    Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        root.ifPresent(node -> collect(node, "", texts));
        return texts;
    }

    private static void collect(Node node, String path, Map<String, String> texts) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    collect(tuple.getValueNode(), join(path, key.getValue()), texts);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                collect(items.get(i), join(path, String.valueOf(i)), texts);
            }
        } else if (node instanceof ScalarNode scalar && !path.isEmpty()) {
            texts.put(path, scalar.getValue());
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    // Marks are 0-based; an end mark points just after the node (for block nodes: the start of the next line).
    private static boolean contains(Node node, int line, int column) {
        int startLine = startLine(node);
        int startColumn = startColumn(node);
        int endLine = node.getEndMark().map(Mark::getLine).orElse(Integer.MAX_VALUE);
        int endColumn = node.getEndMark().map(Mark::getColumn).orElse(Integer.MAX_VALUE);
        boolean afterStart = line > startLine || (line == startLine && (column < 0 || column >= startColumn));
        boolean beforeEnd = line < endLine || (line == endLine && (column < 0 ? endColumn > 0 : column <= endColumn));
        return afterStart && beforeEnd;
    }

    private static int startLine(Node node) {
        return node.getStartMark().map(Mark::getLine).orElse(0);
    }

    private static int startColumn(Node node) {
        return node.getStartMark().map(Mark::getColumn).orElse(0);
    }
}
