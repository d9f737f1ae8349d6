package nl.signaal.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads content/tracks/: one folder per train-the-trainer track, holding track.yaml (what completes the track, how
 * long it stays valid) and a texts file per locale (title, summary, one description per kind of step). Every module
 * and case a track names must exist: a track that points at nothing could never be completed.
 */
final class TrackReader {

    static final String STRUCTURE_FILE = "track.yaml";
    private static final List<String> TRACK_KEYS = List.of(
            "id",
            "version",
            "order",
            "requiredModules",
            "requiredCases",
            "facilitation",
            "practical",
            "validity",
            "keptValidBy",
            "studyMinutes");
    static final List<String> STEP_KEYS =
            List.of("modules", "cases", "facilitation", "liveSessions", "reflection", "keepValid");
    private static final String ALL_CASES = "all";

    /** track.yaml as read; fields that could not be read hold a neutral value (the problem is reported). */
    record Structure(
            String id,
            int version,
            int order,
            List<String> requiredModules,
            Track.RequiredCases requiredCases,
            List<String> facilitation,
            Track.Practical practical,
            int validityYears,
            Track.KeptValidBy keptValidBy,
            int studyMinutes) {}

    private final Problems problems;
    private final Content modulesForLinks;

    /** @param modules the loaded modules, which lesson links in the texts point into */
    TrackReader(Problems problems, Content modules) {
        this.problems = problems;
        this.modulesForLinks = modules;
    }

    /** The tracks without errors; no tracks/ folder means no tracks. */
    List<Track> read(Path contentRoot) {
        Path tracksFolder = contentRoot.resolve("tracks");
        if (!Files.isDirectory(tracksFolder)) {
            return List.of();
        }
        // Checked against the folders, not the loaded content: a module with errors of its own is reported there,
        // not once more as "unknown" here.
        List<String> modules = folderNames(contentRoot.resolve("modules"));
        List<String> scenarios = folderNames(contentRoot.resolve("scenarios"));
        List<Track> tracks = new ArrayList<>();
        for (Path folder : ModuleReader.folders(tracksFolder)) {
            try {
                readFolder(folder, modules, scenarios).ifPresent(tracks::add);
            } catch (RuntimeException e) {
                problems.error(folder, 0, "could not read track: " + e);
            }
        }
        return tracks;
    }

    private static List<String> folderNames(Path folder) {
        return Files.isDirectory(folder)
                ? ModuleReader.folders(folder).stream()
                        .map(path -> path.getFileName().toString())
                        .toList()
                : List.of();
    }

    private Optional<Track> readFolder(Path folder, List<String> modules, List<String> scenarios) {
        Path structurePath = folder.resolve(STRUCTURE_FILE);
        Optional<Structure> structure = Optional.empty();
        if (!Files.isRegularFile(structurePath)) {
            problems.error(structurePath, 0, "missing track.yaml: every track folder needs one");
        } else {
            structure = YamlFile.read(structurePath, problems).flatMap(file -> {
                if (file.root().isEmpty()) {
                    problems.error(file.path(), 0, "track.yaml is empty");
                    return Optional.empty();
                }
                return YamlMap.root(file, problems)
                        .map(root -> structure(root, folder.getFileName().toString(), modules, scenarios));
            });
        }
        List<String> names = LocaleFiles.names(LocaleFiles.yamlOnly(ModuleReader.files(folder), problems));
        Map<String, LocaleTexts> locales = LocaleFiles.read(
                folder,
                names,
                STRUCTURE_FILE,
                "track",
                file -> YamlFile.read(file, problems),
                structure,
                TrackReader::readTexts,
                problems);
        if (structure.isEmpty()) {
            return Optional.empty();
        }
        LocaleTexts.reportMissing(textKeys(), locales, problems);
        ModuleReader.checkLessonLinks(modulesForLinks, locales, problems);
        if (problems.hasErrorsUnder(folder)) {
            return Optional.empty();
        }
        return Optional.of(toTrack(structure.get(), locales));
    }

