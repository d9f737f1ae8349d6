package nl.signaal.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a content root (content/) into the immutable model. Never throws for bad content: every problem is
 * collected, with file and line, so an author sees them all in one run.
 */
public final class ContentLoader {

    /** A module draft's refresher files are named as under content/refreshers/&lt;id&gt;/, after this prefix. */
    private static final String REFRESHERS = "refreshers/";

    private ContentLoader() {}

    public static LoadResult load(Path contentRoot) {
        Problems problems = new Problems(contentRoot);
        if (!Files.isDirectory(contentRoot)) {
            problems.error(contentRoot, 0, "content folder " + contentRoot.toAbsolutePath() + " does not exist");
            return new LoadResult(new Content(List.of()), problems.sorted());
        }
        // Each kind of content has its own reader; scenarios, refresher items and pooling exercises point into the
        // modules (pooling exercises also name a scenario folder).
        List<TrainingModule> modules = new ModuleReader(problems).read(contentRoot);
        List<Scenario> scenarios = new ScenarioReader(problems, new Content(modules)).read(contentRoot);
        List<RefresherItem> refresherItems = new RefresherReader(problems, new Content(modules)).read(contentRoot);
        List<PoolingExercise> poolingExercises = new PoolingReader(problems, new Content(modules)).read(contentRoot);
        List<TrainerKit> trainerKits = new TrainerKitReader(problems, scenarios).read(contentRoot);
        List<Track> tracks = new TrackReader(problems, new Content(modules)).read(contentRoot);
        // Last: every text with a term: link has been read, so the links can be checked against the glossary.
        GlossaryReader glossaryReader = new GlossaryReader(problems);
        Glossary glossary = glossaryReader.read(contentRoot);
        glossaryReader.checkLinks();
        return new LoadResult(
                new Content(modules, scenarios, refresherItems, poolingExercises, trainerKits, tracks, glossary),
                problems.sorted());
    }

    /**
     * Re-reads a stored version of a scenario (a run is pinned to the version it started on) from the exact texts
     * of its files, e.g. {"scenario.yaml": ..., "nl.yaml": ...}; lesson links are checked against the given modules.
     *
     * @throws IllegalStateException listing the errors when the stored files do not make a valid scenario
     */
    public static Scenario loadScenario(String id, Map<String, String> sourceFiles, Content modulesForLinks) {
        LoadResult result = readScenario(id, sourceFiles, modulesForLinks);
        Optional<Scenario> scenario = result.content().scenario(id);
        if (result.hasErrors() || scenario.isEmpty()) {
            throw new IllegalStateException("stored scenario '" + id + "' cannot be read:\n"
                    + result.errors().stream().map(ContentProblem::format).collect(Collectors.joining("\n")));
        }
        return scenario.get();
    }

    /**
     * A scenario given as the texts of its files (a draft written in the browser) read as content/ would be: the
     * scenario when valid, and every problem with files shown as content/scenarios/&lt;id&gt;/&lt;file&gt;.
     */
    public static LoadResult checkScenario(String id, Map<String, String> sourceFiles, Content modulesForLinks) {
        Path root = Path.of("content");
        Problems problems = new Problems(root);
        Optional<Scenario> scenario = new ScenarioReader(problems, modulesForLinks)
                .read(root.resolve("scenarios").resolve(id), sourceFiles);
        // Glossary links are checked here, not when a pinned version is re-read: a term removed later must not
        // make a run's version unreadable.
        GlossaryReader.checkLinks(problems, modulesForLinks.glossary());
        return new LoadResult(new Content(List.of(), scenario.stream().toList()), problems.sorted());
    }

