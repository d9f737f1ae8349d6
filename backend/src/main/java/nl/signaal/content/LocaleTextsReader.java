package nl.signaal.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.signaal.content.LessonMarkdown.LessonRef;
import nl.signaal.content.LocaleTexts.Text;
import nl.signaal.content.ModuleStructure.QuestionStructure;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads one locale file (nl.yaml, en.yaml, ...) against the ids module.yaml declares. */
final class LocaleTextsReader {

    private final YamlFile file;
    private final ModuleStructure structure;
    private final Problems problems;
    private final Map<String, Text> texts = new HashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();
    private final Set<String> invalid = new HashSet<>();

    private LocaleTextsReader(YamlFile file, ModuleStructure structure, Problems problems) {
        this.file = file;
        this.structure = structure;
        this.problems = problems;
    }

    static LocaleTexts read(YamlFile file, String locale, ModuleStructure structure, Problems problems) {
        LocaleTextsReader reader = new LocaleTextsReader(file, structure, problems);
        Optional<YamlMap> root = YamlMap.root(file, problems);
        root.ifPresent(reader::root);
        if (root.isEmpty() && file.root().isPresent()) {
            reader.invalid.add(""); // not a mapping at all: reported once, not as every text missing
        }
        return new LocaleTexts(locale, file.path(), Map.copyOf(reader.texts), Map.copyOf(reader.lines),
                Set.copyOf(reader.invalid));
    }

    private void root(YamlMap root) {
        lines.put("", root.line());
        root.warnUnknownKeys(List.of("title", "summary", "lessons", "check"));
        text(root, "title", "title");
        text(root, "summary", "summary");
        child(root, "lessons", "lessons").ifPresent(this::lessons);
        child(root, "check", "check").ifPresent(check -> {
            check.warnUnknownKeys(List.of("questions"));
            child(check, "questions", "check.questions").ifPresent(this::questions);
        });
    }

    private void lessons(YamlMap lessons) {
        for (String id : lessons.keys()) {
            if (!structure.lessons().contains(id)) {
                problems.error(file.path(), lessons.lineOf(id), "unknown lesson id '" + id + "' (not in module.yaml)");
                continue;
            }
            String path = "lessons." + id;
            child(lessons, id, path).ifPresent(lesson -> {
                lesson.warnUnknownKeys(List.of("title", "body"));
                text(lesson, "title", path + ".title");
                body(lesson, path + ".body");
            });
        }
    }

    private void questions(YamlMap questions) {
        for (String id : questions.keys()) {
            QuestionStructure known = structure.question(id);
            if (known == null) {
                problems.error(file.path(), questions.lineOf(id), "unknown question id '" + id + "' (not in module.yaml)");
                continue;
            }
            String path = "check.questions." + id;
            child(questions, id, path).ifPresent(question -> {
                question.warnUnknownKeys(List.of("prompt", "options"));
                text(question, "prompt", path + ".prompt");
                child(question, "options", path + ".options").ifPresent(options -> options(options, known, path));
            });
        }
    }

    private void options(YamlMap options, QuestionStructure question, String questionPath) {
        for (String id : options.keys()) {
            if (!question.options().contains(id)) {
                problems.error(file.path(), options.lineOf(id), "unknown option id '" + id + "' for question '"
                        + question.id() + "' (not in module.yaml)");
                continue;
            }
            String path = questionPath + ".options." + id;
            child(options, id, path).ifPresent(option -> {
                option.warnUnknownKeys(List.of("text", "feedback"));
                text(option, "text", path + ".text");
                text(option, "feedback", path + ".feedback");
            });
        }
    }

    /** A nested mapping; its key's line is remembered even when it is empty, as the nearest parent of its texts. */
    private Optional<YamlMap> child(YamlMap parent, String key, String path) {
        if (parent.keys().contains(key)) {
            lines.put(path, parent.lineOf(key));
        }
        return parent.map(key, false, " in " + path);
    }

    private Optional<Text> text(YamlMap map, String key, String path) {
        if (map.keys().contains(key)) {
            lines.put(path, map.lineOf(key));
        }
        if (map.node(key).filter(node -> !(node instanceof ScalarNode)).isPresent()) {
            invalid.add(path); // reported as a wrong type; not again as missing
        }
        // A blank text counts as missing: learners would see nothing.
        Optional<Text> text = map.text(key, false)
                .filter(value -> !value.value().isBlank())
                .map(value -> new Text(value.value(), value.line(), List.of()));
        text.ifPresent(t -> texts.put(path, t));
        return text;
    }

    private void body(YamlMap lesson, String path) {
        Optional<Text> text = text(lesson, "body", path);
        Optional<Node> node = lesson.node("body");
        if (text.isEmpty() || node.isEmpty()) {
            return;
        }
        LessonMarkdown.Analysis analysis = LessonMarkdown.analyse(text.get().value());
        if (analysis.rawHtml()) {
            problems.warning(file.path(), text.get().line(),
                    "raw HTML in " + path + " is left out when shown: write Markdown instead");
        }
        List<Located<String>> lessonLinks = new ArrayList<>();
        int searchFrom = 0;
        for (String destination : analysis.destinations()) {
            // The line of the link itself: find its target in the file's source, after the previous link.
            Optional<YamlFile.Match> match = file.find(node.get(), destination, searchFrom);
            int line = match.map(YamlFile.Match::line).orElse(text.get().line());
            searchFrom = match.map(YamlFile.Match::end).orElse(searchFrom);
            if (destination.startsWith(LessonMarkdown.LESSON_SCHEME)) {
                if (LessonRef.parse(destination, structure.id().value()).isEmpty()) {
                    problems.error(file.path(), line, "malformed lesson link '" + destination + "' in " + path
                            + ": write lesson:<lesson> or lesson:<module>/<lesson>");
                } else {
                    lessonLinks.add(new Located<>(destination, line));
                }
            } else if (!LessonMarkdown.isAllowed(destination)) {
                problems.error(file.path(), line, "link to '" + destination + "' in " + path
                        + " is not allowed: use https:, http:, mailto: or lesson: links");
            }
        }
        texts.put(path, new Text(text.get().value(), text.get().line(), List.copyOf(lessonLinks)));
    }
}
