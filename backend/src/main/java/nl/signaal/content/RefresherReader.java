package nl.signaal.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import nl.signaal.content.RefresherItem.Type;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads content/refreshers/: one folder per module, named after it, holding items.yaml (the language-neutral items)
 * and a texts file per locale. Item ids are unique across the whole bank, since learners' schedules store them.
 */
final class RefresherReader {

    static final String ITEMS_FILE = "items.yaml";
    private static final List<String> FILE_KEYS = List.of("module", "items");
    private static final List<String> ITEM_KEYS = List.of("id", "competency", "type", "options", "correct");
    private static final int MIN_OPTIONS = 2;
    private static final int MAX_OPTIONS = 5;

    /** An item as items.yaml declares it. */
    record ItemStructure(String id, String competency, Type type, List<String> options, List<String> correct) {

        /** The key paths of every text a locale file should give, e.g. items.x.options.a. */
        List<String> textKeys() {
            String path = "items." + id;
            List<String> keys = new ArrayList<>();
            if (type == Type.VIGNETTE) {
                keys.add(path + ".vignette");
            }
            keys.add(path + ".prompt");
            options.forEach(option -> keys.add(path + ".options." + option));
            keys.add(path + ".explanation");
            return keys;
        }
    }

    private final Problems problems;
    private final Content modules;
    // Item id → where it was first declared, for duplicates across module folders.
    private final Map<String, String> firstDeclared = new HashMap<>();

    /** @param modules the loaded modules, whose ids name the folders and whose competencies the items train */
    RefresherReader(Problems problems, Content modules) {
        this.problems = problems;
        this.modules = modules;
    }

    /** The items of every folder without errors; no refreshers/ folder means an empty bank. */
    List<RefresherItem> read(Path contentRoot) {
        Path bank = contentRoot.resolve("refreshers");
        if (!Files.isDirectory(bank)) {
            return List.of();
        }
        Path modulesFolder = contentRoot.resolve("modules");
        List<String> moduleFolders = Files.isDirectory(modulesFolder)
                ? ModuleReader.folders(modulesFolder).stream()
                        .map(folder -> folder.getFileName().toString())
                        .toList()
                : List.of();
        List<RefresherItem> items = new ArrayList<>();
        for (Path folder : ModuleReader.folders(bank)) {
            try {
                items.addAll(readFolder(folder, moduleFolders));
            } catch (RuntimeException e) {
                problems.error(folder, 0, "could not read refresher items: " + e);
            }
        }
        return items;
    }

    /**
     * Item ids already in the bank (the shipped refresher items), so an item given another module's item id is
     * reported as a duplicate.
     */
    void known(List<RefresherItem> items) {
        items.forEach(item ->
                firstDeclared.putIfAbsent(item.id(), "content/refreshers/" + item.moduleId() + "/" + ITEMS_FILE));
    }

    /**
     * One refresher folder given as the texts of its files ({@code items.yaml}, {@code <locale>.yaml}: a draft
     * written in the browser), read as if it were {@code folder}.
     */
    List<RefresherItem> readDraft(Path folder, Map<String, String> files, List<String> moduleFolders) {
        List<String> names = files.keySet().stream()
                .filter(name -> name.endsWith(".yaml"))
                .sorted()
                .toList();
        return readFolder(
                folder,
                moduleFolders,
                names,
                file -> YamlFile.parse(file, files.get(file.getFileName().toString()), problems));
    }

    private List<RefresherItem> readFolder(Path folder, List<String> moduleFolders) {
        List<String> names = LocaleFiles.names(LocaleFiles.yamlOnly(ModuleReader.files(folder), problems));
        return readFolder(folder, moduleFolders, names, file -> YamlFile.read(file, problems));
    }

