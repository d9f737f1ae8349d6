package nl.signaal.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.signaal.content.PoolingExercise.Fragment;
import nl.signaal.content.PoolingExercise.PoolingOption;
import nl.signaal.content.PoolingExercise.PoolingQuestion;
import nl.signaal.content.PoolingStructure.QuestionStructure;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads content/pooling/: one folder per signal-pooling exercise, holding exercise.yaml (fragment ids in deal order,
 * questions with options, the correct option and the fragments each question needs) and a texts file per locale.
 * The point of the format is that no question can be answered from one fragment: every question names the fragments
 * it needs, and the checks keep that honest.
 */
final class PoolingReader {

    static final String STRUCTURE_FILE = "exercise.yaml";
    private static final List<String> EXERCISE_KEYS =
            List.of("id", "version", "order", "scenario", "fragments", "questions");
    private static final List<String> QUESTION_KEYS = List.of("id", "options", "correct", "needs");
    private static final int MIN_FRAGMENTS = 2;
    private static final int MIN_OPTIONS = 2;
    private static final int MAX_OPTIONS = 5;

    private final Problems problems;
    private final Content modules;

    /** @param modules the loaded modules, which lesson links in the texts point into */
    PoolingReader(Problems problems, Content modules) {
        this.problems = problems;
        this.modules = modules;
    }

    /** The exercises without errors; no pooling/ folder means no exercises. */
    List<PoolingExercise> read(Path contentRoot) {
        Path poolingFolder = contentRoot.resolve("pooling");
        if (!Files.isDirectory(poolingFolder)) {
            return List.of();
        }
        // Checked against the scenario folders, not the loaded scenarios: a scenario with errors of its own is
        // reported there, not once more as "unknown" here.
        Path scenariosFolder = contentRoot.resolve("scenarios");
        List<String> scenarios = Files.isDirectory(scenariosFolder)
                ? ModuleReader.folders(scenariosFolder).stream()
                        .map(folder -> folder.getFileName().toString())
                        .toList()
                : List.of();
        List<PoolingExercise> exercises = new ArrayList<>();
        for (Path folder : ModuleReader.folders(poolingFolder)) {
            try {
                readFolder(folder, scenarios).ifPresent(exercises::add);
            } catch (RuntimeException e) {
                problems.error(folder, 0, "could not read pooling exercise: " + e);
            }
        }
        return exercises;
    }

    private Optional<PoolingExercise> readFolder(Path folder, List<String> scenarios) {
        Path structurePath = folder.resolve(STRUCTURE_FILE);
        Optional<PoolingStructure> structure = Optional.empty();
        if (!Files.isRegularFile(structurePath)) {
            problems.error(structurePath, 0, "missing exercise.yaml: every pooling exercise folder needs one");
        } else {
            structure = YamlFile.read(structurePath, problems).flatMap(file -> {
                if (file.root().isEmpty()) {
                    problems.error(file.path(), 0, "exercise.yaml is empty");
                    return Optional.empty();
                }
                return YamlMap.root(file, problems)
                        .map(root -> structure(root, folder.getFileName().toString(), scenarios));
            });
        }
        List<String> names = LocaleFiles.names(LocaleFiles.yamlOnly(ModuleReader.files(folder), problems));
        Map<String, LocaleTexts> locales = LocaleFiles.read(
                folder,
                names,
                STRUCTURE_FILE,
                "pooling exercise",
                file -> YamlFile.read(file, problems),
                structure,
                PoolingTextsReader::read,
                problems);
        if (structure.isEmpty()) {
            return Optional.empty();
        }
        LocaleTexts.reportMissing(structure.get().textKeys(), locales, problems);
        ModuleReader.checkLessonLinks(modules, locales, problems);
        if (problems.hasErrorsUnder(folder)) {
            return Optional.empty();
        }
        return Optional.of(toExercise(structure.get(), locales));
    }