    static List<String> textKeys() {
        List<String> keys = new ArrayList<>(List.of("title", "summary"));
        STEP_KEYS.forEach(step -> keys.add("steps." + step));
        return keys;
    }

    private Structure structure(YamlMap root, String folderName, List<String> modules, List<String> scenarios) {
        Path path = root.file().path();
        root.warnUnknownKeys(TRACK_KEYS);
        Located<String> id = root.text("id", true).orElse(new Located<>(folderName, root.line()));
        if (!Ids.isValid(id.value())) {
            problems.error(path, id.line(), Ids.formatMessage("track", id.value()));
        } else if (!id.value().equals(folderName)) {
            problems.error(
                    path,
                    id.line(),
                    "track id '" + id.value() + "' does not match its folder name '" + folderName + "'");
        }
        int version = root.positive("version");
        int order = root.integer("order").map(Located::value).orElse(0);
        List<String> required = ids(root, "requiredModules", "module", modules, "content/modules/");
        if (root.list("requiredModules", false).map(List::isEmpty).orElse(false)) {
            problems.error(path, root.lineOf("requiredModules"), "'requiredModules' must list at least one module");
        }
        Track.RequiredCases cases = requiredCases(root, scenarios);
        List<String> facilitation = ids(root, "facilitation", "module", modules, "content/modules/");
        for (String module : facilitation) {
            if (required.contains(module)) {
                problems.error(
                        path,
                        root.lineOf("facilitation"),
                        "module '" + module + "' is both in 'requiredModules' and in 'facilitation'; list it once");
            }
        }
        Track.Practical practical = practical(root);
        int years = root.map("validity", true, " in validity")
                .map(validity -> {
                    validity.warnUnknownKeys(List.of("years"));
                    return validity.positive("years");
                })
                .orElse(0);
        Track.KeptValidBy kept = root.map("keptValidBy", true, " in keptValidBy")
                .map(map -> {
                    map.warnUnknownKeys(List.of("refreshers", "liveSessionsPerYear"));
                    boolean refreshers = map.bool("refreshers").orElse(false);
                    int perYear =
                            map.node("liveSessionsPerYear").isPresent() ? nonNegative(map, "liveSessionsPerYear") : 0;
                    return new Track.KeptValidBy(refreshers, perYear);
                })
                .orElse(new Track.KeptValidBy(false, 0));
        int studyMinutes = root.positive("studyMinutes");
        return new Structure(
                id.value(), version, order, required, cases, facilitation, practical, years, kept, studyMinutes);
    }

    private Track.RequiredCases requiredCases(YamlMap root, List<String> scenarios) {
        return root.map("requiredCases", true, " in requiredCases")
                .map(map -> {
                    map.warnUnknownKeys(List.of("atLeast", "from"));
                    int atLeast = map.positive("atLeast");
                    List<String> from = List.of();
                    Optional<Node> node = map.node("from");
                    if (node.isEmpty()) {
                        problems.error(
                                map.file().path(),
                                map.lineOf("from"),
                                "missing required field 'from' in requiredCases: list case ids or write 'all'");
                    } else if (node.get() instanceof ScalarNode scalar) {
                        if (!ALL_CASES.equals(scalar.getValue())) {
                            problems.error(
                                    map.file().path(),
                                    YamlFile.line(scalar),
                                    "'from' in requiredCases must be a list of case ids or 'all', not '"
                                            + scalar.getValue() + "'");
                        }
                    } else {
                        from = ids(map, "from", "scenario", scenarios, "content/scenarios/");
                        if (map.list("from", false).map(List::isEmpty).orElse(false)) {
                            problems.error(
                                    map.file().path(),
                                    map.lineOf("from"),
                                    "'from' in requiredCases must list at least one case, or say 'all'");
                        }
                    }
                    int available = from.isEmpty() ? scenarios.size() : from.size();
                    if (atLeast > available) {
                        problems.error(
                                map.file().path(),
                                map.lineOf("atLeast"),
                                "'atLeast' in requiredCases is " + atLeast + " but only " + available
                                        + " cases can count: nobody could complete this track");
                    }
                    return new Track.RequiredCases(atLeast, from);
                })
                .orElse(new Track.RequiredCases(0, List.of()));
    }