    private List<RefresherItem> readFolder(
            Path folder, List<String> moduleFolders, List<String> names, Function<Path, Optional<YamlFile>> parse) {
        String folderName = folder.getFileName().toString();
        Optional<TrainingModule> module = modules.module(folderName);
        Path itemsPath = folder.resolve(ITEMS_FILE);
        Optional<List<ItemStructure>> items = Optional.empty();
        if (!names.contains(ITEMS_FILE)) {
            problems.error(itemsPath, 0, "missing items.yaml: every refresher folder needs one");
        } else {
            items = parse.apply(itemsPath)
                    .flatMap(file -> YamlMap.root(file, problems))
                    .map(root -> readItems(root, folderName, module, moduleFolders));
        }
        Map<String, LocaleTexts> locales = LocaleFiles.read(
                folder, names, ITEMS_FILE, "refresher folder", parse, items, RefresherTextsReader::read, problems);
        if (items.isEmpty()) {
            return List.of();
        }
        LocaleTexts.reportMissing(
                items.get().stream().flatMap(item -> item.textKeys().stream()).toList(), locales, problems);
        // A module with errors is not loaded; its items wait for it (its own errors are reported).
        if (module.isEmpty() || problems.hasErrorsUnder(folder)) {
            return List.of();
        }
        return items.get().stream()
                .map(item -> toItem(item, folderName, locales))
                .toList();
    }

