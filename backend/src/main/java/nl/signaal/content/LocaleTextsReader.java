package nl.signaal.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import nl.signaal.content.LessonMarkdown.LessonRef;
import nl.signaal.content.LocaleTexts.Text;
import nl.signaal.content.ModuleStructure.QuestionStructure;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads one locale file (nl.yaml, en.yaml, ...): the texts of a module against the ids module.yaml declares, or,
 * through {@link #read(YamlFile, String, String, Problems, BiConsumer)}, any other content's texts with the same
 * helpers for texts, nesting and Markdown.
 */
final class LocaleTextsReader {

    private final YamlFile file;
    private final String currentModule; // resolves lesson:<lesson> links; null where they must name the module
    private final Problems problems;
    private final Map<String, Text> texts = new HashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();
    private final Set<String> invalid = new HashSet<>();
    /** Only a module's own texts (lessons, flyer) may show images: they live in the module's images/ folder. */
    private boolean imagesAllowed;

    private LocaleTextsReader(YamlFile file, String currentModule, Problems problems) {
        this.file = file;
        this.currentModule = currentModule;
        this.problems = problems;
    }

    static LocaleTexts read(YamlFile file, String locale, ModuleStructure structure, Problems problems) {
        return read(file, locale, structure.id().value(), problems, (reader, root) -> {
            reader.imagesAllowed = true;
            reader.root(root, structure);
        });
    }

    /** Reads a locale file whose top level {@code readRoot} walks, collecting texts with this reader's helpers. */
    static LocaleTexts read(
            YamlFile file,
            String locale,
            String currentModule,
            Problems problems,
            BiConsumer<LocaleTextsReader, YamlMap> readRoot) {
        LocaleTextsReader reader = new LocaleTextsReader(file, currentModule, problems);
        Optional<YamlMap> root = YamlMap.root(file, problems);
        root.ifPresent(map -> {
            reader.lines.put("", map.line());
            readRoot.accept(reader, map);
        });
        if (root.isEmpty() && file.root().isPresent()) {
            reader.invalid.add(""); // not a mapping at all: reported once, not as every text missing
        }
        return new LocaleTexts(
                locale, file.path(), Map.copyOf(reader.texts), Map.copyOf(reader.lines), Set.copyOf(reader.invalid));
    }

    private void root(YamlMap root, ModuleStructure structure) {
        root.warnUnknownKeys(List.of("title", "summary", "flyer", "lessons", "check"));
        text(root, "title", "title");
        text(root, "summary", "summary");
        markdown(root, "flyer", "flyer");
        child(root, "lessons", "lessons").ifPresent(lessons -> lessons(lessons, structure));
        child(root, "check", "check").ifPresent(check -> {
            check.warnUnknownKeys(List.of("questions"));
            child(check, "questions", "check.questions").ifPresent(questions -> questions(questions, structure));
        });
    }

    YamlFile file() {
        return file;
    }

    /** Lets the Markdown texts read next show images (a module's lessons and flyer), as for a module's locale file. */
    void allowImages() {
        imagesAllowed = true;
    }

    Problems problems() {
        return problems;
    }

    private void lessons(YamlMap lessons, ModuleStructure structure) {
        for (String id : lessons.keys()) {
            if (!structure.lessons().contains(id)) {
                problems.error(file.path(), lessons.lineOf(id), "unknown lesson id '" + id + "' (not in module.yaml)");
                continue;
            }
            String path = "lessons." + id;
            child(lessons, id, path).ifPresent(lesson -> {
                lesson.warnUnknownKeys(List.of("title", "body"));
                text(lesson, "title", path + ".title");
                markdown(lesson, "body", path + ".body");
            });
        }
    }

    private void questions(YamlMap questions, ModuleStructure structure) {
        for (String id : questions.keys()) {
            QuestionStructure known = structure.question(id);
            if (known == null) {
                problems.error(
                        file.path(), questions.lineOf(id), "unknown question id '" + id + "' (not in module.yaml)");
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
                problems.error(
                        file.path(),
                        options.lineOf(id),
                        "unknown option id '" + id + "' for question '" + question.id() + "' (not in module.yaml)");
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
    Optional<YamlMap> child(YamlMap parent, String key, String path) {
        if (parent.keys().contains(key)) {
            lines.put(path, parent.lineOf(key));
        }
        return parent.map(key, false, " in " + path);
    }

    Optional<Text> text(YamlMap map, String key, String path) {
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

    /** A Markdown text: its links are checked, and lesson: links kept for checking once all modules are read. */
    void markdown(YamlMap map, String key, String path) {
        Optional<Text> text = text(map, key, path);
        Optional<Node> node = map.node(key);
        if (text.isEmpty() || node.isEmpty()) {
            return;
        }
        LessonMarkdown.Analysis analysis = LessonMarkdown.analyse(text.get().value());
        if (analysis.rawHtml()) {
            problems.warning(
                    file.path(),
                    text.get().line(),
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
                Optional<LessonRef> ref = LessonRef.parse(destination, currentModule);
                if (ref.isEmpty()) {
                    problems.error(
                            file.path(),
                            line,
                            "malformed lesson link '" + destination + "' in " + path
                                    + ": write lesson:<lesson> or lesson:<module>/<lesson>");
                } else if (ref.get().module() == null) {
                    problems.error(
                            file.path(),
                            line,
                            "lesson link '" + destination + "' in " + path
                                    + " must name its module: write lesson:<module>/<lesson>");
                } else {
                    lessonLinks.add(new Located<>(destination, line));
                }
            } else if (destination.startsWith(LessonMarkdown.TERM_SCHEME)) {
                String term = destination.substring(LessonMarkdown.TERM_SCHEME.length());
                if (!Ids.isValid(term)) {
                    problems.error(
                            file.path(),
                            line,
                            "malformed glossary link '" + destination + "' in " + path
                                    + ": write term:<term-id> (lowercase letters, digits and single hyphens)");
                } else {
                    problems.termLink(file.path(), line, term, path);
                }
            } else if (!LessonMarkdown.isAllowed(destination)) {
                problems.error(
                        file.path(),
                        line,
                        "link to '" + destination + "' in " + path
                                + " is not allowed: use https:, http:, mailto: or lesson: links");
            }
        }
        List<Located<LessonMarkdown.ImageRef>> images =
                images(analysis, node.get(), text.get().line(), path);
        for (String kind : analysis.callouts()) {
            if (!LessonMarkdown.CALLOUTS.contains(kind)) {
                int line = file.find(node.get(), "[!" + kind + "]", 0)
                        .map(YamlFile.Match::line)
                        .orElse(text.get().line());
                problems.error(
                        file.path(),
                        line,
                        Suggestion.unknown(
                                        "callout",
                                        kind,
                                        LessonMarkdown.CALLOUTS.stream()
                                                .sorted()
                                                .toList()) + " in " + path + ": the kinds are "
                                + String.join(", ", callouts()));
            }
        }
        texts.put(path, new Text(text.get().value(), text.get().line(), List.copyOf(lessonLinks), images));
    }

    private static List<String> callouts() {
        return LessonMarkdown.CALLOUTS.stream()
                .sorted()
                .map(kind -> "[!" + kind + "]")
                .toList();
    }

    /**
     * Checks what can be checked of a text's images from the text alone: alt text, and a path into the module's
     * images/ folder. Whether the file exists, is safe and has its alt text translated is checked per module
     * ({@link ModuleImages}).
     */
    private List<Located<LessonMarkdown.ImageRef>> images(
            LessonMarkdown.Analysis analysis, Node node, int textLine, String path) {
        List<Located<LessonMarkdown.ImageRef>> images = new ArrayList<>();
        int searchFrom = 0;
        for (LessonMarkdown.ImageRef image : analysis.images()) {
            Optional<YamlFile.Match> match = file.find(node, image.destination(), searchFrom);
            int line = match.map(YamlFile.Match::line).orElse(textLine);
            searchFrom = match.map(YamlFile.Match::end).orElse(searchFrom);
            String target = image.destination().strip().toLowerCase(Locale.ROOT);
            if (!imagesAllowed) {
                problems.error(
                        file.path(),
                        line,
                        "image '" + image.destination() + "' in " + path
                                + " is not allowed here: only module lessons and flyers show images");
            } else if (target.startsWith("http:") || target.startsWith("https:") || target.startsWith("//")) {
                problems.error(
                        file.path(),
                        line,
                        "remote image '" + image.destination() + "' in " + path
                                + " is not allowed: put the file in the module's images/ folder and write"
                                + " images/<name>.svg (or .png, .webp)");
            } else if (image.fileName().isEmpty()) {
                problems.error(
                        file.path(),
                        line,
                        "image path '" + image.destination() + "' in " + path
                                + " is not allowed: write images/<name>.svg (or .png, .webp), a file in the module's"
                                + " images/ folder (lowercase letters, digits and single hyphens; no folders, no ..)");
            } else if (image.alt().isBlank()) {
                problems.error(
                        file.path(),
                        line,
                        "image '" + image.destination() + "' in " + path
                                + " has no alt text: write ![what the image shows](" + image.destination() + ")");
            } else {
                images.add(new Located<>(image, line));
            }
        }
        return List.copyOf(images);
    }
}
