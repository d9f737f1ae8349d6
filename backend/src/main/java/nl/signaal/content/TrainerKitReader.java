package nl.signaal.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.signaal.content.TrainerKit.Guide;
import nl.signaal.content.TrainerKit.SceneGuide;
import nl.signaal.content.TrainerKit.TimingStep;
import nl.signaal.simulation.engine.Ending;
import nl.signaal.simulation.engine.Node;
import nl.signaal.simulation.engine.Scene;

/**
 * Reads the trainer kits: content/scenarios/&lt;id&gt;/kit/ with one file per locale (nl.yaml required). A kit must
 * fit its case: every scene it names exists and is a decision (not an ending), a translation names no scene or sector
 * the Dutch kit lacks, and each session plan adds up to its length. A decision scene without questions is a warning:
 * the kit still helps, but the facilitator is left alone at that point. Unknown keys are errors here, not warnings:
 * kits are new, and a misspelt "scenes" would silently drop every question.
 */
final class TrainerKitReader {

    static final String FOLDER = "kit";
    private static final List<String> KIT_KEYS = List.of("aims", "timing", "listenFor", "variations", "scenes");
    private static final List<String> TIMING_KEYS = List.of("minutes30", "minutes60");
    private static final List<String> STEP_KEYS = List.of("minutes", "activity");
    private static final List<String> SCENE_KEYS = List.of("questions", "listenFor");

    private final Problems problems;
    private final List<Scenario> scenarios;

    /** @param scenarios the loaded scenarios; a kit of a scenario that failed to load is not read (its errors suffice) */
    TrainerKitReader(Problems problems, List<Scenario> scenarios) {
        this.problems = problems;
        this.scenarios = scenarios;
    }

    List<TrainerKit> read(Path contentRoot) {
        Path scenariosFolder = contentRoot.resolve("scenarios");
        if (!Files.isDirectory(scenariosFolder)) {
            return List.of();
        }
        List<TrainerKit> kits = new ArrayList<>();
        for (Path folder : ModuleReader.folders(scenariosFolder)) {
            Path kitFolder = folder.resolve(FOLDER);
            String id = folder.getFileName().toString();
            Optional<Scenario> scenario =
                    scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
            if (!Files.isDirectory(kitFolder) || scenario.isEmpty()) {
                continue;
            }
            try {
                read(kitFolder, scenario.get()).ifPresent(kits::add);
            } catch (RuntimeException e) {
                problems.error(kitFolder, 0, "could not read trainer kit: " + e);
            }
        }
        return kits;
    }

