package nl.signaal.content;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The locale files of a module, scenario or refresher folder: one {@code <locale>.yaml} per language beside the
 * folder's structure file. One place, so the three kinds of folder name, skip and report them alike.
 */
final class LocaleFiles {

    /** Reads one locale file's texts against the folder's structure (module.yaml, scenario.yaml, items.yaml). */
    @FunctionalInterface
    interface TextsReader<S> {
        LocaleTexts read(YamlFile yaml, String locale, S structure, Problems problems);
    }

    private LocaleFiles() {}

    /** The .yaml files among a folder's files; a .yml file is warned about, as authors easily mean it as content. */
    static List<Path> yamlOnly(List<Path> files, Problems problems) {
        return files.stream()
                .filter(file -> {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".yml")) {
                        problems.warning(file, 0, "ignored: content files end in .yaml, not .yml");
                    }
                    return name.endsWith(".yaml");
                })
                .toList();
    }

    /**
     * The texts by locale of a folder's .yaml files other than its structure file. Every locale file is parsed, so its
     * syntax errors are reported, but read into texts only when the structure could be read.
     *
     * @param names the .yaml file names, in order; nl.yaml counts as present when it is among them
     * @param parse the parsed file at a path of the folder, empty when that is reported
     * @param kind what the folder holds, for the missing nl.yaml message ("module", "refresher folder")
     */
    static <S> Map<String, LocaleTexts> read(
            Path folder,
            Collection<String> names,
            String structureFile,
            String kind,
            Function<Path, Optional<YamlFile>> parse,
            Optional<S> structure,
            TextsReader<S> reader,
            Problems problems) {
        Map<String, LocaleTexts> locales = new LinkedHashMap<>();
        for (String name : names) {
            if (name.equals(structureFile)) {
                continue;
            }
            Path file = folder.resolve(name);
            String locale = name.substring(0, name.length() - ".yaml".length());
            if (!SupportedLocales.ALL.contains(locale)) {
                problems.error(file, 0, SupportedLocales.unknownFileMessage(locale));
                continue;
            }
            Optional<YamlFile> yaml = parse.apply(file);
            if (yaml.isPresent() && structure.isPresent()) {
                locales.put(locale, reader.read(yaml.get(), locale, structure.get(), problems));
            }
        }
        if (!names.contains(SupportedLocales.SOURCE + ".yaml")) {
            problems.error(
                    folder.resolve("nl.yaml"),
                    0,
                    "missing nl.yaml: Dutch (nl) is the source locale and every " + kind + " needs its texts");
        }
        return locales;
    }

    /** The file names of paths, in order. */
    static List<String> names(List<Path> files) {
        return files.stream().map(file -> file.getFileName().toString()).toList();
    }
}
