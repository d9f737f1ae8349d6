package nl.signaal.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.signaal.simulation.engine.Choice;
import nl.signaal.simulation.engine.Ending;
import nl.signaal.simulation.engine.Finding;
import nl.signaal.simulation.engine.Node;
import nl.signaal.simulation.engine.ScenarioAnalysis;
import nl.signaal.simulation.engine.ScenarioDefinition;
import nl.signaal.simulation.engine.Scene;

/**
 * Reads content/scenarios/: one folder per scenario (scenario.yaml plus locale files). The same reading serves a
 * pinned version re-read from stored file texts, so a folder's files are first taken in as texts.
 */
final class ScenarioReader {

    static final String STRUCTURE_FILE = "scenario.yaml";

    private final Problems problems;
    private final Content modules;

    /** @param modules the loaded modules, which readAgain entries and lesson links point into */
    ScenarioReader(Problems problems, Content modules) {
        this.problems = problems;
        this.modules = modules;
    }

    /** The scenarios without errors; no scenarios/ folder means no scenarios. */
    List<Scenario> read(Path contentRoot) {
        Path scenariosFolder = contentRoot.resolve("scenarios");
        if (!Files.isDirectory(scenariosFolder)) {
            return List.of();
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (Path folder : ModuleReader.folders(scenariosFolder)) {
            try {
                read(folder, files(folder)).ifPresent(scenarios::add);
            } catch (RuntimeException e) {
                problems.error(folder, 0, "could not read scenario: " + e);
            }
        }
        return scenarios;
    }

    /** The .yaml files of a folder, by name, with their exact texts. */
    private Map<String, String> files(Path folder) {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> yamlFiles = LocaleFiles.yamlOnly(
                    children.filter(Files::isRegularFile).sorted().toList(), problems);
            for (Path file : yamlFiles) {
                YamlFile.readText(file, problems)
                        .ifPresent(text -> files.put(file.getFileName().toString(), text));
            }
        } catch (IOException e) {
            problems.error(folder, 0, "cannot read folder: " + e.getMessage());
        }
        return files;
    }

    /** One scenario from its files' texts (file name to text); empty when it has errors (all reported). */
    Optional<Scenario> read(Path folder, Map<String, String> files) {
        Path structurePath = folder.resolve(STRUCTURE_FILE);
        Optional<ScenarioStructure> structure = Optional.empty();
        if (files.containsKey(STRUCTURE_FILE)) {
            structure = YamlFile.parse(structurePath, files.get(STRUCTURE_FILE), problems)
                    .flatMap(file -> ScenarioStructureReader.read(
                            file, folder.getFileName().toString(), modules, problems));
        } else {
            problems.error(structurePath, 0, "missing scenario.yaml: every scenario folder needs one");
        }
        // An unreadable file is not among the texts, so an unreadable nl.yaml also counts as missing.
        Map<String, LocaleTexts> locales = LocaleFiles.read(
                folder,
                files.keySet(),
                STRUCTURE_FILE,
                "scenario",
                path -> YamlFile.parse(path, files.get(path.getFileName().toString()), problems),
                structure,
                ScenarioTextsReader::read,
                problems);
        if (structure.isEmpty()) {
            return Optional.empty();
        }
        LocaleTexts.reportMissing(structure.get().textKeys(), locales, problems);
        checkDiscussions(structure.get(), locales);
        ModuleReader.checkLessonLinks(modules, locales, problems);
        if (structure.get().graphSound()) {
            analyse(structure.get());
        }
        if (problems.hasErrorsUnder(folder)) {
            return Optional.empty();
        }
        return Optional.of(toScenario(structure.get().definition(), structure.get(), locales, files));
    }

    /**
     * Facilitation notes are optional, but Dutch is the source: a note written in nl.yaml is expected in every other
     * locale file (a warning when missing, as for any text), and a note that only a translation has is an error.
     */
    private void checkDiscussions(ScenarioStructure structure, Map<String, LocaleTexts> locales) {
        LocaleTexts dutch = locales.get(SupportedLocales.SOURCE);
        List<String> keys = discussedScenes(structure.definition(), locales).stream()
                .map(ScenarioTextsReader::discussionKey)
                .toList();
        if (dutch == null) {
            return; // the missing nl.yaml is reported
        }
        LocaleTexts.reportMissing(
                keys.stream().filter(dutch.texts()::containsKey).toList(), locales, problems);
        for (LocaleTexts texts : locales.values()) {
            for (String key : keys) {
                LocaleTexts.Text text = texts.texts().get(key);
                if (text != null && !dutch.texts().containsKey(key)) {
                    problems.error(
                            texts.file(),
                            text.line(),
                            "discussion " + key + " has no Dutch (nl) text: Dutch is the source, write it in nl.yaml"
                                    + " first");
                }
            }
        }
    }