    /**
     * A module given as the texts of its files (a draft written in the browser) read as content/ would be:
     * {@code module.yaml} and {@code <locale>.yaml} as in content/modules/&lt;id&gt;/, and optionally
     * {@code refreshers/items.yaml} and {@code refreshers/<locale>.yaml} as in content/refreshers/&lt;id&gt;/. Lesson
     * links, glossary links and refresher item ids are checked against {@code shipped}; a draft has no images. The
     * module and its refresher items when valid, and every problem with files shown as under content/.
     */
    public static LoadResult checkModule(String id, Map<String, String> sourceFiles, Content shipped) {
        Path root = Path.of("content");
        Problems problems = new Problems(root);
        Path folder = root.resolve("modules").resolve(id);
        Map<String, String> refresherFiles = new LinkedHashMap<>();
        sourceFiles.forEach((name, text) -> {
            if (name.startsWith(REFRESHERS)) {
                refresherFiles.put(name.substring(REFRESHERS.length()), text);
            } else if (name.contains("/")) {
                problems.warning(folder.resolve(name), 0, "ignored: a module draft has no folders but refreshers/");
            }
        });
        Optional<TrainingModule> module = new ModuleReader(problems)
                .readDraft(folder, moduleFiles(sourceFiles), shipped)
                .filter(source -> !problems.hasErrorsUnder(folder))
                .map(ModuleSource::toModule);
        List<RefresherItem> items = List.of();
        if (!refresherFiles.isEmpty()) {
            RefresherReader refreshers =
                    new RefresherReader(problems, new Content(module.stream().toList()));
            refreshers.known(shipped.refresherItems().stream()
                    .filter(item -> !item.moduleId().equals(id))
                    .toList());
            items = refreshers.readDraft(root.resolve("refreshers").resolve(id), refresherFiles, List.of(id));
        }
        GlossaryReader.checkLinks(problems, shipped.glossary());
        return new LoadResult(new Content(module.stream().toList(), List.of(), items), problems.sorted());
    }

    /**
     * The answer-cue figures of a module draft's knowledge check as far as it can be read, also while the draft has
     * errors (an option without a Dutch text counts as length 0); refresher items only count once the draft is valid.
     */
    public static List<AnswerCues.SetFigures> measureModuleDraft(
            String id, Map<String, String> sourceFiles, Content shipped) {
        Path root = Path.of("content");
        LoadResult checked = checkModule(id, sourceFiles, shipped);
        if (!checked.content().modules().isEmpty()) {
            return AnswerCues.measure(checked.content(), root);
        }
        Optional<TrainingModule> partial = new ModuleReader(new Problems(root))
                .readDraft(root.resolve("modules").resolve(id), moduleFiles(sourceFiles), shipped)
                .map(ModuleSource::toModule);
        return AnswerCues.measure(new Content(partial.stream().toList()), root);
    }

    /** A module draft's own files: module.yaml and its locale files, not those under refreshers/. */
    private static Map<String, String> moduleFiles(Map<String, String> sourceFiles) {
        Map<String, String> files = new LinkedHashMap<>();
        sourceFiles.forEach((name, text) -> {
            if (!name.contains("/")) {
                files.put(name, text);
            }
        });
        return files;
    }

    /**
     * A YAML text composed into nodes (with their marks) exactly as the content readers compose it: core schema,
     * nesting limited; empty when it is not YAML or holds nothing.
     */
    public static Optional<org.snakeyaml.engine.v2.nodes.Node> composeYaml(String text) {
        return YamlFile.parse(Path.of("draft.yaml"), text, new Problems(Path.of("content")))
                .flatMap(YamlFile::root);
    }

    /** The scenario (if valid) and every problem, with files shown as content/scenarios/&lt;id&gt;/&lt;file&gt;. */
    static LoadResult readScenario(String id, Map<String, String> sourceFiles, Content modulesForLinks) {
        Path root = Path.of("content");
        Problems problems = new Problems(root);
        Optional<Scenario> scenario = new ScenarioReader(problems, modulesForLinks)
                .read(root.resolve("scenarios").resolve(id), sourceFiles);
        return new LoadResult(new Content(List.of(), scenario.stream().toList()), problems.sorted());
    }
}