    private PoolingStructure structure(YamlMap root, String folderName, List<String> scenarios) {
        Path path = root.file().path();
        root.warnUnknownKeys(EXERCISE_KEYS);
        Located<String> id = root.text("id", true).orElse(new Located<>(folderName, root.line()));
        if (!Ids.isValid(id.value())) {
            problems.error(path, id.line(), Ids.formatMessage("pooling exercise", id.value()));
        } else if (!id.value().equals(folderName)) {
            problems.error(
                    path,
                    id.line(),
                    "pooling exercise id '" + id.value() + "' does not match its folder name '" + folderName + "'");
        }
        int version = root.positive("version");
        int order = root.integer("order").map(Located::value).orElse(0);
        String scenario = root.text("scenario", false)
                .map(named -> {
                    if (!scenarios.contains(named.value())) {
                        problems.error(
                                path,
                                named.line(),
                                Suggestion.unknown("scenario", named.value(), scenarios)
                                        + ": 'scenario' names the case the exercise builds on, a folder in"
                                        + " content/scenarios/");
                    }
                    return named.value();
                })
                .orElse(null);
        Map<String, Integer> fragments = ids(root, "fragments", "fragment", "");
        if (root.node("fragments").isPresent() && fragments.size() < MIN_FRAGMENTS) {
            problems.error(
                    path,
                    root.lineOf("fragments"),
                    "a pooling exercise needs at least " + MIN_FRAGMENTS
                            + " fragments (one piece of the picture per person), has " + fragments.size());
        }
        List<QuestionStructure> questions = questions(root, List.copyOf(fragments.keySet()));
        Set<String> needed = new HashSet<>();
        questions.forEach(question -> needed.addAll(question.needs()));
        // A warning, not an error: a deliberate red herring (an observation that turns out not to matter) is a
        // fair teaching move; but usually a fragment nobody needs is an authoring slip, and its holder is left out.
        fragments.forEach((fragment, line) -> {
            if (!needed.contains(fragment) && !questions.isEmpty()) {
                problems.warning(
                        path,
                        line,
                        "fragment '" + fragment + "' is not needed by any question: whoever holds it has nothing"
                                + " to add; list it under a question's 'needs' or leave it out");
            }
        });
        return new PoolingStructure(
                path, id.value(), version, order, scenario, List.copyOf(fragments.keySet()), questions);
    }

