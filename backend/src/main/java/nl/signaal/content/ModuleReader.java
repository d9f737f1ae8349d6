package nl.signaal.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.signaal.content.LessonMarkdown.LessonRef;
import nl.signaal.content.LocaleTexts.Text;

/** Reads content/modules/: one folder per module, checked on its own and then against the other modules. */
final class ModuleReader {

    private final Problems problems;

    ModuleReader(Problems problems) {
        this.problems = problems;
    }

    /** The modules without errors; everything found wrong is in {@link Problems}. */
    List<TrainingModule> read(Path contentRoot) {
        Path modulesFolder = contentRoot.resolve("modules");
        if (!Files.isDirectory(modulesFolder)) {
            problems.error(
                    modulesFolder,
                    0,
                    "missing folder 'modules': the content root must hold a modules/ folder"
                            + " with one folder per module");
            return List.of();
        }
        List<ModuleSource> sources = new ArrayList<>();
        for (Path folder : folders(modulesFolder)) {
            try {
                readModule(folder).ifPresent(sources::add);
            } catch (RuntimeException e) {
                // Loading must never throw for bad content; an unforeseen failure is one more problem to report.
                problems.error(folder, 0, "could not read module: " + e);
            }
        }
        checkDuplicateIds(sources);
        checkLessonLinks(sources);
        return sources.stream()
                .filter(source -> !problems.hasErrorsUnder(source.folder()))
                .map(ModuleSource::toModule)
                .toList();
    }

    /** The module folders, by name; hidden folders (.git, .idea) are not modules. */
    static List<Path> folders(Path modulesFolder) {
        try (Stream<Path> children = Files.list(modulesFolder)) {
            return children.filter(Files::isDirectory)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Optional<ModuleSource> readModule(Path folder) {
        Optional<ModuleStructure> structure = ModuleStructureReader.read(folder, problems);
        List<String> names = LocaleFiles.names(LocaleFiles.yamlOnly(files(folder), problems));
        Map<String, LocaleTexts> locales = LocaleFiles.read(
                folder,
                names,
                "module.yaml",
                "module",
                file -> YamlFile.read(file, problems),
                structure,
                LocaleTextsReader::read,
                problems);
        structure.ifPresent(s -> LocaleTexts.reportMissing(s.textKeys(), locales, problems));
        Map<String, ModuleImage> images = ModuleImages.read(folder, locales, problems);
        return structure.map(s -> new ModuleSource(folder, s, locales, images));
    }

    /**
     * One module given as the texts of its files (a draft written in the browser: {@code module.yaml} and
     * {@code <locale>.yaml}), read as if it were in {@code folder}. It has no images, so every image it shows is
     * reported missing; its lesson links may point into itself or into {@code shipped}'s modules.
     */
    Optional<ModuleSource> readDraft(Path folder, Map<String, String> files, Content shipped) {
        Optional<ModuleStructure> structure = ModuleStructureReader.read(folder, files.get("module.yaml"), problems);
        List<String> names = files.keySet().stream()
                .filter(name -> name.endsWith(".yaml"))
                .sorted()
                .toList();
        Map<String, LocaleTexts> locales = LocaleFiles.read(
                folder,
                names,
                "module.yaml",
                "module",
                file -> YamlFile.parse(file, files.get(file.getFileName().toString()), problems),
                structure,
                LocaleTextsReader::read,
                problems);
        structure.ifPresent(s -> LocaleTexts.reportMissing(s.textKeys(), locales, problems));
        Map<String, ModuleImage> images = ModuleImages.read(folder, locales, problems, false);
        Optional<ModuleSource> source = structure.map(s -> new ModuleSource(folder, s, locales, images));
        source.ifPresent(draft -> {
            Map<String, Set<String>> lessonsByModule = new HashMap<>();
            shipped.modules()
                    .forEach(module -> lessonsByModule.put(
                            module.id(),
                            module.lessons().stream().map(Lesson::id).collect(Collectors.toSet())));
            lessonsByModule.put(draft.id(), Set.copyOf(draft.structure().lessons()));
            for (LocaleTexts texts : locales.values()) {
                texts.texts()
                        .forEach((key, text) -> checkLinks(draft.id(), texts, key, text, lessonsByModule, problems));
            }
        });
        return source;
    }

    private void checkDuplicateIds(List<ModuleSource> sources) {
        Map<String, ModuleSource> first = new HashMap<>();
        for (ModuleSource source : sources) {
            ModuleSource earlier = first.putIfAbsent(source.id(), source);
            if (earlier != null) {
                problems.error(
                        source.structure().file(),
                        source.structure().id().line(),
                        "duplicate module id '" + source.id() + "' (also in "
                                + problems.display(earlier.structure().file()) + ")");
            }
        }
    }

    /** Lesson links may cross modules, so they are checked once every module is read. */
    private void checkLessonLinks(List<ModuleSource> sources) {
        Map<String, Set<String>> lessonsByModule = new HashMap<>();
        sources.forEach(source -> lessonsByModule.putIfAbsent(
                source.id(), Set.copyOf(source.structure().lessons())));
        for (ModuleSource source : sources) {
            for (LocaleTexts texts : source.locales().values()) {
                texts.texts()
                        .forEach((key, text) -> checkLinks(source.id(), texts, key, text, lessonsByModule, problems));
            }
        }
    }

    /**
     * Checks the lesson: links in the texts of a scenario or pooling exercise (which name their module) against the
     * loaded modules.
     */
    static void checkLessonLinks(Content modules, Map<String, LocaleTexts> locales, Problems problems) {
        Map<String, Set<String>> lessonsByModule = new HashMap<>();
        modules.modules()
                .forEach(module -> lessonsByModule.put(
                        module.id(), module.lessons().stream().map(Lesson::id).collect(Collectors.toSet())));
        for (LocaleTexts texts : locales.values()) {
            texts.texts().forEach((key, text) -> checkLinks(null, texts, key, text, lessonsByModule, problems));
        }
    }

    /** Reports the lesson: links of a text whose module or lesson does not exist; moduleId may be null. */
    static void checkLinks(
            String moduleId,
            LocaleTexts texts,
            String key,
            Text text,
            Map<String, Set<String>> lessonsByModule,
            Problems problems) {
        for (Located<String> link : text.lessonLinks()) {
            LessonRef ref = LessonRef.parse(link.value(), moduleId).orElseThrow();
            Set<String> lessons = lessonsByModule.get(ref.module());
            if (lessons == null) {
                problems.error(
                        texts.file(),
                        link.line(),
                        "lesson link '" + link.value() + "' in " + key + " points to unknown module '" + ref.module()
                                + "'");
            } else if (!lessons.contains(ref.lesson())) {
                problems.error(
                        texts.file(),
                        link.line(),
                        "lesson link '" + link.value() + "' in " + key + " points to unknown lesson '" + ref.lesson()
                                + "' in module '" + ref.module() + "'");
            }
        }
    }

    /** The files of a folder, by name. */
    static List<Path> files(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
