package nl.signaal.content;

import java.util.List;
import java.util.Optional;
import nl.signaal.content.RefresherItem.Type;
import nl.signaal.content.RefresherReader.ItemStructure;

/** Reads one locale file of the refresher bank (content/refreshers/&lt;module&gt;/nl.yaml) against items.yaml. */
final class RefresherTextsReader {

    private final LocaleTextsReader reader;
    private final List<ItemStructure> items;

    private RefresherTextsReader(LocaleTextsReader reader, List<ItemStructure> items) {
        this.reader = reader;
        this.items = items;
    }

    static LocaleTexts read(YamlFile file, String locale, List<ItemStructure> items, Problems problems) {
        // Item texts are plain text, not Markdown, so there are no lesson links to resolve.
        return LocaleTextsReader.read(
                file, locale, null, problems, (reader, root) -> new RefresherTextsReader(reader, items).root(root));
    }

    private void root(YamlMap root) {
        root.warnUnknownKeys(List.of("items"));
        reader.child(root, "items", "items").ifPresent(this::items);
    }

    private void items(YamlMap map) {
        for (String id : map.keys()) {
            Optional<ItemStructure> item = RefresherReader.find(items, id);
            if (item.isEmpty()) {
                reader.problems()
                        .error(
                                reader.file().path(),
                                map.lineOf(id),
                                "unknown item id '" + id + "' (not in items.yaml)");
                continue;
            }
            String path = "items." + id;
            reader.child(map, id, path).ifPresent(texts -> {
                texts.warnUnknownKeys(RefresherReader.textFields(item.get()));
                if (item.get().type() == Type.VIGNETTE) {
                    reader.text(texts, "vignette", path + ".vignette");
                }
                reader.text(texts, "prompt", path + ".prompt");
                if (item.get().type() != Type.TRUE_FALSE) {
                    reader.child(texts, "options", path + ".options")
                            .ifPresent(options -> options(options, item.get(), path));
                }
                reader.text(texts, "explanation", path + ".explanation");
            });
        }
    }

    private void options(YamlMap options, ItemStructure item, String itemPath) {
        for (String id : options.keys()) {
            if (!item.options().contains(id)) {
                reader.problems()
                        .error(
                                reader.file().path(),
                                options.lineOf(id),
                                "unknown option id '" + id + "' for item '" + item.id() + "' (not in items.yaml)");
                continue;
            }
            reader.text(options, id, itemPath + ".options." + id);
        }
    }
}