    private Optional<TrainerKit> read(Path kitFolder, Scenario scenario) {
        List<Path> files = LocaleFiles.yamlOnly(ModuleReader.files(kitFolder), problems);
        Map<String, Path> byLocale = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String locale = name.substring(0, name.length() - ".yaml".length());
            if (!SupportedLocales.ALL.contains(locale)) {
                problems.error(file, 0, SupportedLocales.unknownFileMessage(locale));
            } else {
                byLocale.put(locale, file);
            }
        }
        Path sourcePath = byLocale.get(SupportedLocales.SOURCE);
        if (sourcePath == null) {
            problems.error(
                    kitFolder.resolve("nl.yaml"),
                    0,
                    "missing nl.yaml: Dutch (nl) is the source locale and every trainer kit needs it");
            return Optional.empty();
        }
        Optional<Guide> source = guide(sourcePath, scenario, Optional.empty());
        Map<String, Guide> guides = new LinkedHashMap<>();
        source.ifPresent(guide -> guides.put(SupportedLocales.SOURCE, guide));
        byLocale.forEach((locale, file) -> {
            if (!locale.equals(SupportedLocales.SOURCE)) {
                guide(file, scenario, source).ifPresent(guide -> guides.put(locale, guide));
            }
        });
        if (source.isEmpty() || problems.hasErrorsUnder(kitFolder)) {
            return Optional.empty();
        }
        return Optional.of(new TrainerKit(scenario.id(), guides));
    }

    /** One locale file; a translation (source present) is checked against the Dutch guide. */
    private Optional<Guide> guide(Path file, Scenario scenario, Optional<Guide> source) {
        return YamlFile.read(file, problems).flatMap(yaml -> {
            if (yaml.root().isEmpty()) {
                problems.error(file, 0, "the trainer kit is empty");
                return Optional.empty();
            }
            return YamlMap.root(yaml, problems).map(root -> guide(root, scenario, source));
        });
    }

    private Guide guide(YamlMap root, Scenario scenario, Optional<Guide> source) {
        boolean required = source.isEmpty();
        refuseUnknownKeys(root, KIT_KEYS);
        List<String> aims = texts(root, "aims", required);
        Optional<YamlMap> timing = root.map("timing", required, " in 'timing'");
        timing.ifPresent(map -> refuseUnknownKeys(map, TIMING_KEYS));
        List<TimingStep> thirty =
                timing.map(map -> plan(map, "minutes30", 30, required)).orElse(List.of());
        List<TimingStep> sixty =
                timing.map(map -> plan(map, "minutes60", 60, required)).orElse(List.of());
        List<String> listenFor = texts(root, "listenFor", required);
        Map<String, String> variations = variations(root, source);
        Map<String, SceneGuide> scenes = scenes(root, scenario, source);
        if (!required) {
            // Parts a translation leaves out fall back to Dutch.
            Guide dutch = source.get();
            aims = aims.isEmpty() ? dutch.aims() : aims;
            thirty = thirty.isEmpty() ? dutch.thirtyMinutes() : thirty;
            sixty = sixty.isEmpty() ? dutch.sixtyMinutes() : sixty;
            listenFor = listenFor.isEmpty() ? dutch.listenFor() : listenFor;
        }
        return new Guide(aims, thirty, sixty, listenFor, variations, scenes);
    }

    private List<TimingStep> plan(YamlMap timing, String key, int length, boolean required) {
        Path path = timing.file().path();
        List<TimingStep> steps = new ArrayList<>();
        int total = 0;
        for (var node : timing.list(key, required).orElse(List.of())) {
            Optional<YamlMap> step = timing.mapping(node, YamlFile.line(node), "a step of '" + key + "'", " in a step");
            if (step.isEmpty()) {
                continue;
            }
            refuseUnknownKeys(step.get(), STEP_KEYS);
            Optional<Located<Integer>> minutes = step.get().integer("minutes");
            Optional<Located<String>> activity = step.get().text("activity", true);
            if (minutes.isPresent() && minutes.get().value() < 1) {
                problems.error(path, minutes.get().line(), "'minutes' of a step must be 1 or more");
            }
            if (minutes.isPresent() && activity.isPresent()) {
                total += minutes.get().value();
                steps.add(new TimingStep(
                        minutes.get().value(), activity.get().value().strip()));
            }
        }
        if (!steps.isEmpty() && total != length) {
            problems.error(
                    path,
                    timing.lineOf(key),
                    "the steps of '" + key + "' add up to " + total + " minutes, not " + length);
        }
        return steps;
    }

    private Map<String, String> variations(YamlMap root, Optional<Guide> source) {
        Path path = root.file().path();
        Map<String, String> variations = new LinkedHashMap<>();
        Optional<YamlMap> map = root.map("variations", false, " in 'variations'");
        if (map.isEmpty()) {
            return source.map(Guide::variations).orElse(Map.of());
        }
        for (String sector : map.get().keys()) {
            int line = map.get().lineOf(sector);
            if (!Sectors.ALL.contains(sector)) {
                problems.error(path, line, Suggestion.unknown("sector", sector, Sectors.ALL) + " in 'variations'");
            } else if (source.isPresent() && !source.get().variations().containsKey(sector)) {
                problems.error(
                        path,
                        line,
                        "extra sector '" + sector + "': the Dutch kit (nl.yaml) has no variation for it; write it"
                                + " there first");
            } else {
                map.get()
                        .text(sector, true)
                        .ifPresent(text -> variations.put(sector, text.value().strip()));
            }
        }
        source.ifPresent(dutch -> dutch.variations().forEach(variations::putIfAbsent));
        return variations;
    }

    private Map<String, SceneGuide> scenes(YamlMap root, Scenario scenario, Optional<Guide> source) {
        Path path = root.file().path();
        Map<String, SceneGuide> scenes = new LinkedHashMap<>();
        Optional<YamlMap> map = root.map("scenes", source.isEmpty(), " in 'scenes'");
        Map<String, Node> nodes = scenario.definition().nodes();
        List<String> decisions = nodes.values().stream()
                .filter(node -> node instanceof Scene)
                .map(node -> ((Scene) node).id())
                .toList();
        for (String sceneId : map.map(YamlMap::keys).orElse(List.of())) {
            YamlMap scenesMap = map.get();
            int line = scenesMap.lineOf(sceneId);
            Node node = nodes.get(sceneId);
            if (node == null) {
                problems.error(
                        path,
                        line,
                        Suggestion.unknown("scene", sceneId, decisions) + " of scenario '" + scenario.id() + "'");
                continue;
            }
            if (node instanceof Ending) {
                problems.error(
                        path,
                        line,
                        "scene '" + sceneId + "' is an ending: there is no decision to discuss; talk about endings in"
                                + " 'listenFor' or a scene before it");
                continue;
            }
            if (source.isPresent() && !source.get().scenes().containsKey(sceneId)) {
                problems.error(
                        path,
                        line,
                        "extra scene '" + sceneId + "': the Dutch kit (nl.yaml) has no questions for it; write them"
                                + " there first");
                continue;
            }
            String where = " in scene '" + sceneId + "'";
            scenesMap.map(sceneId, true, where).ifPresent(scene -> {
                refuseUnknownKeys(scene, SCENE_KEYS);
                List<String> questions = texts(scene, "questions", true);
                List<String> listenFor = texts(scene, "listenFor", false);
                scenes.put(sceneId, new SceneGuide(questions, listenFor));
            });
        }
        if (source.isEmpty() && map.isPresent()) {
            for (String decision : decisions) {
                Scene scene = (Scene) nodes.get(decision);
                if (scene.choices().size() > 1 && !scenes.containsKey(decision)) {
                    problems.warning(
                            path,
                            map.get().line(),
                            "decision scene '" + decision + "' has no discussion questions: add it under 'scenes'");
                }
            }
        }
        if (source.isPresent()) {
            // Scenes in file order of the Dutch kit, a missing translation filled in with Dutch.
            Map<String, SceneGuide> ordered = new LinkedHashMap<>();
            source.get().scenes().forEach((id, dutch) -> ordered.put(id, scenes.getOrDefault(id, dutch)));
            return ordered;
        }
        return scenes;
    }

    /** A list of plain texts; required means present and not empty. */
    private List<String> texts(YamlMap map, String key, boolean required) {
        List<String> texts = new ArrayList<>();
        for (Located<String> text : map.textList(key, required).orElse(List.of())) {
            if (text.value().isBlank()) {
                problems.error(map.file().path(), text.line(), "an entry of '" + key + "' is empty");
            } else {
                texts.add(text.value().strip());
            }
        }
        if (required && texts.isEmpty() && map.node(key).isPresent()) {
            problems.error(map.file().path(), map.lineOf(key), "'" + key + "' must list at least one text");
        }
        return texts;
    }

    private void refuseUnknownKeys(YamlMap map, List<String> known) {
        for (String key : map.keys()) {
            if (!known.contains(key)) {
                problems.error(
                        map.file().path(),
                        map.lineOf(key),
                        "unknown key '" + key + "'"
                                + Suggestion.closest(key, known)
                                        .map(s -> " (did you mean '" + s + "'?)")
                                        .orElse(" (expected " + String.join(", ", known) + ")"));
            }
        }
    }
}
