package nl.signaal.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping read field by field: every accessor reports a missing field or a wrong type against the file
 * and line, and returns empty so the caller simply carries on.
 */
final class YamlMap {

    private final YamlFile file;
    private final Problems problems;
    private final int line;
    private final String context;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    /**
     * @param line    the line to report for problems about the mapping as a whole: the line of the key holding it
     * @param context appended to messages to say where a field is, e.g. " in check"; empty at the top level
     */
    private YamlMap(MappingNode node, int line, String context, YamlFile file, Problems problems) {
        this.file = file;
        this.problems = problems;
        this.line = line;
        this.context = context;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.error(file.path(), YamlFile.line(tuple.getKeyNode()), "keys must be plain text" + context);
                continue;
            }
            NodeTuple first = entries.putIfAbsent(key.getValue(), tuple);
            if (first != null) {
                problems.error(
                        file.path(),
                        YamlFile.line(key),
                        "duplicate key '" + key.getValue() + "'" + context + " (first on line "
                                + YamlFile.line(first.getKeyNode()) + ")");
            }
        }
    }

    private YamlMap(YamlMap other, String context) {
        this.file = other.file;
        this.problems = other.problems;
        this.line = other.line;
        this.context = context;
        this.entries.putAll(other.entries);
    }

    /** The same mapping with another context for messages, e.g. once a question's id is known. */
    YamlMap in(String newContext) {
        return new YamlMap(this, newContext);
    }

    /** The file's top-level mapping; empty (and reported) when the file holds something else. */
    static Optional<YamlMap> root(YamlFile file, Problems problems) {
        return file.root().flatMap(node -> {
            if (node instanceof MappingNode mapping) {
                return Optional.of(new YamlMap(mapping, YamlFile.line(node), "", file, problems));
            }
            problems.error(
                    file.path(), YamlFile.line(node), "the file must hold fields (key: value), not " + describe(node));
            return Optional.empty();
        });
    }

    int line() {
        return line;
    }

    YamlFile file() {
        return file;
    }

    Collection<String> keys() {
        return entries.keySet();
    }

    int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line : YamlFile.line(tuple.getKeyNode());
    }

    /** The value of a key; empty when the key is absent or has no value (null or ~). */
    Optional<Node> node(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    Optional<Located<String>> text(String key, boolean required) {
        return value(key, required).flatMap(node -> {
            if (node instanceof ScalarNode scalar) {
                return Optional.of(new Located<>(scalar.getValue(), YamlFile.line(node)));
            }
            return wrongType(key, "text", node);
        });
    }

    Optional<Located<Integer>> integer(String key) {
        return value(key, true).flatMap(node -> {
            if (node instanceof ScalarNode scalar && Tag.INT.equals(node.getTag())) {
                try {
                    return Optional.of(new Located<>(Integer.parseInt(scalar.getValue()), YamlFile.line(node)));
                } catch (NumberFormatException e) {
                    // 0x1F and friends, or too large: fall through to the type message.
                }
            }
            return wrongType(key, "a whole number", node);
        });
    }

    Optional<Located<Double>> number(String key) {
        return value(key, true).flatMap(node -> {
            if (node instanceof ScalarNode scalar
                    && (Tag.INT.equals(node.getTag()) || Tag.FLOAT.equals(node.getTag()))) {
                try {
                    double number = Double.parseDouble(scalar.getValue());
                    if (Double.isFinite(number)) {
                        return Optional.of(new Located<>(number, YamlFile.line(node)));
                    }
                } catch (NumberFormatException e) {
                    // .inf, .nan: fall through to the type message.
                }
            }
            return wrongType(key, "a number", node);
        });
    }

    /** A positive whole number; 0 when missing or wrong (reported). */
    int positive(String key) {
        return integer(key)
                .map(value -> {
                    if (value.value() <= 0) {
                        problems.error(
                                file.path(),
                                value.line(),
                                "'" + key + "'" + context + " must be a positive whole number, not " + value.value());
                    }
                    return value.value();
                })
                .orElse(0);
    }

    /** A list of names from a fixed vocabulary, e.g. competencies; unknown names are reported and left out. */
    List<String> known(String key, boolean required, List<String> vocabulary, String kind) {
        List<String> names = new ArrayList<>();
        for (Located<String> name : textList(key, required).orElse(List.of())) {
            if (!vocabulary.contains(name.value())) {
                problems.error(file.path(), name.line(), Suggestion.unknown(kind, name.value(), vocabulary));
            } else if (names.contains(name.value())) {
                problems.error(file.path(), name.line(), kind + " '" + name.value() + "' is listed twice");
            } else {
                names.add(name.value());
            }
        }
        if (required && names.isEmpty() && node(key).isPresent()) {
            problems.error(file.path(), lineOf(key), "'" + key + "' must list at least one " + kind);
        }
        return names;
    }

    /** An optional true/false field. */
    Optional<Boolean> bool(String key) {
        return value(key, false).flatMap(node -> {
            if (node instanceof ScalarNode scalar && Tag.BOOL.equals(node.getTag())) {
                return Optional.of(Boolean.parseBoolean(scalar.getValue().toLowerCase()));
            }
            return wrongType(key, "true or false", node);
        });
    }

    /** A list of plain values, e.g. {@code [a, b]}; entries that are not plain values are reported and left out. */
    Optional<List<Located<String>>> textList(String key, boolean required) {
        return list(key, required).map(items -> {
            List<Located<String>> texts = new ArrayList<>();
            for (Node item : items) {
                if (item instanceof ScalarNode scalar && !isNull(item)) {
                    texts.add(new Located<>(scalar.getValue(), YamlFile.line(item)));
                } else {
                    problems.error(
                            file.path(),
                            YamlFile.line(item),
                            "'" + key + "'" + context + " must list plain values, not " + describe(item));
                }
            }
            return texts;
        });
    }

    Optional<List<Node>> list(String key, boolean required) {
        return value(key, required)
                .flatMap(node -> node instanceof SequenceNode sequence
                        ? Optional.of(sequence.getValue())
                        : wrongType(key, "a list", node));
    }

    Optional<YamlMap> map(String key, boolean required, String innerContext) {
        return value(key, required)
                .flatMap(node -> mapping(node, lineOf(key), "'" + key + "'" + context, innerContext));
    }

    /** Reads a node (e.g. a list item) as a mapping; {@code what} names it in the type message. */
    Optional<YamlMap> mapping(Node node, int line, String what, String innerContext) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, line, innerContext, file, problems));
        }
        problems.error(
                file.path(), YamlFile.line(node), what + " must hold fields (key: value), not " + describe(node));
        return Optional.empty();
    }

    /** Warns about keys that are not expected, so a typo like passTreshold is not silently ignored. */
    void warnUnknownKeys(List<String> known) {
        for (String key : entries.keySet()) {
            if (!known.contains(key)) {
                problems.warning(
                        file.path(),
                        lineOf(key),
                        "unknown key '" + key + "'" + context + " is ignored"
                                + Suggestion.closest(key, known)
                                        .map(s -> " (did you mean '" + s + "'?)")
                                        .orElse(" (expected " + String.join(", ", known) + ")"));
            }
        }
    }

    private Optional<Node> value(String key, boolean required) {
        Optional<Node> node = node(key);
        if (node.isEmpty() && required) {
            problems.error(file.path(), lineOf(key), "missing required field '" + key + "'" + context);
        }
        return node;
    }

    private <T> Optional<T> wrongType(String key, String expected, Node node) {
        problems.error(
                file.path(),
                YamlFile.line(node),
                "'" + key + "'" + context + " must be " + expected + ", not " + describe(node));
        return Optional.empty();
    }

    static boolean isNull(Node node) {
        return Tag.NULL.equals(node.getTag()) && node instanceof ScalarNode;
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode sequence) {
            return "a list"
                    + sequence.getValue().stream()
                            .map(YamlMap::describe)
                            .collect(Collectors.joining(", ", " [", "]"))
                            .replace(" []", "");
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }
}