    private List<QuestionStructure> questions(YamlMap root, List<String> fragments) {
        Path path = root.file().path();
        List<Node> nodes = root.list("questions", true).orElse(List.of());
        if (nodes.isEmpty() && root.node("questions").isPresent()) {
            problems.error(path, root.lineOf("questions"), "'questions' must list at least one question");
        }
        List<QuestionStructure> questions = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            String what = "question " + (i + 1);
            Optional<YamlMap> map = root.mapping(node, YamlFile.line(node), what, " in " + what);
            Optional<Located<String>> id = map.flatMap(m -> m.text("id", true));
            if (id.isEmpty()) {
                continue;
            }
            String questionId = id.get().value();
            if (!Ids.isValid(questionId)) {
                problems.error(path, id.get().line(), Ids.formatMessage("question", questionId));
            }
            Integer first = seen.putIfAbsent(questionId, id.get().line());
            if (first != null) {
                problems.error(
                        path,
                        id.get().line(),
                        "duplicate question id '" + questionId + "' (first on line " + first + ")");
                continue;
            }
            questions.add(question(map.get().in(" in question '" + questionId + "'"), questionId, fragments));
        }
        return questions;
    }

    private QuestionStructure question(YamlMap map, String id, List<String> fragments) {
        Path path = map.file().path();
        map.warnUnknownKeys(QUESTION_KEYS);
        String where = " in question '" + id + "'";
        Map<String, Integer> options = ids(map, "options", "option", where);
        if (map.node("options").isPresent() && (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS)) {
            problems.error(
                    path,
                    map.lineOf("options"),
                    "question '" + id + "' needs " + MIN_OPTIONS + " to " + MAX_OPTIONS + " options, has "
                            + options.size());
        }
        String correct = map.text("correct", true)
                .map(named -> {
                    if (!options.isEmpty() && !options.containsKey(named.value())) {
                        problems.error(
                                path,
                                named.line(),
                                "correct option '" + named.value() + "' of question '" + id
                                        + "' is not one of its options (" + String.join(", ", options.keySet())
                                        + ")");
                    }
                    return named.value();
                })
                .orElse("");
        List<String> needs = needs(map, id, fragments);
        return new QuestionStructure(id, List.copyOf(options.keySet()), correct, needs);
    }

    private List<String> needs(YamlMap map, String id, List<String> fragments) {
        Path path = map.file().path();
        String none = "question '" + id + "' needs no fragment: list under 'needs' the fragments without which it"
                + " cannot be answered";
        if (map.node("needs").isEmpty()) {
            problems.error(path, map.keys().contains("needs") ? map.lineOf("needs") : map.line(), none);
            return List.of();
        }
        List<String> needs = new ArrayList<>();
        for (Located<String> fragment : map.textList("needs", false).orElse(List.of())) {
            if (!fragments.contains(fragment.value())) {
                problems.error(
                        path,
                        fragment.line(),
                        Suggestion.unknown("fragment", fragment.value(), fragments) + " in 'needs' of question '" + id
                                + "' (not in 'fragments')");
            } else if (needs.contains(fragment.value())) {
                problems.error(
                        path,
                        fragment.line(),
                        "fragment '" + fragment.value() + "' is listed twice in 'needs' of question '" + id + "'");
            } else {
                needs.add(fragment.value());
            }
        }
        if (map.node("needs").get() instanceof SequenceNode sequence
                && sequence.getValue().isEmpty()) {
            problems.error(path, map.lineOf("needs"), none);
        } else if (needs.size() == 1) {
            // Answerable by one person alone: not wrong, but not what a pooling question is for.
            problems.warning(
                    path,
                    map.lineOf("needs"),
                    "question '" + id + "' needs only fragment '" + needs.get(0) + "': one person can answer it"
                            + " alone; a pooling question needs two or more fragments combined");
        }
        return needs;
    }

    /**
     * A list of ids (fragments, options) in order, each with its line; a badly formed or repeated id is reported,
     * and a repeated one left out.
     */
    private Map<String, Integer> ids(YamlMap map, String key, String kind, String where) {
        Path path = map.file().path();
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (Located<String> id : map.textList(key, true).orElse(List.of())) {
            if (!Ids.isValid(id.value())) {
                problems.error(path, id.line(), Ids.formatMessage(kind, id.value()) + where);
            }
            Integer first = ids.putIfAbsent(id.value(), id.line());
            if (first != null) {
                problems.error(
                        path,
                        id.line(),
                        "duplicate " + kind + " id '" + id.value() + "'" + where + " (first on line " + first + ")");
            }
        }
        return ids;
    }

    private static PoolingExercise toExercise(PoolingStructure structure, Map<String, LocaleTexts> locales) {
        UnaryOperator<String> plain = UnaryOperator.identity();
        UnaryOperator<String> markdown = text -> LessonMarkdown.toHtml(text, null);
        List<Fragment> fragments = structure.fragments().stream()
                .map(id -> new Fragment(
                        id,
                        LocaleTexts.localized(locales, "fragments." + id + ".holder", plain),
                        LocaleTexts.localized(locales, "fragments." + id + ".text", markdown)))
                .toList();
        List<PoolingQuestion> questions = structure.questions().stream()
                .map(question -> {
                    String path = "questions." + question.id();
                    return new PoolingQuestion(
                            question.id(),
                            LocaleTexts.localized(locales, path + ".prompt", markdown),
                            question.options().stream()
                                    .map(option -> new PoolingOption(
                                            option, LocaleTexts.localized(locales, path + ".options." + option, plain)))
                                    .toList(),
                            question.correct(),
                            Set.copyOf(question.needs()),
                            LocaleTexts.localized(locales, path + ".explanation", markdown));
                })
                .toList();
        return new PoolingExercise(
                structure.id(),
                structure.version(),
                structure.order(),
                structure.scenarioId(),
                LocaleTexts.localized(locales, "title", plain),
                LocaleTexts.localized(locales, "summary", plain),
                LocaleTexts.localized(locales, "intro", markdown),
                fragments,
                questions);
    }
}