    private Track.Practical practical(YamlMap root) {
        return root.map("practical", true, " in practical")
                .map(map -> {
                    map.warnUnknownKeys(List.of("liveSessions", "reflection"));
                    int sessions = 0;
                    int participants = 0;
                    Optional<YamlMap> live = map.map("liveSessions", true, " in practical.liveSessions");
                    if (live.isPresent()) {
                        live.get().warnUnknownKeys(List.of("atLeast", "minParticipants"));
                        sessions = live.get().positive("atLeast");
                        participants = live.get().positive("minParticipants");
                    }
                    int minWords = map.map("reflection", true, " in practical.reflection")
                            .map(reflection -> {
                                reflection.warnUnknownKeys(List.of("minWords"));
                                return reflection.positive("minWords");
                            })
                            .orElse(0);
                    return new Track.Practical(sessions, participants, minWords);
                })
                .orElse(new Track.Practical(0, 0, 0));
    }

    private int nonNegative(YamlMap map, String key) {
        return map.integer(key)
                .map(value -> {
                    if (value.value() < 0) {
                        problems.error(
                                map.file().path(),
                                value.line(),
                                "'" + key + "' must be 0 or a positive whole number, not " + value.value());
                        return 0;
                    }
                    return value.value();
                })
                .orElse(0);
    }

    /** A list of module or scenario ids that must name existing folders; unknown and repeated ones are reported. */
    private List<String> ids(YamlMap map, String key, String kind, List<String> known, String folder) {
        Path path = map.file().path();
        List<String> ids = new ArrayList<>();
        for (Located<String> id : map.textList(key, true).orElse(List.of())) {
            if (!known.contains(id.value())) {
                problems.error(
                        path,
                        id.line(),
                        Suggestion.unknown(kind, id.value(), known) + " in '" + key + "' (not a folder in " + folder
                                + ")");
            } else if (ids.contains(id.value())) {
                problems.error(path, id.line(), kind + " '" + id.value() + "' is listed twice in '" + key + "'");
            } else {
                ids.add(id.value());
            }
        }
        return ids;
    }

    private static LocaleTexts readTexts(YamlFile file, String locale, Structure structure, Problems problems) {
        return LocaleTextsReader.read(file, locale, null, problems, (reader, root) -> {
            root.warnUnknownKeys(List.of("title", "summary", "steps"));
            reader.text(root, "title", "title");
            reader.text(root, "summary", "summary");
            reader.child(root, "steps", "steps").ifPresent(steps -> {
                steps.warnUnknownKeys(STEP_KEYS);
                STEP_KEYS.forEach(step -> reader.markdown(steps, step, "steps." + step));
            });
        });
    }

    private static Track toTrack(Structure structure, Map<String, LocaleTexts> locales) {
        UnaryOperator<String> plain = UnaryOperator.identity();
        UnaryOperator<String> markdown = text -> LessonMarkdown.toHtml(text, null);
        return new Track(
                structure.id(),
                structure.version(),
                structure.order(),
                structure.requiredModules(),
                structure.requiredCases(),
                structure.facilitation(),
                structure.practical(),
                structure.validityYears(),
                structure.keptValidBy(),
                structure.studyMinutes(),
                LocaleTexts.localized(locales, "title", plain),
                LocaleTexts.localized(locales, "summary", plain),
                new Track.Steps(
                        LocaleTexts.localized(locales, "steps.modules", markdown),
                        LocaleTexts.localized(locales, "steps.cases", markdown),
                        LocaleTexts.localized(locales, "steps.facilitation", markdown),
                        LocaleTexts.localized(locales, "steps.liveSessions", markdown),
                        LocaleTexts.localized(locales, "steps.reflection", markdown),
                        LocaleTexts.localized(locales, "steps.keepValid", markdown)));
    }
}
