package nl.signaal.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.signaal.content.ModuleStructure.QuestionStructure;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads and checks module.yaml. */
final class ModuleStructureReader {

    private static final List<String> MODULE_KEYS =
            List.of("id", "version", "order", "targetGroups", "competencies", "minutes", "lessons", "check");
    private static final List<String> CHECK_KEYS = List.of("passThreshold", "questions");
    private static final List<String> QUESTION_KEYS = List.of("id", "competency", "multiple", "options", "correct");

    private final Path path;
    private final Problems problems;

    private ModuleStructureReader(Path path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    /** Empty when module.yaml is missing or unreadable as a whole; everything else is read as far as it goes. */
    static Optional<ModuleStructure> read(Path folder, Problems problems) {
        Path path = folder.resolve("module.yaml");
        if (!path.toFile().isFile()) {
            problems.error(path, 0, "missing module.yaml: every module folder needs one");
            return Optional.empty();
        }
        return read(folder, YamlFile.read(path, problems), problems);
    }

    /**
     * module.yaml given as its text (a draft written in the browser, {@code null} when it has none) for a module
     * read as if it were in {@code folder}.
     */
    static Optional<ModuleStructure> read(Path folder, String text, Problems problems) {
        Path path = folder.resolve("module.yaml");
        if (text == null) {
            problems.error(path, 0, "missing module.yaml: every module folder needs one");
            return Optional.empty();
        }
        return read(folder, YamlFile.parse(path, text, problems), problems);
    }

    private static Optional<ModuleStructure> read(Path folder, Optional<YamlFile> file, Problems problems) {
        Path path = folder.resolve("module.yaml");
        if (file.isPresent() && file.get().root().isEmpty()) {
            problems.error(path, 0, "module.yaml is empty");
        }
        ModuleStructureReader reader = new ModuleStructureReader(path, problems);
        return file.flatMap(f -> YamlMap.root(f, problems))
                .map(root -> reader.read(root, folder.getFileName().toString()));
    }

    private ModuleStructure read(YamlMap root, String folderName) {
        root.warnUnknownKeys(MODULE_KEYS);
        CatalogueHeader header = CatalogueHeader.read(root, "module", folderName, problems);
        Optional<List<Located<String>>> lessonIds = root.textList("lessons", true);
        List<String> lessons = uniqueIds(lessonIds.orElse(List.of()), "lesson", "");
        if (lessonIds.isPresent() && lessonIds.get().isEmpty()) {
            problems.error(path, root.lineOf("lessons"), "'lessons' must list at least one lesson id");
        }
        double passThreshold = 0;
        List<QuestionStructure> questions = new ArrayList<>();
        Optional<YamlMap> check = root.map("check", true, " in check");
        if (check.isPresent()) {
            check.get().warnUnknownKeys(CHECK_KEYS);
            passThreshold = passThreshold(check.get());
            questions = questions(check.get(), header.competencies());
        }
        return new ModuleStructure(
                path,
                header.id(),
                header.version(),
                header.order(),
                header.targetGroups(),
                header.competencies(),
                header.minutes(),
                lessons,
                passThreshold,
                questions);
    }

    private double passThreshold(YamlMap check) {
        return check.number("passThreshold")
                .map(value -> {
                    if (value.value() <= 0 || value.value() > 1) {
                        problems.error(
                                path,
                                value.line(),
                                "'passThreshold' in check must be more than 0 and"
                                        + " at most 1 (the share of questions to answer correctly, e.g. 0.7), not "
                                        + value.value());
                    }
                    return value.value();
                })
                .orElse(0.0);
    }

    /** Checks format and uniqueness; returns each id once, in the authored order. */
    private List<String> uniqueIds(List<Located<String>> ids, String kind, String context) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> unique = new ArrayList<>();
        for (Located<String> id : ids) {
            // A badly formed id is still kept, so the locale files using it are not reported as well.
            if (!Ids.isValid(id.value())) {
                problems.error(path, id.line(), Ids.formatMessage(kind, id.value()) + context);
            }
            if (seen.containsKey(id.value())) {
                problems.error(
                        path,
                        id.line(),
                        "duplicate " + kind + " id '" + id.value() + "'" + context + " (first on line "
                                + seen.get(id.value()) + ")");
            } else {
                seen.put(id.value(), id.line());
                unique.add(id.value());
            }
        }
        return unique;
    }