    /** The scenes with facilitation notes in any locale, in node order. */
    private static List<String> discussedScenes(ScenarioDefinition definition, Map<String, LocaleTexts> locales) {
        return definition.nodes().values().stream()
                .filter(node -> node instanceof Scene)
                .map(Node::id)
                .filter(id -> locales.values().stream()
                        .anyMatch(texts -> texts.texts().containsKey(ScenarioTextsReader.discussionKey(id))))
                .toList();
    }

    /** Reachability on the state graph; reported at the node, at the condition of a choice, or at the choice closing a loop. */
    private void analyse(ScenarioStructure structure) {
        for (Finding finding : ScenarioAnalysis.analyse(structure.definition())) {
            int line = switch (finding.kind()) {
                case STATE_SPACE_TOO_LARGE -> 0;
                case CONDITION_NEVER_HOLDS ->
                    structure.conditionLines().getOrDefault(finding.nodeId() + "/" + finding.choiceId(), 0);
                case LOOP_WITHOUT_PROGRESS ->
                    structure.choiceLines().getOrDefault(finding.nodeId() + "/" + finding.choiceId(), 0);
                default -> structure.nodeLines().getOrDefault(finding.nodeId(), 0);
            };
            if (finding.isError()) {
                problems.error(structure.file(), line, finding.message());
            } else {
                problems.warning(structure.file(), line, finding.message());
            }
        }
    }

    private static Scenario toScenario(
            ScenarioDefinition definition,
            ScenarioStructure structure,
            Map<String, LocaleTexts> locales,
            Map<String, String> files) {
        UnaryOperator<String> plain = UnaryOperator.identity();
        UnaryOperator<String> markdown = text -> LessonMarkdown.toHtml(text, null);
        Map<String, Localized> characters = new LinkedHashMap<>();
        structure
                .characters()
                .forEach(c -> characters.put(c, LocaleTexts.localized(locales, "characters." + c, plain)));
        Map<String, Localized> settings = new LinkedHashMap<>();
        structure.settings().forEach(s -> settings.put(s, LocaleTexts.localized(locales, "settings." + s, plain)));
        Map<String, Localized> nodeHtml = new LinkedHashMap<>();
        Map<String, Localized> debriefHtml = new LinkedHashMap<>();
        Map<String, Localized> choiceText = new LinkedHashMap<>();
        Map<String, Localized> choiceFeedback = new LinkedHashMap<>();
        Map<String, Localized> discussionHtml = new LinkedHashMap<>();
        for (String scene : discussedScenes(definition, locales)) {
            discussionHtml.put(
                    scene, LocaleTexts.localized(locales, ScenarioTextsReader.discussionKey(scene), markdown));
        }
        for (Node node : definition.nodes().values()) {
            String path = "nodes." + node.id();
            nodeHtml.put(node.id(), LocaleTexts.localized(locales, path + ".text", markdown));
            if (node instanceof Ending) {
                debriefHtml.put(node.id(), LocaleTexts.localized(locales, path + ".debrief", markdown));
            } else if (node instanceof Scene scene) {
                for (Choice choice : scene.choices()) {
                    String key = ScenarioTextsReader.choiceKey(scene, choice);
                    String choicePath = path + ".choices." + choice.id();
                    choiceText.put(key, LocaleTexts.localized(locales, choicePath + ".text", plain));
                    choiceFeedback.put(key, LocaleTexts.localized(locales, choicePath + ".feedback", plain));
                }
            }
        }
        return new Scenario(
                definition,
                LocaleTexts.localized(locales, "title", plain),
                LocaleTexts.localized(locales, "summary", plain),
                characters,
                settings,
                nodeHtml,
                debriefHtml,
                choiceText,
                choiceFeedback,
                files,
                structure.practice(),
                discussionHtml);
    }
}