    private List<ItemStructure> readItems(
            YamlMap root, String folderName, Optional<TrainingModule> module, List<String> moduleFolders) {
        YamlFile file = root.file();
        root.warnUnknownKeys(FILE_KEYS);
        root.text("module", true).ifPresent(name -> {
            if (!name.value().equals(folderName)) {
                problems.error(
                        file.path(),
                        name.line(),
                        "module '" + name.value() + "' does not match its folder name '" + folderName + "'");
            }
        });
        if (!moduleFolders.contains(folderName)) {
            problems.error(
                    file.path(),
                    root.lineOf("module"),
                    Suggestion.unknown("module", folderName, moduleFolders)
                            + ": a refresher folder is named after the module its items test");
        }
        List<Node> nodes = root.list("items", true).orElse(List.of());
        if (nodes.isEmpty() && root.node("items").isPresent()) {
            problems.error(file.path(), root.lineOf("items"), "'items' must list at least one item");
        }
        List<ItemStructure> items = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            String what = "item " + (i + 1);
            Optional<YamlMap> map = root.mapping(node, YamlFile.line(node), what, " in " + what);
            Optional<Located<String>> id = map.flatMap(m -> m.text("id", true));
            if (id.isEmpty()) {
                continue;
            }
            String itemId = id.get().value();
            if (!Ids.isValid(itemId)) {
                problems.error(file.path(), id.get().line(), Ids.formatMessage("item", itemId));
            }
            String here = problems.display(file.path()).toString().replace('\\', '/') + ":"
                    + id.get().line();
            String first = firstDeclared.putIfAbsent(itemId, here);
            if (first != null) {
                problems.error(
                        file.path(),
                        id.get().line(),
                        "duplicate item id '" + itemId + "' (first in " + first
                                + "): item ids are unique across the whole refresher bank");
            }
            // The first of an id in this file is the one its texts belong to; one declared in another folder
            // still is this folder's item, so its texts are not reported as unknown.
            if (items.stream().noneMatch(item -> item.id().equals(itemId))) {
                items.add(item(map.get().in(" in item '" + itemId + "'"), itemId, module));
            }
        }
        return items;
    }

    private ItemStructure item(YamlMap map, String id, Optional<TrainingModule> module) {
        Path path = map.file().path();
        map.warnUnknownKeys(ITEM_KEYS);
        String where = " in item '" + id + "'";
        Optional<Located<String>> competency = map.text("competency", true);
        competency.ifPresent(c -> {
            if (!Competencies.ALL.contains(c.value())) {
                problems.error(path, c.line(), Suggestion.unknown("competency", c.value(), Competencies.ALL) + where);
            } else if (module.isPresent() && !module.get().competencies().contains(c.value())) {
                problems.error(
                        path,
                        c.line(),
                        "competency '" + c.value() + "' of item '" + id
                                + "' is not one of the module's competencies ("
                                + String.join(", ", module.get().competencies()) + ")");
            }
        });
        Optional<Type> type = map.text("type", true).flatMap(t -> {
            Optional<Type> known = Type.fromAuthored(t.value());
            if (known.isEmpty()) {
                problems.error(path, t.line(), Suggestion.unknown("type", t.value(), Type.authoredNames()) + where);
            }
            return known;
        });
        // An unknown type is reported; its options are still checked as those of a single-choice item.
        List<String> options = options(map, id, type.orElse(Type.SINGLE));
        List<String> correct = type.map(t -> correct(map, id, t, options)).orElse(List.of());
        return new ItemStructure(
                id, competency.map(Located::value).orElse(""), type.orElse(Type.SINGLE), options, correct);
    }

    private List<String> options(YamlMap map, String id, Type type) {
        Path path = map.file().path();
        if (type == Type.TRUE_FALSE) {
            if (map.node("options").isPresent()) {
                problems.error(
                        path,
                        map.lineOf("options"),
                        "item '" + id + "' is true-false and has no options:" + " leave out 'options'");
            }
            return List.of();
        }
        Optional<List<Located<String>>> ids = map.textList("options", true);
        Map<String, Integer> seen = new HashMap<>();
        List<String> options = new ArrayList<>();
        for (Located<String> option : ids.orElse(List.of())) {
            if (!Ids.isValid(option.value())) {
                problems.error(
                        path, option.line(), Ids.formatMessage("option", option.value()) + " in item '" + id + "'");
            }
            if (seen.containsKey(option.value())) {
                problems.error(
                        path,
                        option.line(),
                        "duplicate option id '" + option.value() + "' in item '" + id + "' (first on line "
                                + seen.get(option.value()) + ")");
            } else {
                seen.put(option.value(), option.line());
                options.add(option.value());
            }
        }
        if (ids.isPresent() && (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS)) {
            problems.error(
                    path,
                    map.lineOf("options"),
                    "item '" + id + "' needs " + MIN_OPTIONS + " to " + MAX_OPTIONS + " options, has "
                            + options.size());
        }
        return options;
    }

    private List<String> correct(YamlMap map, String id, Type type, List<String> options) {
        Path path = map.file().path();
        Optional<List<Located<String>>> listed = map.textList("correct", true);
        if (listed.isEmpty()) {
            return List.of();
        }
        List<String> values = listed.get().stream().map(Located::value).toList();
        if (type == Type.TRUE_FALSE) {
            if (!values.equals(List.of("true")) && !values.equals(List.of("false"))) {
                problems.error(
                        path,
                        map.lineOf("correct"),
                        "item '" + id + "' is true-false: 'correct' must be" + " [true] or [false], not " + values);
                return List.of();
            }
            return values;
        }
        List<String> correct = new ArrayList<>();
        for (Located<String> option : listed.get()) {
            if (!options.contains(option.value())) {
                problems.error(
                        path,
                        option.line(),
                        "correct option '" + option.value() + "' of item '" + id + "' is not one of its options ("
                                + String.join(", ", options) + ")");
            } else if (!correct.contains(option.value())) {
                correct.add(option.value());
            }
        }
        if (values.isEmpty()) {
            problems.error(
                    path,
                    map.lineOf("correct"),
                    "item '" + id + "' has no correct option: list at least one option id under 'correct'");
        } else if (type != Type.MULTIPLE && correct.size() > 1) {
            problems.error(
                    path,
                    map.lineOf("correct"),
                    "item '" + id + "' of type " + type.authored()
                            + " must have exactly one correct option, has " + correct.size()
                            + " (use type multiple for \"select all that apply\")");
        }
        return correct;
    }

    private static RefresherItem toItem(ItemStructure item, String moduleId, Map<String, LocaleTexts> locales) {
        String path = "items." + item.id();
        Map<String, Localized> optionTexts = new LinkedHashMap<>();
        item.options()
                .forEach(option -> optionTexts.put(
                        option, LocaleTexts.localized(locales, path + ".options." + option, UnaryOperator.identity())));
        return new RefresherItem(
                item.id(),
                moduleId,
                item.competency(),
                item.type(),
                item.options(),
                item.correct(),
                LocaleTexts.localized(locales, path + ".vignette", UnaryOperator.identity()),
                LocaleTexts.localized(locales, path + ".prompt", UnaryOperator.identity()),
                optionTexts,
                LocaleTexts.localized(locales, path + ".explanation", UnaryOperator.identity()));
    }

    /** Used by {@link RefresherTextsReader}: the item with this id, if items.yaml declares it. */
    static Optional<ItemStructure> find(List<ItemStructure> items, String id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    /** The keys an item's texts may have in a locale file. */
    static List<String> textFields(ItemStructure item) {
        return switch (item.type()) {
            case VIGNETTE -> List.of("vignette", "prompt", "options", "explanation");
            case TRUE_FALSE -> List.of("prompt", "explanation");
            default -> List.of("prompt", "options", "explanation");
        };
    }
}