    private List<QuestionStructure> questions(YamlMap check, List<String> moduleCompetencies) {
        List<Node> nodes = check.list("questions", true).orElse(List.of());
        if (nodes.isEmpty() && check.node("questions").isPresent()) {
            problems.error(path, check.lineOf("questions"), "'questions' in check must list at least one question");
        }
        List<QuestionStructure> questions = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            String what = "question " + (i + 1) + " in check";
            Optional<YamlMap> map = check.mapping(node, YamlFile.line(node), what, " in " + what);
            if (map.isEmpty()) {
                continue;
            }
            Optional<Located<String>> id = map.get().text("id", true);
            if (id.isEmpty()) {
                continue;
            }
            String questionId = id.get().value();
            if (!Ids.isValid(questionId)) {
                problems.error(path, id.get().line(), Ids.formatMessage("question", questionId));
            }
            if (seen.containsKey(questionId)) {
                problems.error(
                        path,
                        id.get().line(),
                        "duplicate question id '" + questionId + "' (first on line " + seen.get(questionId) + ")");
                continue;
            }
            seen.put(questionId, id.get().line());
            questions.add(question(map.get().in(" in question '" + questionId + "'"), questionId, moduleCompetencies));
        }
        return questions;
    }

    private QuestionStructure question(YamlMap map, String id, List<String> moduleCompetencies) {
        map.warnUnknownKeys(QUESTION_KEYS);
        String where = " in question '" + id + "'";
        Optional<Located<String>> competency = map.text("competency", true);
        competency.ifPresent(c -> {
            if (!Competencies.ALL.contains(c.value())) {
                problems.error(path, c.line(), Suggestion.unknown("competency", c.value(), Competencies.ALL) + where);
            } else if (!moduleCompetencies.contains(c.value())) {
                problems.error(
                        path,
                        c.line(),
                        "competency '" + c.value() + "' of question '" + id
                                + "' is not one of the module's competencies (" + String.join(", ", moduleCompetencies)
                                + ")");
            }
        });
        boolean multiple = map.bool("multiple").orElse(false);
        Optional<List<Located<String>>> optionIds = map.textList("options", true);
        List<String> options = uniqueIds(optionIds.orElse(List.of()), "option", where);
        if (optionIds.isPresent() && options.size() < 2) {
            problems.error(
                    path,
                    map.lineOf("options"),
                    "question '" + id + "' needs at least 2 options, has " + options.size());
        }
        Set<String> correct = new LinkedHashSet<>();
        Optional<List<Located<String>>> correctIds = map.textList("correct", true);
        for (Located<String> option : correctIds.orElse(List.of())) {
            if (!options.contains(option.value())) {
                problems.error(
                        path,
                        option.line(),
                        "correct option '" + option.value() + "' of question '" + id + "' is not one of its options ("
                                + String.join(", ", options) + ")");
            } else {
                correct.add(option.value());
            }
        }
        if (correctIds.isPresent() && correctIds.get().isEmpty()) {
            problems.error(
                    path,
                    map.lineOf("correct"),
                    "question '" + id + "' has no correct option: list at least one option id under 'correct'");
        }
        if (!multiple && correct.size() > 1) {
            problems.error(
                    path,
                    map.lineOf("correct"),
                    "question '" + id + "' has " + correct.size()
                            + " correct options but 'multiple' is false: set 'multiple: true' for \"select all that apply\""
                            + " or keep one correct option");
        }
        return new QuestionStructure(id, competency.map(Located::value).orElse(""), multiple, options, correct);
    }
}
